# Hand annotations, batch 2, first reading (articles 22-24 of selection-2.tsv). E and Q come from build.py.
ANN = {}

ANN["de_train_697.txt"] = dict(
    id="de-wikinews-george-shultz-tot", section="obituary / politics",
    entities=[
        E("George Shultz", "person", "Shultz", role="früherer Außenminister der Vereinigten Staaten"),
        E("United States", "country", "Vereinigten Staaten", "US"),
        E("California", "location", "kalifornischen"),
        E("Stanford University", "organization"),
        E("Hoover Institution", "organization"),
        E("Republican Party", "organization", "republikanische", "republikanischen",
          note="named only by the adjective 'republikanisch'"),
        E("Richard Nixon", "person", "Nixon", "Nixons"),
        E("White House", "location", "Weißen Haus"),
        E("Ronald Reagan", "person", "Reagan", "Reagans"),
        E("Condoleezza Rice", "person", "Rice", role="spätere republikanische Außenministerin"),
        E("Donald Trump", "person", "Trump"),
    ],
    quotes=[
        Q("den Lauf der Geschichte mit den Mitteln der Diplomatie zu ändern, um den Kalten Krieg zu beenden",
          "Hoover Institution",
          "'Shultz … habe als Reagans Außenminister wesentlich mitgewirkt, „…“, schrieb die Hoover Institution' — "
          "Shultz the subject (B2); Reagan in a complement (uncertain)", kind="partial", about=["George Shultz"],
          unc=["Ronald Reagan"]),
        Q("wahren Patrioten", "Condoleezza Rice", "'Condoleezza Rice nannte Shultz einen „…“' — object of the label",
          kind="partial", about=["George Shultz"]),
        Q("die Welt zu einem besseren Ort", "Condoleezza Rice", "'…, dank dem „…“ wurde' — 'dem' is Shultz",
          kind="partial", about=["George Shultz"]),
        Q("großen amerikanischen Staatsmann", "Condoleezza Rice",
          "'und einen „…“' — the third label of the sentence; 'amerikanischen' in a person's role designates the person "
          "(A2)", kind="partial", about=["George Shultz"]),
    ],
    skipped=[],
)

DRAFT = ["Gesetzentwurf", "der Gesetzentwurf", "Bundesdatenschutzgesetz"]
ANN["de_train_533.txt"] = dict(
    id="de-wikinews-de-maiziere-datenschutz-gesetzentwurf", section="politics / data protection",
    entities=[
        E("Germany", "country", "Deutschland", "deutsche"),
        E("Thomas de Maizière", "person", "de Maizière", "Innenminister", "Minister", role="Innenminister"),
        E("CDU", "organization"),
        E("Bundesinnenministerium", "organization", "Innenministerium"),
        E("Google", "organization", "Google Street View", note="named in 'Google Street View'"),
        E("Bitkom", "organization", "Branchenverband Informationswirtschaft, Telekommunikation und neue Medien"),
    ],
    quotes=[
        Q("besonderes schutzwürdiges Interesse an einer Veröffentlichung", [],
          "'wenn ein „…“ besteht, wie dieser Tatbestand juristisch formuliert wird' — the wording of the draft law "
          "(speakers [], the draft accepted)", kind="partial", accept=DRAFT),
        Q("besonders schweren Eingriff in das Persönlichkeitsrecht", [], "'Von einem „…“ spricht der Gesetzentwurf'",
          kind="partial", accept=DRAFT),
        Q("geschäftsmäßig gezielt zusammengetragen, gespeichert und gegebenenfalls unter Hinzuspeicherung weiterer Daten "
          "ausgewertet wurden und die dadurch ein umfangreiches Persönlichkeits- oder Bewegungsprofil des Betroffenen "
          "ergeben können oder die den Betroffenen in ehrverletzender Weise beschreiben oder abbilden", [],
          "'…, wenn Daten „…“' — the same sentence of the draft", kind="partial", accept=DRAFT),
        Q("in besonderem Maße persönlichkeitsrechtsrelevant", "Thomas de Maizière",
          "'Der Minister weist selbst auf die neuen Risiken hin … So gewonnene Daten seien „…“' — his reported speech",
          kind="partial", corpus="resolved"),
    ],
    skipped=["gläsernen Menschen"],
    notes=["„gläsernen Menschen“ is a catchword in the journalist's summary of what 'Datenschützer' warn of: skipped "
           "(the corpus had it as their quote)."],
)

P = lambda *names: [E(n, "person") for n in names]
ANN["de_train_527.txt"] = dict(
    id="de-wikinews-bundesliga-2010-11-zwoelfter-spieltag", section="sport",
    entities=[
        E("Fußball-Bundesliga", "organization", "Bundesliga", "Bundesligatabelle"),
        E("Borussia Dortmund", "organization", "Dortmund"),
        E("Hamburger SV", "organization", "Hamburger Sport-Verein"),
        E("1. FC Köln", "organization", "Kölner"),
        E("Borussia Mönchengladbach", "organization", "Mönchengladbach", "Gladbacher", "Borussia"),
        E("1. FC Kaiserslautern", "organization", "Kaiserslautern", "1. FCK"),
        E("VfB Stuttgart", "organization", "Stuttgart", "VfB S."),
        E("SV Werder Bremen", "organization", "Werder Bremen", "Werder", "Bremer"),
        E("Eintracht Frankfurt", "organization", "Frankfurt", "Eintracht", "Frankfurter"),
        E("Bayer 04 Leverkusen", "organization", "Bayer Leverkusen", "Bayer 04", "Leverkusener"),
        E("FC St. Pauli", "organization", "St. Pauli", "Paulis", "St.-Pauli-Spieler"),
        E("VfL Wolfsburg", "organization", "Wolfsburger", "VfL"),
        E("FC Schalke", "organization", "Schalke", "Schalkes", "Gelsenkirchener", "Schalkespieler"),
        E("1. FSV Mainz 05", "organization", "Mainzer"),
        E("Hannover 96", "organization", "Hannover", "Hannoveraner", "Hannovers"),
        E("1899 Hoffenheim", "organization", "Hoffenheim"),
        E("SC Freiburg", "organization", "Freiburger"),
        E("FC Bayern München", "organization", "FC Bayern", "Rekordmeister"),
        E("1. FC Nürnberg", "organization", "Nürnberger"),
        E("Sportschau", "organization", "ARD Sportschau"),
        E("ARD", "organization", note="also in 'ARD-Reporter'"),
        *P("Mario Götze", "Lukasz Pisczek", "Shinji Kagawa", "Jaroslav Drobny", "Lucas Barrios", "Mato Jajalo",
           "Michael Bradley", "Miro Varvodic", "Raul Bobadilla", "Marco Reus", "Peter Gagelmann", "Igor de Camargo",
           "Srdjan Lakic", "Sven Ulreich", "Arthur Boka", "Cacau", "Tobias Sippel", "Bastian Schulz", "Babak Rafati",
           "Christian Gentner", "Ilijan Micanski", "Christian Tiffert", "Ivo Ilicevic", "Mathias Abel", "Petri Pasanen",
           "Martin Fenin"),
        E("Thomas Schaaf", "person", "Schaaf", role="Trainer"),
        E("Michael Skibbe", "person", "Skibbe", role="Trainer der Frankfurter"),
        *P("Renato Augusto", "Carsten Rothenbach", "Stefan Reinartz", "Tranquillo Barnetta", "Matthias Lehmann",
           "Michal Kadlec", "Simon Rolfes", "Thomas Kessler", "Carlos Zambrano", "Grafite", "Edin Dzeko", "Manuel Neuer",
           "Lukas Schmitz", "Edu"),
        E("Klaas-Jan Huntelaar", "person", "Huntelaar"),
        E("Wolfgang Stark", "person", "Stark", role="Schiedsrichter"),
        E("Steve McClaren", "person", "McClaren", note="named only as 'McClaren'"),
        E("Felix Magath", "person", "Magath", role="Schalkes Trainer"),
        *P("Diego Benaglio", "Ashkan Dejagah", "Marcel Schäfer", "Raúl", "Atsuto Uchida", "Sergio Pinto",
           "Christian Wetklo", "Steven Cherundolo", "Sofian Chahed"),
        E("Thomas Tuchel", "person", "Tuchel"),
        *P("Gylfi Sigurdsson", "Cedric Makiadi", "Stefan Reisinger", "Papiss Demba Cissé"),
        E("Andreas Beck", "person", "Beck", role="Spieler von Hoffenheim"),
        E("Mario Gómez", "person", "Gómez"),
        *P("Danijel Pranjic", "Raphael Schäfer", "Philipp Lahm"),
        E("Javier Pinola", "person", "Pinola"),
        E("Bastian Schweinsteiger", "person", "Schweinsteiger"),
    ],
    quotes=[
        Q("Ein guter Start", "Thomas Schaaf",
          "'war Trainer Thomas Schaaf zufrieden: „…“, sagte er zur Sportschau' — 'er' is Schaaf", corpus="wrong"),
        Q("Wir wussten, dass Werder sehr viel in dieses Spiel investieren würde. Ich bin sehr zufrieden mit dem Punkt, den "
          "wir hier erkämpft haben", "Michael Skibbe",
          "'„…“, meinte der Trainer der Frankfurter, Michael Skibbe'; Werder named", about=["SV Werder Bremen"]),
        Q("Wir hätten auch verlieren können, aber wir haben letztlich verdient gewonnen", "Bayer 04 Leverkusen",
          "'„…“, sagte der Sportchef von Bayer 04 Leverkusen' — an unnamed club official, given to the club (role phrase "
          "accepted)", accept=["Sportchef von Bayer 04 Leverkusen", "Sportchef"], corpus="resolved"),
        Q("Unglaublich. Das war Handball von Huntelaar. Alle Spieler und 30.000 Zuschauer im Stadion haben es gesehen, nur "
          "der Schiedsrichter und seine Assistenten nicht", "Steve McClaren",
          "'„…“, erklärte McClaren in einem Interview'; Huntelaar named; 'der Schiedsrichter' is Stark of the previous "
          "sentence, but the article names four referees (uncertain)", about=["Klaas-Jan Huntelaar"],
          unc=["Wolfgang Stark"], corpus="resolved"),
        Q("Die Regel ist doch eindeutig. Elfmeter gibt es bei einem absichtlichen Handspiel. Das lag hier nicht vor",
          "Felix Magath", "'„…“, sagte Schalkes Trainer Felix Magath zur Sportschau'"),
        Q("Das war kein gutes Spiel von uns, viel zu verkopft, zu verkrampft. Da werden wir in dieser Serie mit Niederlagen "
          "bestraft", "Thomas Tuchel", "'„…“, sagte Thomas Tuchel in einem Interview mit der Sportschau'"),
        Q("So zu verlieren in letzter Sekunde ist richtig ärgerlich, das ist scheiße", "Andreas Beck",
          "'„…“, sagte Andreas Beck, Spieler von Hoffenheim, gegenüber einem ARD-Reporter'"),
        Q("So was habe ich noch nie erlebt. Das gehört nicht auf den Platz", "Bastian Schweinsteiger",
          "'„…“, sagte Schweinsteiger nach dem Spiel zur ARD Sportschau'; the previous sentence says the remark is about "
          "Pinola's alleged spitting (uncertain, B3)", unc=["Javier Pinola"], corpus="resolved"),
    ],
    skipped=[],
)
