# Hand annotations, first reading (articles 21-24 of selection.tsv). E and Q come from build.py.
ANN = {}

ANN["de_train_692.txt"] = dict(
    id="de-wikinews-super-bowl-liv-halbzeitshow", section="entertainment / sport",
    entities=[
        E("Hard Rock Stadium", "location"),
        E("Miami", "location"),
        E("Jennifer Lopez", "person", "Lopez", "Jennfer Lopez"),
        E("Shakira", "person", "Kolumbianerin Shakira"),
        E("Twitter", "organization"),
        E("Diana Ross", "person"),
        E("NFL", "organization", "National Football League"),
        E("New York City", "location"),
        E("Colombia", "country", "Kolumbianerin"),
        E("United States", "country", "USA", "Vereinigten Staaten", "amerikanischen", "US"),
        E("Pepsi", "organization", role="Hauptsponsor der Halbzeitshow"),
        E("Rihanna", "person"), E("Pink", "person"),
        E("Colin Kaeperick", "person", "Kaeperick"),
        E("Maroon 5", "organization"),
        E("San Francisco 49ers", "organization"),
        E("Donald Trump", "person", "Trump", role="US-Präsident"),
    ],
    quotes=[
        Q("größer wird es nicht", "Shakira",
          "'Während Shakira erklärte, wahnsinnig aufgeregt zu sein, „…“' (on Twitter)", kind="partial"),
        Q("Jetzt ist es noch außergewöhnlicher, weil die NFL 100 Jahre besteht und ich mit einer anderen Latina performen "
          "werde", "Jennifer Lopez",
          "'„…“, schrieb die in New York City geborene Lopez' (the corpus took 'York City' for the speaker); the NFL named; "
          "'einer anderen Latina' can only be Shakira, but it is indefinite (uncertain)", about=["NFL"], unc=["Shakira"],
          corpus="wrong"),
        Q("zu zeigen, was wir Mädchen auf der größten Bühne der Welt tun können", "Jennifer Lopez",
          "'…, die den Auftritt mit der Kolumbianerin Shakira kaum erwarten könne, um „…“' — 'wir Mädchen' is first "
          "person (no target)", kind="partial", corpus="wrong"),
    ],
    skipped=[],
)

ANN["de_train_693.txt"] = dict(
    id="de-wikinews-soleimani-getoetet", section="foreign / military",
    entities=[
        E("United States", "country", "Vereinigten Staaten", "USA", "US", "amerikanische", "Amerikanern", "amerikanischen"),
        E("Streitkräfte der Vereinigten Staaten", "organization", "US-Militär"),
        E("Qasem Soleimani", "person", "Soleimani", "Soleimanis", "General Soleimani", "Shahid Soleimani"),
        E("Quds-Einheit", "organization", "Al-Kuds-Brigaden", "Al-Kuds", "Quds"),
        E("US-Botschaft in Bagdad", "organization", "US-Botschaft", "US-Botschaft in Baghdad", "US-Botschaft in Irak",
          "US-Botschaft im Irak", "Botschaft"),
        E("Baghdad", "location", "Bagdad"),
        E("Internationaler Flughafen Bagdad", "location", "Internationalen Flughafen Bagdad"),
        E("Abu Mahdi al-Muhandis", "person", "al-Muhandis", "Al-Muhandis"),
        E("PMF", "organization", "Volksmobilmachungskomitee", "Volksmobilmachungskomitees", "Al-Haschd_asch-Schaʿbī"),
        E("Iraq", "country", "Irak", "irakischen", "irakischem"),
        E("Kataeb Hezbollah", "organization", "Kataeb-Hezbollah", note="named in 'Kataeb-Hezbollah-Funktionär'"),
        E("United Kingdom", "country", "britische"),
        E("The Daily Telegraph", "organization"),
        E("Verteidigungsministerium der Vereinigten Staaten", "organization"),
        E("Iranische Revolutionsgarde", "organization", "iranischen Revolutionsgarde", "Iranischen Revolutionsgarden",
          "iranische Revolutionsgarde"),
        E("Iran", "country", "iranischen"),
        E("Business Insider", "organization"),
        E("Ahmed al-Assadi", "person", "al-Assadi", role="Sprecher der PMF"),
        E("Israel", "country", "israelische"),
        E("Sayyid Ali Hosseini Khamenei", "person", "Khamenei"),
        E("Ruhollah Khomeini", "person", "Imam Khomeini", "Khomeini"),
        E("Benjamin Netanyahu", "person", "Netanyahu", role="israelischer Premierminister"),
        E("Donald Trump", "person", "Trump", "Trumps", "Präsidenten", note="named only as 'Trumps'"),
        E("US-Regierung", "organization"),
        E("Saudi Arabia", "country", "saudi-arabischen"),
        E("Außenministerium der Vereinigten Staaten", "organization"),
    ],
    quotes=[
        Q("defensiver Natur", "Verteidigungsministerium der Vereinigten Staaten",
          "'rechtfertigte das Verteidigungsministerium der Vereinigten Staaten die vom Präsidenten abgesegnete Aktion als "
          "„…“' — the action is no entity (the President only a complement of it)", kind="partial"),
        Q("Auf Anweisung des Präsidenten hatte das US-Militär entschiedene Abwehrmaßnahmen ergriffen. Zum Schutz des "
          "US-Personals im Ausland wurde Qasem Soleimani getötet, ein Führer der iranischen Revolutionsgarde, der "
          "Al-Kuds-Brigaden, die von den USA als Terrororganisation eingestuft wurden. General Soleimani war aktiv in der "
          "Entwicklung eines Plans, um amerikanische Diplomaten und Dienstangehörige im Irak und überall in der Region "
          "anzugreifen. General Soleimani und seine Quds-Einheit waren für den Tod von hunderten Amerikanern und "
          "Koalitionsangehörigen und mehr als tausende Verletzte  verantwortlich. Er organisierte Anschläge auf "
          "Koalitionsbasen in Irak über die vergangenen Monate – den Angriff am 27. Dezember eingeschlossen – bis hin zum "
          "Tod und zur Verwundung von weiterem amerikanischen und irakischem Personal. General Soleimani billigte auch den "
          "Angriff auf die US-Botschaft in Bagdad, der in dieser Woche stattfand. Der Angriff zielte darauf ab, von "
          "zukünftigen iranischen Angriffsplänen abzuschrecken. Die Vereinigten Staaten werden weiterhin alle nötigen "
          "Maßnahmen ergreifen, um unser Volk zu beschützen und unsere Interessen durchzusetzen, egal wo auf der Welt",
          "Verteidigungsministerium der Vereinigten Staaten",
          "second quote right after the first, in the same sentence ('als „defensiver Natur“: „….“'), a published report; "
          "'des Präsidenten' can only be Trump (A3); the United States and the US military are the speaker's own side "
          "(uncertain); Bagdad only inside the longest match 'US-Botschaft in Bagdad' (A1); the double space before "
          "'verantwortlich' is in the corpus text",
          about=["Donald Trump", "Qasem Soleimani", "Iranische Revolutionsgarde", "Quds-Einheit", "Iraq",
                 "US-Botschaft in Bagdad", "Iran"],
          unc=["United States", "Streitkräfte der Vereinigten Staaten"]),
        Q("Märtyrer", "Iranische Revolutionsgarde",
          "'Die Iranischen Revolutionsgarden sprachen bereits zu seinen Lebzeiten von Soleimani als „…“' — a label with a "
          "speech verb (the corpus skipped it)", kind="partial", about=["Qasem Soleimani"]),
        Q("Er war ein leuchtendes Beispiel für diejenigen, die im Islam und in der Schule des Imam Khomeini erzogen und "
          "ausgebildet wurden. Er verbrachte sein ganzes Leben mit dem Dschihad auf dem Wege Gottes. Der Märtyrertod war "
          "seine Belohnung für die jahrelangen unerbittlichen Bemühungen […] Shahid Soleimani ist das internationale "
          "Gesicht des Widerstandes, und alle, die eine tief empfundene Verbindung zum Widerstand haben, verlangen für ihn "
          "nach Blutrache", "Sayyid Ali Hosseini Khamenei",
          "'Sayyid Ali Hosseini Khamenei ordnete … an. In einer Nachricht würdigte er Soleimanis Lebensweg: „….“' — 'er' "
          "is Khamenei (the corpus gave Business Insider); Soleimani is the stated object and named; Khomeini named",
          about=["Qasem Soleimani", "Ruhollah Khomeini"]),
        Q("schnell, kraftvoll und entschieden", "Benjamin Netanyahu",
          "'Netanyahu … nannte Trumps Angriffsauftrag „…“' — Trump's order is the labelled object (B2)", kind="partial",
          about=["Donald Trump"]),
    ],
    skipped=[],
)

ANN["de_train_409.txt"] = dict(
    id="de-wikinews-niedersachsen-lehrerarbeitszeitkonto", section="education / regional politics",
    entities=[
        E("Lower Saxony", "location", "Niedersachsen", "niedersächsischen", "niedersächsische", "Landes Niedersachsen"),
        E("Elisabeth Heister-Neumann", "person", "Heister-Neumann", "Ministerin", "Kultusministerin",
          role="niedersächsische Kultusministerin"),
        E("Gewerkschaft Erziehung und Wissenschaft", "organization", "GEW", "GEW Niedersachsen", "Gewerkschaft"),
        E("Hanover", "location", "Hannover"),
        E("Eberhard Brandt", "person", "Brandt", role="Vorsitzender der GEW Niedersachsen"),
        E("Verband Deutscher Realschullehrer", "organization", "VDR", "Verbandes Deutscher Realschullehrer"),
        E("Manfred Busch", "person", "Busch", role="VDR-Landesvorsitzender"),
        E("Niedersächsischer Landtag", "organization", "niedersächsischen Landtages"),
        E("Christian Wulff", "person", "Wulff", "Ministerpräsident", role="Ministerpräsident des Landes Niedersachsen"),
        E("CDU", "organization"),
    ],
    quotes=[
        Q("flexiblere Handhabe des Rückzahlungsmodus", "Elisabeth Heister-Neumann",
          "'Was für die Ministerin eine „…“ ist' — 'die Ministerin' is Heister-Neumann", kind="partial"),
        Q("Wortbruch und Vertrauensmissbrauch", [],
          "'…, war für die Lehrerverbände in Niedersachsen „…“' — unnamed associations (role phrase accepted); said of "
          "the minister's plan (her person only through it: uncertain)", kind="partial",
          accept=["Lehrerverbände in Niedersachsen", "Lehrerverbände"], unc=["Elisabeth Heister-Neumann"]),
        Q("Die von der GEW und den Lehrerverbänden geforderte Rechtssicherheit für die sofortige Rückzahlung ist mit dieser "
          "Absichtserklärung nicht gewährleistet", "Eberhard Brandt",
          "'Ihr Vorsitzender Eberhard Brandt erklärte: „….“'; the GEW is his own union (uncertain)",
          unc=["Gewerkschaft Erziehung und Wissenschaft"]),
        Q("Regelfall um vier Jahre verschoben", "Elisabeth Heister-Neumann",
          "'Nach der Ankündigung der Ministerin soll nun die Ausgleichsphase … im „…“ werden'", kind="partial"),
        Q("Die Demonstration hat noch einmal deutlich gemacht, dass es schwer werden wird, das verspielte Vertrauen bei der "
          "Lehrerschaft wieder zurückzugewinnen. Jede Lehrerin, jeder Lehrer braucht Rechtssicherheit für die von ihm "
          "freiwillig gewählte Rückzahlungsvariante, keine Absichtserklärungen", "Manfred Busch",
          "'„…“, erklärte der VDR-Landesvorsitzende Manfred Busch'"),
        Q("das Konto jetzt einlösen, er kann es später einlösen", "Christian Wulff",
          "'nahm jetzt auch der Ministerpräsident …, Christian Wulff (CDU), zu der Frage Stellung. Jeder Pädagoge könne "
          "„…“'", kind="partial"),
    ],
    skipped=["verzinst"],
    notes=["„verzinst“ is a scare-quoted word in the journalist's account of the announcement: skipped (as the corpus)."],
)

ANN["de_train_015.txt"] = dict(
    id="de-wikinews-papier-npd-verbot", section="politics / justice",
    entities=[
        E("Hans-Jürgen Papier", "person", "Papier", "Papiers", role="Präsident des Bundesverfassungsgerichtes"),
        E("Bundesverfassungsgericht", "organization", "Bundesverfassungsgerichtes", "Gericht"),
        E("NPD", "organization", "Partei"),
        E("BILD am Sonntag", "organization"),
        E("Verfassungsschutz", "organization", "Verfassungsschutzes"),
        E("Winfried Hassemer", "person", "Hassemer", "Hassemers", role="Papiers Stellvertreter"),
        E("SPD", "organization"),
        E("SPD-Bundestagsfraktion", "organization", "Fraktion der SPD im Deutschen Bundestag"),
        E("Bundestag", "organization", "Deutschen Bundestag"),
        E("Dieter Wiefelspütz", "person", "Wiefelspütz",
          role="innenpolitischer Sprecher der Fraktion der SPD im Deutschen Bundestag"),
        E("Karlsruhe", "location"),
        E("Renate Künast", "person", "Künast", "Ministerin"),
        E("Bündnis 90/Die Grünen", "organization", "Grünen"),
        E("Deutschlandfunk", "organization"),
    ],
    quotes=[
        Q("keine Vorentscheidung", "Hans-Jürgen Papier",
          "'Hans-Jürgen Papier … sagte, dass der gescheiterte NPD-Verbotsantrag „…“' — subject of the quoted predicate "
          "is the motion to ban the NPD (a complement in the compound: counted, B1)", kind="partial", about=["NPD"]),
        Q("in den kommenden Wochen noch einmal sorgfältigst prüfen", "Dieter Wiefelspütz",
          "'Dieter Wiefelspütz, will „…“, ob ein neues NPD-Verbot angestrebt werden solle' — the NPD is in the object "
          "clause after the quote (uncertain)", kind="partial", unc=["NPD"]),
        Q("Knaller aus Karlsruhe", "Dieter Wiefelspütz",
          "'Die Äußerungen Hassemers und Papiers bezeichnete Wiefelspütz als „…“' — object of the label (B2); Karlsruhe "
          "named in the quote", kind="partial", about=["Winfried Hassemer", "Hans-Jürgen Papier", "Karlsruhe"]),
        Q("Selbstverständlich haben solche Stimmen ein hohes Gewicht", "Dieter Wiefelspütz",
          "no verb, right after Wiefelspütz's sentence (final full stop dropped); 'solche Stimmen' points to the "
          "statements of Hassemer and Papier named in the journalist's sentence (uncertain)",
          unc=["Winfried Hassemer", "Hans-Jürgen Papier"]),
        Q("[...] Ich war hinsichtlich des Verbots noch nie eine Anhängerin, weil ich glaube, dass selbst ein sorgfältig "
          "geprüftes Verbot, das nachher auch vom Bundesverfassungsgericht bestätigt wird, dieser Antrag dann angenommen "
          "wird, löst ja das Problem nicht, nämlich das Problem, dass da sozusagen einige richtig die kulturelle Hegemonie "
          "schaffen, dass die tatsächlich in der Freizeitszene, nicht nur aber gerade in einigen Bereichen der neuen "
          "Bundesländer sehr stark das Geschäft übernommen haben.[...]", "Renate Künast",
          "'Im Deutschlandfunk im Interview der Woche sagte sie: „…“' — 'sie' is Künast (the corpus gave Wiefelspütz); "
          "the court named; 'des Verbots' is the NPD ban of the previous sentences (uncertain); editors' [...] kept",
          about=["Bundesverfassungsgericht"], unc=["NPD"]),
    ],
    skipped=["BILD am Sonntag"],
)
