# Hand annotations, first reading (articles 6-9 of selection.tsv). E and Q come from build.py.
ANN = {}

STUDY = ["Studie", "Friedrich-Ebert-Stiftung", "FES", "polis/sinus"]
ANN["de_train_425.txt"] = dict(
    id="de-wikinews-studie-distanz-buerger-politik", section="politics / society (survey)",
    entities=[
        E("Friedrich-Ebert-Stiftung", "organization", "FES"),
        E("SPD", "organization", "SPD-nahen"),
        E("Germany", "country", "Deutschland", "Bundesbürger"),
        E("Frank Karl", "person", "Karl",
          role="Leiter der Abteilung Gesellschaftspolitische Information bei der FES"),
        E("polis/sinus", "organization", note="the polling institute that ran the survey"),
    ],
    quotes=[
        Q("Große grundsätzliche Distanz der Bürger zur Politik", [],
          "title 'Studie: „…“ in Deutschland': the words of the study (a document: speakers [], the study and its "
          "publisher accepted); 'in Deutschland' is the setting", kind="headline", accept=STUDY, uncertain=True),
        Q("Jeder Dritte glaubt nicht mehr daran, dass die Politik in der Lage ist, Probleme zu lösen", [],
          "opens the text: '„….“ Das ist die zentrale Aussage einer Studie, die von der … Friedrich-Ebert-Stiftung (FES) "
          "in Auftrag gegeben worden war' — a document's words (final full stop dropped)", accept=STUDY, uncertain=True),
    ],
    skipped=["weniger gut", "schlecht", "nicht verteidigenswert"],
    notes=["„weniger gut“, „schlecht“ and „nicht verteidigenswert“ are answer options of the survey that a share of "
           "the respondents chose ('37 Prozent …', '22 Prozent teilen die Meinung'), not anyone's speech: skipped (the "
           "corpus had them as quotes of '37 Prozent' / '22 Prozent').",
           "Frank Karl is reported only in indirect speech (no marks): not gold."],
)

ANN["de_train_081.txt"] = dict(
    id="de-wikinews-koehler-bundestag-aufloesung", section="politics",
    entities=[
        E("Horst Köhler", "person", "Köhler", "Bundespräsident", "Bundespräsidenten", "Bundespräsident Horst Köhler",
          role="Bundespräsident"),
        E("Gerhard Schröder", "person", "Schröder", "Bundeskanzler", "Bundeskanzlers", "Kanzlers",
          "Bundeskanzler Schröder", role="Bundeskanzler"),
        E("Bundestag", "organization", "Bundestages", "deutschen Bundestag"),
        E("Wolfgang Thierse", "person", "Thierse", role="Bundestagspräsident"),
        E("Germany", "country", "Deutschlands", "deutschen"),
        E("SPD", "organization"),
        E("Bundesregierung", "organization"),
        E("Werner Schulz", "person", "Schulz"),
        E("Bündnis 90/Die Grünen", "organization", "Grüne"),
        E("Jelena Hoffmann", "person", "Hoffmann"),
        E("Bundesverfassungsgericht", "organization"),
        E("Bundesverband der Deutschen Industrie", "organization", "BDI", "Bundesverband der Deutschen Industrie e.V."),
        E("Jürgen R. Thumann", "person", "Thumann", "BDI-Präsident", role="BDI-Präsident"),
    ],
    quotes=[
        Q("eine verlässliche, handlungsfähige Mehrheit im Bundestag", "Horst Köhler",
          "inside the Bundespräsident's reported reasons (subjunctive chain from 'Der Bundespräsident begründete seine "
          "Entscheidung …', 'sehe er, Köhler'); the Bundestag is named in the quote", kind="partial",
          about=["Bundestag"]),
        Q("Ich bin davon überzeugt, dass damit die verfassungsrechtlichen Voraussetzungen für die Auflösung des "
          "Bundestages gegeben sind", "Horst Köhler",
          "no verb: follows Köhler's reported conclusion in the same paragraph ('sei er zu dem Schluss gekommen …')",
          about=["Bundestag"]),
        Q("souveräne Entscheidung", "Gerhard Schröder",
          "'Der Bundeskanzler nahm … Stellung. Er bezeichnete diese als eine „…“' — 'Er' is the Bundeskanzler; 'diese' "
          "is the Bundespräsident's decision named in the previous sentence (pronoun outside the sentence: uncertain)",
          kind="partial", unc=["Horst Köhler"]),
        Q("dass mehr Wertschöpfung und Wachstum in unserem Land entstehen", "Jürgen R. Thumann",
          "'… „…“, erklärte der BDI-Präsident Jürgen R. Thumann'; 'unserem Land' is first person (no target)",
          accept=["Thumann", "BDI-Präsident", "Bundesverband der Deutschen Industrie", "BDI"]),
    ],
    skipped=[],
)

ANN["de_train_689.txt"] = dict(
    id="de-wikinews-boris-johnson-premierminister", section="politics / foreign",
    entities=[
        E("Boris Johnson", "person", "Johnson", "Johnsons", role="Premierminister"),
        E("Elizabeth II.", "person", "Queen Elizabeth II."),
        E("United Kingdom", "country", "Vereinigtes Königreich", "Vereinigten Königreiches", "Vereinigten Königreich",
          "britischer", "britischen"),
        E("Downing Street", "location", "Haus Nummer 10 in der Downing Street"),
        E("Theresa May", "person", "May", "Mays", "scheidende Premierministerin"),
        E("Unterhaus", "organization", note="the House of Commons"),
        E("Jeremy Corbyn", "person", "Corbyn"),
        E("Labour Party", "organization"),
        E("EU", "organization"),
        E("Jeremy Hunt", "person", "Hunt"),
        E("Dominic Raab", "person", "Raab"),
        E("David Davis", "person"),
        E("Spiegel Online", "organization"),
        E("Damian Hinds", "person"), E("Jeremy Wright", "person"), E("Greg Clark", "person"), E("Liam Fox", "person"),
        E("Penny Mordaunt", "person"),
        E("The Guardian", "organization"),
        E("David Lidington", "person"), E("Philip Hammond", "person"), E("Rory Stewart", "person"),
        E("David Gauke", "person"), E("Gavin Williamson", "person"),
        E("Nationaler Sicherheitsrat", "organization", "Nationalen Sicherheitsrat"),
        E("Huawei", "organization"),
        E("Ben Wallace", "person"), E("Michael Gove", "person"), E("Matt Hancock", "person"),
        E("Stephen Barclay", "person"), E("Liz Truss", "person"), E("Sajid Javid", "person"), E("Priti Patel", "person"),
        E("Conservative Party", "organization", "Tory", note="named only in 'Tory-Flügel'"),
        E("Margaret Thatcher", "person", "Eiserne Lady", "Eisernen Lady"),
        E("India", "country", "indischstämmiger"),
        E("Uganda", "country", "Ugander"),
    ],
    quotes=[
        Q("volle Unterstützung", "Theresa May",
          "'Theresa May hatte … Rede und Antwort gestanden. Sie sicherte dabei Johnson ihre „…“ zu' — 'Sie' is May of the "
          "previous sentence (unambiguous); the support is for Johnson (B2)", kind="partial", about=["Boris Johnson"]),
        Q("einen neuen Deal, einen besseren Deal", "Boris Johnson",
          "'In seiner Antrittsrede erklärte Johnson … Er werde „…“ aushandelt'", kind="partial"),
        Q("unbegründeter Selbstzweifel", "Boris Johnson",
          "'drei Jahre „…“ darüber, wie das Land den Brexit schaffen wolle' — 'das Land' is the United Kingdom, a "
          "complement of the label (uncertain)", kind="partial", unc=["United Kingdom"]),
        Q("Das Wichtigste ist, dass wir bis Ende Oktober aus der EU raus sind – vorzugsweise mit einem Abkommen",
          "Dominic Raab", "'„…“, sagte Raab laut Spiegel Online'; 'wir' is first person", about=["EU"]),
    ],
    skipped=["Eisernen Lady"],
)

ANN["de_train_221.txt"] = dict(
    id="de-wikinews-braunbaer-abschuss", section="environment / regional",
    entities=[
        E("Werner Schnappauf", "person", "Schnappauf", "Umweltminister", "bayerische Umweltminister",
          "Umweltministers", role="bayerischer Umweltminister"),
        E("Bavaria", "location", "Bayerns", "bayerische"),
        E("CSU", "organization"),
        E("Munich", "location", "München"),
        E("Germany", "country", "Deutschland"),
        E("Garmisch-Partenkirchen", "location"),
        E("WWF", "organization", "Umweltschutzorganisation WWF", "Umweltschutzorganisation"),
        E("Bayerische Staatsregierung", "organization", "Staatsregierung", note="written only as 'Staatsregierung'"),
    ],
    quotes=[
        Q("Der Bär ist zu einem Problembären geworden", "Werner Schnappauf", "'„…“, so Schnappauf'"),
        Q("Der Bär ist ganz offensichtlich außer Rand und Band", "Werner Schnappauf",
          "second quote right after '„…“, so Schnappauf', no verb of its own (final full stop dropped)"),
        Q("verhaltensauffälligen Bären", "WWF",
          "'nach Meinung der Umweltschutzorganisation … von dem „…“ ausgehe' (the WWF's press release)", kind="partial"),
    ],
    skipped=["Management Plan"],
)
