# Hand annotations, first reading (articles 1-5 of selection.tsv). E and Q come from build.py.
ANN = {}

ANN["de_train_677.txt"] = dict(
    id="de-wikinews-gemeinschaftsschulen-baden-wuerttemberg", section="education / regional politics",
    entities=[
        E("Baden-Württemberg", "location", "Baden Württemberg"),
        E("Karin Broszat", "person", "Broszat", "Frau Broszat", role="Landesvorsitzende des Realschullehrerverbands"),
        E("Realschullehrerverband", "organization", "Realschullehrerverbands"),
        E("Susanne Eisenmann", "person", "Eisenmann", "Kultusministerin Eisenmann", "Kulturministerin Susanne Eisenmann",
          role="Kultusministerin"),
        E("CDU", "organization"),
        E("Sandra Boser", "person", "Boser", role="bildungspolitische Sprecherin der führenden Regierungsfraktion"),
        E("Bündnis 90/Die Grünen", "organization", "GRÜNE", "Grün-Roten", "Grün-Schwarzen",
          note="written only as 'GRÜNE' and in 'Grün-Roten'/'Grün-Schwarzen Landesregierung'"),
        E("Landesregierung Baden-Württemberg", "organization", "Landesregierung", "Grün-Roten Landesregierung",
          "Grün-Schwarzen Landesregierung", note="written only as 'Landesregierung' in an article about Baden-Württemberg"),
        E("Konstanz", "location"), E("Tübingen", "location"),
        E("Stuttgart", "location", "Landeshauptstadt Stuttgart", "Stuttgarter"),
        E("Isabell Fetzer", "person", "Fetzer", role="Stuttgarter Bildungsbürgermeisterin"),
        E("FDP", "organization"),
        E("Stuttgarter Nachrichten", "organization"),
        E("Waldparkschule", "organization", "Waldparkschule in Heidelberg"),
        E("Heidelberg", "location"), E("Salem", "location"), E("Karlsruhe", "location"),
        E("Berufsschullehrerverband", "organization", "Berufsschullehrerverbands"),
        E("Philologen-Verband", "organization", "Philologen-Verbands"),
        E("Friedrichshafen", "location"),
        E("Andreas Stoch", "person", "Stoch", role="SPD-Fraktionschef"),
        E("SPD", "organization"),
        E("Urbach", "location"), E("Schorndorf", "location"),
    ],
    quotes=[
        Q("Trickserei", "Karin Broszat", "'… und behauptet, die neuen Oberstufen … kämen nur durch „Trickserei“ zustande'",
          kind="partial"),
        Q("Neiddebatten sind völlig fehl am Platz und schaden allen", "Sandra Boser",
          "'… Sandra Boser (GRÜNE), erklärte: „…“'; a reply to Broszat's claim, but no sentence says it is aimed at her"),
        Q("Die Gemeinschaftsschule in Baden Württemberg ist in der Schullandschaft angekommen und hat sich etabliert",
          "Susanne Eisenmann", "'„…“ erklärte Kultusministerin Eisenmann'", about=["Baden-Württemberg"]),
        Q("Die Landesregierung bekennt sich zur Gemeinschaftsschule und unterstützt diese. Ich traue der Schulart viel zu. "
          "Die Gemeinschaftsschulen können mit Selbstbewusstsein in die Zukunft blicken", "Susanne Eisenmann",
          "second quote right after 'erklärte Kultusministerin Eisenmann', no verb of its own; 'Die Landesregierung' is "
          "the minister's own government named in the third person (uncertain)",
          unc=["Landesregierung Baden-Württemberg"]),
        Q("Wir möchten Perspektiven schaffen für die Schülerinnen und Schüler der Gemeinschaftsschulen – wir stehen hinter "
          "diesem Bildungsangebot in dieser Stadt", "Isabell Fetzer",
          "'Gegenüber den Stuttgarter Nachrichten erklärte sie: „…“' — 'sie' is Fetzer of the previous sentence; "
          "'dieser Stadt' can only mean Stuttgart (A3); the newspaper is the addressee, no target",
          about=["Stuttgart"]),
        Q("Feldzug gegen die Gemeinschaftsschule zum Beginn der Anmeldewoche für die weiterführenden Schulen", "Andreas Stoch",
          "'Andreas Stoch sprach deshalb auch von einem „…“' — 'deshalb' points back to the statements of the two "
          "associations in the previous paragraph (uncertain targets)", kind="partial",
          unc=["Berufsschullehrerverband", "Philologen-Verband"]),
        Q("Die hohen Anmeldezahlen und die gute Akzeptanz bei Eltern und Schülern zeigen, dass die Qualität an den "
          "Gemeinschaftsschulen stimmt. Darauf können wir stolz sein", "Sandra Boser",
          "'Das Fazit von Sandra Boser …: „…“'"),
    ],
    skipped=["Starke Schulen"],
    notes=["''Schule für Alle'' and ''sine glossa''-style doubled apostrophes are wiki italics left in the corpus text, "
           "not quotation marks."],
)

ANN["de_train_323.txt"] = dict(
    id="de-wikinews-erstes-deutsches-retortenbaby", section="science / medicine",
    entities=[
        E("Universitätsfrauenklinik Erlangen", "organization", "Erlanger Klinik", "Erlanger Universitätsklinik"),
        E("Erlangen", "location", "Erlanger"),
        E("Oliver", "person", note="the baby, first name only"),
        E("Germany", "country", "Deutschland", "deutsches", "deutschen"),
        E("Siegfried Trotnow", "person", "Trotnow", "Prof. Dr. Siegfried Trotnow"),
        E("Safaa Al-Hasani", "person", "Professor Dr. Safaa Al-Hasani"),
        E("Tatjana Kniewald", "person", "Dr. Tatjana Kniewald"),
        E("Klaus-Georg Bregulla", "person", "Professor Dr. Klaus-Georg Bregulla"),
        E("England", "location", note="a country of the United Kingdom; listed as a location"),
        E("Louise Brown", "person"),
        E("Deutsche Forschungsgemeinschaft", "organization"),
        E("Matthias W. Beckmann", "person", "Beckmann", "Professor Beckmann", "Prof. Dr. Matthias W. Beckmann",
          role="Klinikdirektor"),
        E("Dittrich", "person", "Dr. Dittrich", "Privatdozent Dr. Dittrich", note="first name not given"),
    ],
    quotes=[
        Q("Kontraproduktiv waren sicherlich auch einige Kollegen in der Klinik, die uns für verrückt hielten, und das "
          "gelegentlich die jüngeren Team-Mitglieder spüren ließen", "Siegfried Trotnow",
          "'„…“, erinnerte sich Trotnow später'; 'der Klinik' is the Erlangen clinic (A3), his own workplace (uncertain)",
          unc=["Universitätsfrauenklinik Erlangen"]),
        Q("jetzt Paaren helfen [kann], deren Behandlung vor 30 Jahren kaum denkbar war", "Matthias W. Beckmann",
          "'laut Klinikdirektor Prof. Dr. Matthias W. Beckmann „…“'; editors' insertion [kann] kept", kind="partial"),
        Q("Diese Frauen müssen bisher oft auf eigenen Nachwuchs verzichten, weil die Behandlung sie zwar geheilt hat, die "
          "Eierstöcke aber durch die nötigen Medikamente auf Dauer geschädigt wurden", "Matthias W. Beckmann",
          "'„…,“ sagte Professor Beckmann' (comma inside the closing mark dropped)"),
    ],
    skipped=[],
)

ANN["de_train_624.txt"] = dict(
    id="de-wikinews-papst-franziskus-richtungswechsel", section="religion",
    entities=[
        E("Catholic Church", "organization", "katholischen Kirche"),
        E("Jorge Mario Bergoglio", "person", "Papst Franziskus", "Franziskus", "Bergoglio", "Papst", "Bengoglio",
          "Kardinal Bengoglio", "argentinische Kardinal", role="Papst"),
        E("Jesus", "person"),
        E("Franz von Assisi", "person"),
        E("Rome", "location", "Rom", "römischen"),
        E("Santa Maria Maggiore", "location", "Basilika Santa Maria Maggiore"),
        E("Domus Paolo IV", "location", "Wohnheim Domus Paolo IV"),
        E("Buenos Aires", "location"),
        E("Argentina", "country", "Argentinien", "argentinische"),
        E("Kardinalskollegium", "organization"),
        E("Cuba", "country", "kubanischen", note="named only by the adjective 'kubanischen'"),
        E("Jaime Ortega", "person", "Kardinal Jaime Ortega"),
        E("Palabra NUEVA", "organization", note="newspaper"),
        E("Switzerland", "country", "Schweiz"),
        E("Netherlands", "country", "Niederlande", "Niederlanden"),
        E("Adolfo Pérez Esquivel", "person", "Pérez", "Pérez Esquivel", role="Friedensnobelpreisträger"),
        E("Jesuiten", "organization", note="the order, named by its members"),
        E("Franz Jalics", "person"),
    ],
    quotes=[
        Q("eine arme Kirche, und eine Kirche für die Armen", "Jorge Mario Bergoglio",
          "'Bei einem Empfang für Medienvertreter sagte Franziskus, dass er „…“ haben möchte'; an indefinite 'eine Kirche', "
          "no target", kind="partial"),
        Q("dazugehörte", "Adolfo Pérez Esquivel",
          "'meinte der Friedensnobelpreisträger Adolfo Pérez Esquivel noch, dass Bergoglio „dazugehörte“' — Bergoglio is "
          "the subject of the quoted predicate (B2)", kind="partial", about=["Jorge Mario Bergoglio"]),
        Q("Heilige Geist wach ist und sich nicht irrt", "Adolfo Pérez Esquivel",
          "'Pérez hoffte dass der „…“ - bei der Wahl des Papstes': the election is the setting, not a named object",
          kind="partial"),
    ],
    skipped=["Palabra NUEVA", "Heilige Geist"],
)

ANN["de_train_258.txt"] = dict(
    id="de-wikinews-haushaltsdebatte-2007-zumutungen", section="politics / budget",
    entities=[
        E("Peer Steinbrück", "person", "Steinbrück", "Bundesfinanzminister", "Bundesfinanzminister Peer Steinbrück",
          role="Bundesfinanzminister"),
        E("Bundesregierung", "organization", note="the German federal government (Germany itself is not named)"),
        E("Germany", "country", "Bund", "des Bundes", note="named only as 'des Bundes' (the federation)"),
        E("Brussels", "location", "Brüssel"),
        E("EU", "organization"),
        E("FDP", "organization"),
        E("Jürgen Koppelin", "person", "Koppelin", role="FDP-Finanzexperte"),
        E("SPD", "organization"),
        E("Bundestag", "organization"),
        E("Bündnis 90/Die Grünen", "organization"),
        E("Anja Hajduk", "person", "Hajduk", role="Haushaltspolitikerin von Bündnis 90/Die Grünen"),
    ],
    quotes=[
        Q("Ja, es gibt Zumutungen", "Peer Steinbrück",
          "opens the text (and the title): '„…“. Das musste Bundesfinanzminister Peer Steinbrück … einräumen'"),
        Q("Entschuldung weit entfernt", "Peer Steinbrück",
          "'Obwohl Steinbrück … rechnet, sei man von einer „…“' ('man' is the state, no named entity)", kind="partial"),
        Q("aller Voraussicht nach", "Peer Steinbrück",
          "'Erstmals seit 2001 sei die Bundesregierung wieder in der Lage, die Defizitkriterien der EU „…“ einzuhalten' "
          "(Steinbrück's report of the previous sentence): the subject is his own government (uncertain), the EU a "
          "complement (uncertain)", kind="partial", unc=["Bundesregierung", "EU"]),
        Q("Ideenlosigkeit", [], "'musste sich der Bundesfinanzminister aus den Reihen der Opposition „Ideenlosigkeit“ "
          "vorwerfen lassen' — an unnamed source; the reproach is aimed at Steinbrück (B2)", kind="partial",
          accept=["Opposition", "aus den Reihen der Opposition"], about=["Peer Steinbrück"]),
        Q("drastischen", "Jürgen Koppelin",
          "a word of Koppelin's inside his reported speech ('So erklärte … Koppelin, dass … der „drastischen“ "
          "Mehrwehrsteuererhöhung')", kind="partial"),
        Q("Sie ziehen den Bürgern das Geld aus der Tasche, wo immer sie können, auf der Ausgabenseite sind sie völlig "
          "planlos", "Jürgen Koppelin",
          "'Koppelin wörtlich: „….“' (final full stop dropped); 'Sie' addresses the government, not named in the "
          "sentence (uncertain)", unc=["Bundesregierung"]),
        Q("völlig unrealistisch", "Anja Hajduk",
          "'Hier seien die vorgesehenen Mittel … „…“' — the means of the government's plans named in the previous "
          "sentence (uncertain)", kind="partial", unc=["Bundesregierung"]),
    ],
    skipped=["Zeit der Ehrlichkeit"],
    notes=["„Zeit der Ehrlichkeit“ is skipped: a catchphrase of the government's policy turned against it, with no "
           "speaker the article names."],
)

ANN["de_train_485.txt"] = dict(
    id="de-wikinews-swantje-hartmann-ruecktritt", section="politics / regional",
    entities=[
        E("Swantje Hartmann", "person", "Hartmann", "Hartmanns", "Delmenhorster Bürgermeisterin",
          role="SPD-Landtagsabgeordnete und Delmenhorster Bürgermeisterin"),
        E("SPD", "organization"),
        E("SPD-Landtagsfraktion", "organization", "Landtagsfraktion", "niedersächsische Landtagsfraktion", "Fraktion",
          note="the SPD group in the Lower Saxony Landtag"),
        E("Niedersächsischer Landtag", "organization", "niedersächsischen Landtag", "niedersächsichen Landtag", "Landtag"),
        E("Lower Saxony", "location", "Niedersachsen", "niedersächsische", "niedersächsischen", "niedersächsichen"),
        E("Delmenhorst", "location", "Delmenhorster"),
        E("SPD-Bezirk Weser-Ems", "organization", "Bezirk Weser-Ems", "Bezirk Weser-Ems der SPD", "Bezirks Weser-Ems"),
        E("Garrelt Duin", "person", "Duin", role="SPD-Landesvorsitzender"),
        E("Johanne Modder", "person", "Modder", role="stellvertretende Fraktionsvorsitzende"),
        E("Delmenhorster Stadtparlament", "organization"),
    ],
    quotes=[
        Q("zur Kenntnis", "SPD-Landtagsfraktion",
          "'erklärte die SPD-Landtagsfraktion zum Rücktritt Hartmanns, die Fraktion nehme die Entscheidung „…“' — stated "
          "object 'zum Rücktritt Hartmanns' (B1)", kind="partial", about=["Swantje Hartmann"]),
        Q("überfällig und dringend geboten", "SPD-Landtagsfraktion",
          "'Außerdem halte die Fraktion den Schritt für „…“' — the step is Hartmann's resignation, named in the previous "
          "sentence (uncertain)", kind="partial", unc=["Swantje Hartmann"]),
        Q("persönlich und auch meinen Kolleginnen und Kollegen in der Fraktion eine Abstimmung über mich ersparen",
          "Swantje Hartmann",
          "'Hartmann selbst schrieb in einer Presseerklärung …, sie wolle „…“' (final full stop dropped); 'der Fraktion' "
          "is her own parliamentary group (uncertain)", kind="partial", unc=["SPD-Landtagsfraktion"]),
        Q("Vertrauensbruch", "Johanne Modder",
          "'Modder nannte die Absage Hartmanns einen „…“' — object of the quoted label (B2)", kind="partial",
          about=["Swantje Hartmann"]),
        Q("bis zur Stunde keine vollständigen Unterlagen vor, die die mir gestellten Fragen belegen oder mir etwa die "
          "Quelle dieser Vorwürfe aufzeigen", "Swantje Hartmann", "'Hartmann erklärte, ihr lägen „…“'", kind="partial"),
        Q("weder Gegenstand des Prüfungsauftrages noch finden sich in dem Bericht Aussagen", [],
          "the words of the unnamed refusal ('sei ihr mit dem Hinweis verweigert worden, ihre Person sei „…“ zu ihr'), "
          "reported by Hartmann; said of her person (B2)", kind="partial", uncertain=True,
          accept=["Hinweis", "Swantje Hartmann", "Hartmann"], about=["Swantje Hartmann"]),
        Q("Diese Auskunft irritiert mich, weil ich davon ausgehe, dass es sich um einen umfassenden und vollständigen "
          "Prüfungsbericht handelt, in dem eigentlich mein Name auftauchen müsste, wenn es Verdachtsmomente gegen mich "
          "gibt. Meine Landtagskollegin Johanne Modder hat öffentlich von ‚konkreten Anhaltspunkten‘ gegen mich "
          "gesprochen. Diese Aussage steht für mich im Widerspruch zum Ergebnis des mir nicht zugänglichen "
          "Wirtschaftsprüfungsberichtes", "Swantje Hartmann", "'Dazu erklärte Hartmann: „…“'; Modder named in the quote",
          about=["Johanne Modder"]),
        Q("konkreten Anhaltspunkten", "Johanne Modder",
          "nested ‚…‘ inside Hartmann's quote: Modder's words, reported second-hand (uncertain speaker); 'gegen mich' is "
          "Hartmann, the quoting speaker, not Modder", kind="partial", uncertain=True, about=["Swantje Hartmann"]),
        Q("Diese Verantwortung kann meines Erachtens nur der Vorsitzende übernehmen und nicht die ehemalige Lebensgefährtin "
          "des Geschäftsführers", "Swantje Hartmann",
          "'… weist Hartmann von sich: „…“'; 'der Vorsitzende' (of the Bezirk) is not named; Duin, the one chairman "
          "the article names, is the Landesvorsitzender (uncertain); 'die ehemalige Lebensgefährtin' is herself",
          unc=["Garrelt Duin"]),
    ],
    skipped=[],
)
