# Hand annotations, batch 2, first reading (articles 4-7 of selection-2.tsv). E and Q come from build.py.
ANN = {}

ANN["de_train_508.txt"] = dict(
    id="de-wikinews-michigan-christliche-miliz-verhaftet", section="foreign / crime",
    entities=[
        E("United States", "country", "US", note="named in 'US-Bundesstaat', 'US-Polizei'"),
        E("Michigan", "location"),
        E("Jesus", "person"),
    ],
    quotes=[
        Q("Wir glauben, dass eines Tages ein Antichrist erscheinen wird, wie es die Prophezeiung sagt. Jesus wollte, dass "
          "wir bereit sind, um uns mit dem Schwert zu verteidigen und am Leben zu bleiben, indem wir Hilfsmittel benutzen",
          [], "'Auf ihrer Homepage fanden sich … Auch das Motiv fand sich dort: „….“' — the unnamed group's web page "
          "(role phrase accepted); Jesus named", accept=["ihrer Homepage", "Gruppe", "christlichen paramilitärischen Gruppe"],
          about=["Jesus"]),
    ],
    skipped=["dem Guten", "dem Bösen"],
    notes=["„dem Guten“ and „dem Bösen“ are concepts in the journalist's account of what 'Einige' evangelicals believe: "
           "skipped (the corpus had them as quotes of 'Einige')."],
)

CHINA_GOV = E("Chinesische Regierung", "organization", "chinesischen Zentralregierung", "chinesische Regierung",
              "chinesischen Regierung", "chinesischen Führung")
ANN["de_train_400.txt"] = dict(
    id="de-wikinews-tibet-proteste-niederschlagung", section="foreign",
    entities=[
        E("Tibet", "location", "tibetische", "tibetischen", "Tibets", "autonomen Region Tibet"),
        E("China", "country", "chinesischen", "chinesische", "Chinas", "Chinesen", "nicht-chinesischen", "anti-chinesischen"),
        CHINA_GOV,
        E("Tagesspiegel", "organization"),
        E("Lhasa", "location"),
        E("Qiangba Puncog", "person", "Puncog", "Puncogs", "Präsident der autonomen Region Tibet",
          "Vorsitzende der tibetischen Regionalregierung", "Vorsitzenden der Provinzregierung"),
        E("Tibetische Regionalregierung", "organization", "tibetischen Regionalregierung", "Provinzregierung",
          "Lokalregierung"),
        E("Xinhua", "organization", "amtlichen Nachrichtenagentur", "Nachrichtenagentur Xinhua", "Presseagentur Xinhua",
          "Nachrichtenagentur", "Agentur"),
        E("Dalai Lama", "person"),
        E("Gansu", "location"), E("Sichuan", "location"), E("Qinghai", "location"), E("Lanzhou", "location"),
        E("Kampagne für ein Freies Tibet", "organization"),
        E("Machu", "location"),
        E("India", "country", "indischen"),
        E("Tibetisches Exilparlament", "organization", "tibetische Exilparlament"),
        E("Dharamshala", "location"),
        E("Kloster Zhaibung", "location"),
        E("AFP", "organization", "Presseagentur AFP"),
        E("Tibet Initiative Deutschland", "organization"),
        E("Wolfgang Grader", "person", "Grader", role="Vorstandsvorsitzender der Tibet Initiative Deutschland"),
        E("Deutschlandradio", "organization"),
        E("heise online", "organization"),
        E("YouTube", "organization"),
        E("Nepal", "country", "nepalesischen"),
        E("Kathmandu", "location"),
        E("Condoleezza Rice", "person", "Rice", role="US-Außenministerin"),
        E("United States", "country", "USA", "US"),
        E("Russia", "country", "russische"),
        E("Russisches Außenministerium", "organization", "russische Außenministerium", "Ministerium"),
        E("Beijing", "location", "Peking"),
        E("European Union", "organization", "Europäischen Union"),
        E("IOC", "organization"),
        E("Christoph Müller-Hofstede", "person", "Müller-Hofstede",
          role="China-Experte bei der Bundeszentrale für politische Bildung"),
        E("Bundeszentrale für politische Bildung", "organization"),
        E("Bonn", "location"),
        E("Steven Spielberg", "person", "Spielberg"),
        E("Sudan", "country", "sudanesischen"),
        E("Richard Gere", "person"), E("Mia Farrow", "person"),
    ],
    quotes=[
        Q("aggressiv", "Xinhua",
          "'Die tibetischen Mönche … beschrieb die Nachrichtenagentur unter Berufung auf Erklärungen des Vorsitzenden der "
          "Provinzregierung, Qiangba Puncog, als „aggressiv“ und „herausfordernd“ gegenüber den chinesischen "
          "Sicherheitskräften' — the agency's description, drawing on Puncog (uncertain, Puncog accepted); the monks are "
          "unnamed; China in the complement (uncertain)", kind="partial", uncertain=True,
          accept=["Nachrichtenagentur", "Qiangba Puncog", "Puncog"], unc=["China"]),
        Q("herausfordernd", "Xinhua", "the second adjective of the same description", kind="partial", uncertain=True,
          accept=["Nachrichtenagentur", "Qiangba Puncog", "Puncog"], unc=["China"]),
        Q("Volkskrieges", [],
          "'Die staatlich kontrollierten chinesischen Medien hatten … von der Notwendigkeit eines „…“ gegen die Aufrührer "
          "in Tibet gesprochen' — unnamed media (phrase accepted); Tibet in a complement (uncertain)", kind="partial",
          accept=["staatlich kontrollierten chinesischen Medien", "chinesischen Medien"], unc=["Tibet"]),
        Q("Wir befürchten das Schlimmste", "Wolfgang Grader",
          "'Besorgt äußerte sich auch … Wolfgang Grader, zu den Vorgängen in Tibet: „…“, sagte er gegenüber "
          "Deutschlandradio' — stated object 'zu den Vorgängen in Tibet' (B1); the corpus resolved 'er' to 'Befürchtungen'",
          about=["Tibet"], corpus="wrong"),
        Q("Es sind jetzt massive Polizei- und Militäreinheiten in Lhasa und es wird sicher eine Durchsuchung von Haus zu "
          "Haus geben. Da werden sie alles versuchen zu finden, was verdächtig ist wie Bilder des Dalai Lama und tibetische "
          "Flaggen", "Wolfgang Grader",
          "second quote right after the first, no verb of its own; Lhasa and the Dalai Lama named; 'tibetische' is an "
          "adjective of Tibet, a region, not a country (uncertain)", about=["Lhasa", "Dalai Lama"], unc=["Tibet"],
          corpus="wrong"),
        Q("innere Angelegenheit", "Russisches Außenministerium",
          "'Das russische Außenministerium erklärte, ein solcher Dialog sei eine „…“ Chinas' — China is the label's "
          "complement (B1/B2); 'ein solcher Dialog' is the one with the Dalai Lama of the previous sentence (uncertain)",
          kind="partial", about=["China"], unc=["Dalai Lama"]),
        Q("Es gibt Menschenrechts-Lobbyorganisationen in den USA mit Richard Gere oder Mia Farrow, die massiven Druck schon "
          "auf einzelne Personen", "Christoph Müller-Hofstede",
          "'„…“ wie Spielberg ausübten. Er erwartet, …' — no verb; the China expert Müller-Hofstede is the subject of the "
          "sentences before and after (uncertain speaker; the corpus skipped it); the USA, Gere and Farrow named; "
          "Spielberg in the journalist's completion (uncertain)", uncertain=True,
          about=["United States", "Richard Gere", "Mia Farrow"], unc=["Steven Spielberg"]),
    ],
    skipped=["Tagesspiegel", "Kampagne für ein Freies Tibet", "heise online", "YouTube"],
)

ANN["de_train_403.txt"] = dict(
    id="de-wikinews-sarkozy-staatsbesuch-vereinigtes-koenigreich", section="politics / foreign",
    entities=[
        E("Nicolas Sarkozy", "person", "Sarkozy", "Sarkozys", role="französischer Staatspräsident"),
        E("France", "country", "Frankreich", "französischen", "französische", "französisch"),
        E("United Kingdom", "country", "Vereinigten Königreich Großbritannien und Nordirland", "Vereinigten Königreich",
          "Großbritannien", "Großbritanniens", "britisch", "Insel"),
        E("Elizabeth II.", "person", "Königin Elisabeth II."),
        E("Britisches Parlament", "organization", "Britischen Ober- und Unterhaus"),
        E("Le Figaro", "organization", "Figaro"),
        E("BBC", "organization"),
        E("England", "country", "Englands", "Engländer", note="used by the article for Britain"),
        E("Europe", "location", "Europa"),
        E("Gordon Brown", "person", "Brown", role="Premierminister"),
        E("Jacques Chirac", "person", "Chirac"),
        E("Tony Blair", "person", "Blair"),
        E("Germany", "country", "Deutschland", "deutschen"),
        E("Angela Merkel", "person", "Merkel", role="Bundeskanzlerin"),
        E("Berlin", "location"), E("Paris", "location"),
        E("Afghanistan", "country", "Afghanen", "Afghanistan-Politik"),
    ],
    quotes=[
        Q("ein neues Kapitel", "Nicolas Sarkozy",
          "'So bezeichnete er es als eine Möglichkeit, „…“ in den zwischenstaatlichen Beziehungen der beiden Länder "
          "aufzuschlagen' — 'er' is Sarkozy; 'der beiden Länder' (France and the United Kingdom) is a deeper complement "
          "(uncertain)", kind="partial", unc=["France", "United Kingdom"]),
        Q("Wer kann glauben, man könne das Europa der Zukunft ohne die Engländer aufbauen? Wer kann glauben, dass "
          "Großbritannien alleine leben könnte und den Rest von Europa, das nur 30 Kilometer von der Insel entfernt ist, "
          "ignoriert?", "Nicolas Sarkozy",
          "'Er sagte, Europa brauche die Engländer und fügte hinzu: „…“' — 'Er' is Sarkozy (in the BBC interview); "
          "Europe, the English and Britain named", about=["Europe", "England", "United Kingdom"]),
        Q("Achse Berlin-Paris", "Nicolas Sarkozy",
          "'indem er sagte, eine stärkere britisch-französische Zusammenarbeit würde eine „…“ nicht ersetzen' — Berlin and "
          "Paris named; the subject names Britain (sure) and France, his own country (uncertain)", kind="partial",
          about=["Berlin", "Paris", "United Kingdom"], unc=["France"]),
    ],
    skipped=["Figaro"],
)

ANN["de_train_329.txt"] = dict(
    id="de-wikinews-susanne-albrecht-debatte-bremen", section="politics / regional",
    entities=[
        E("Bremen", "location", "Bremer"),
        E("Susanne Albrecht", "person", "Albrecht", "Ex-Terroristin", "RAF-Terroristin", "Ex-RAF-Terroristin",
          "ehemalige RAF-Terroristin"),
        E("RAF", "organization", note="named in 'RAF-Terroristin'"),
        E("CDU", "organization"),
        E("Hartmut Perschau", "person", "Perschau", role="CDU-Fraktionsvorsitzender"),
        E("Willi Lemke", "person", "Lemke", role="Bildungssenator"),
        E("SPD", "organization"),
        E("Henning Scherf", "person", "Scherf", role="früherer Bürgermeister und Justizsenator"),
    ],
    quotes=[
        Q("völlig untragbar, dass unsere Kinder von einer verurteilten RAF-Terroristin unterrichtet werden",
          "Hartmut Perschau",
          "'Nach Auffassung des CDU-Fraktionsvorsitzenden Hartmut Perschau sei es „…“' — 'einer verurteilten "
          "RAF-Terroristin' can only be Albrecht (RAF inside her role designates her, A2), but it is indefinite "
          "(uncertain; second reading, as 'einer anderen Latina')", kind="partial", unc=["Susanne Albrecht"]),
        Q("gelungenes Beispiel für Resozialisierung", "Willi Lemke",
          "'Für Bildungssenator Willi Lemke (SPD) hält die Beschäftigung der Ex-Terroristin … als „…“' — object of the "
          "label: the Ex-Terroristin's employment (B2)", kind="partial", about=["Susanne Albrecht"]),
        Q("populistischen Wahlkampf", "Henning Scherf",
          "'Henning Scherf (SPD), warnte die CDU vor einem „…“' — the campaign the label is said of is the CDU's (B2)",
          kind="partial", about=["CDU"]),
    ],
    skipped=[],
)
