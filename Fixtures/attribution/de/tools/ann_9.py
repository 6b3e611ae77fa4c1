# Hand annotations, batch 2, first reading (articles 8-10 of selection-2.tsv). E and Q come from build.py.
ANN = {}

ANN["de_train_358.txt"] = dict(
    id="de-wikinews-fifa-vergibt-wm-deutschland-brasilien", section="sport",
    entities=[
        E("FIFA", "organization", "Fédération Internationale de Football Association", "Verband", "Verbandes"),
        E("Germany", "country", "Deutschland", "Deutschlands", "deutsche"),
        E("Brazil", "country", "Brasilien", "brasilianischen"),
        E("Canada", "country", "Kanada"),
        E("Switzerland", "country", "Schweiz"),
        E("France", "country", "Frankreich", "Nachbarland"),
        E("Peru", "country"),
        E("Australia", "country", "Australien"),
        E("Europe", "location", "Europa", "europäischer", "europäischem"),
        E("North America", "location", "nordamerikanischem"),
        E("Theo Zwanziger", "person", "Zwanziger", role="Präsident des Deutschen Fußball Verbands (DFB)"),
        E("DFB", "organization", "Deutschen Fußball Verbands", "Deutscher Fußball-Bund"),
        E("Sepp Blatter", "person", "Blatter", "FIFA-Chef", role="FIFA-Chef"),
        E("Franz Beckenbauer", "person", "Beckenbauer", "Kaiser"),
        E("China", "country"),
        E("Angela Merkel", "person", "Merkel", role="Bundeskanzlerin"),
        E("CDU", "organization", note="in 'Mittelstandsvereinigung der CDU'"),
        E("Zurich", "location", "Zürich"),
        E("Birgit Prinz", "person"), E("Fatmire Bajramaj", "person"),
        E("South America", "location", "Südamerika"),
        E("Hugo Salcedo", "person", "Salcedo", role="Kopf einer Gruppe von Inspektoren"),
        E("CBF", "organization", "Confederação Brasileira de Futebol", "brasilianischen Fußballverband"),
    ],
    quotes=[
        Q("sehr respektabel", "Theo Zwanziger",
          "'Theo Zwanziger, Präsident des … (DFB) nannte die Bewerbung von Kanada „…“' — object of the label (B2)",
          kind="partial", about=["Canada"]),
        Q("Europa dran ist", "Theo Zwanziger",
          "'… stellte aber gleichzeitig fest, dass „Europa dran ist.“' (final full stop dropped)", kind="partial",
          about=["Europe"]),
        Q("Wenn sich Deutschland bewirbt und auch noch den 'Kaiser' [Franz Beckenbauer] - wie schon vor der Männer-WM - in "
          "der ganzen Welt herumschickt, würde ich sagen, dass sie in die Favoritenrolle gekommen sind", "Sepp Blatter",
          "'„…“, sagte der FIFA-Chef Sepp Blatter'; Germany named, Beckenbauer by the editors' insertion (A6); the nested "
          "'Kaiser' (straight single quotes) is a nickname, skipped", about=["Germany", "Franz Beckenbauer"]),
        Q("Weil der deutsche Frauenfußball immer mehr im Kommen ist, würde es ihm, wie ich meine, gut zu Gesicht stehen, "
          "wenn wir uns um die Austragung der Weltmeisterschaft 2011 bewerben würden. Ich sage jedenfalls: Sollte sich der "
          "DFB zu einer solchen Bewerbung entschließen, werde ich dieses Vorhaben gerne unterstützen", "Angela Merkel",
          "'hatte Bundeskanzlerin Angela Merkel in einer Rede verkündet: „….“'; the DFB named; 'deutsche' is the "
          "chancellor's own country (uncertain)", about=["DFB"], unc=["Germany"]),
        Q("ein Konzept mit sechs bis acht Stadien vorlegen", "Theo Zwanziger",
          "'Theo Zwanziger hatte dies … bekannt gegeben. Ursprünglich wollte er „…“' — 'er' is Zwanziger (the corpus gave "
          "Merkel)", kind="partial"),
        Q("Für uns besteht kein Zweifel, dass Brasilien seinen Zusagen im Bewerbungsdossier nachkommen wird", "Hugo Salcedo",
          "'„…“, sagte Hugo Salcedo, Kopf einer Gruppe von Inspektoren'; Brazil named", about=["Brazil"]),
        Q("mit Vorsicht zu genießen", "FIFA",
          "'Diese [Summe] … sei „…“, …, so die FIFA' — the sum was set by the CBF, a complement (uncertain)",
          kind="partial", unc=["CBF"]),
    ],
    skipped=["Fédération Internationale de Football Association", "Deutscher Fußball-Bund", "DFB", "WM-Tauglichkeit",
             "Confederação Brasileira de Futebol", "CBF", "Kaiser"],
)

ANN["de_train_373.txt"] = dict(
    id="de-wikinews-muenchen-radfahrer-urteil", section="justice / local",
    entities=[
        E("Munich", "location", "München"),
        E("Lindwurmstraße", "location"),
        E("Ute Bader", "person", "Bader", "Amtsrichterin Ute Bader", "Richterin", role="Amtsrichterin"),
        E("Wolfgang Dingfelder", "person", "Dingfelder", "Anwalt Dingfelder", role="Verteidiger"),
    ],
    quotes=[
        Q("Was ist mit dem Radler passiert?", [],
          "'Der Student … hatte gefragt: „…“' — the unnamed defendant (role phrase accepted)", kind="direct",
          accept=["Student", "der Student", "26-jähriger BWL-Student"]),
        Q("persönlich", "Ute Bader",
          "'Zwar würde sie dem Angeklagten „…“ durchaus eine Bewährung zubilligen' — the judge's word in her reported "
          "reasons ('sie' is the Amtsrichterin of the previous sentence; the corpus skipped it)", kind="partial"),
        Q("dissozial", "Wolfgang Dingfelder",
          "'zumal Verteidiger Wolfgang Dingfelder immer wieder betont hatte, der Angeklagte sei weder „…“, „…“' — the "
          "defendant is unnamed", kind="partial"),
        Q("noch hätte er sich jemals etwas zu schulden kommen lassen", "Wolfgang Dingfelder",
          "the second fragment of the same sentence", kind="partial"),
        Q("wenn jemand mit 1,9 Promille einen Radfahrer zusammenfährt", "Ute Bader", "'… „…“, so Ute Bader'",
          kind="partial"),
        Q("Ich bin mir bewusst, dass das unentschuldbar ist", [],
          "'„…“, sagte der Student auf der Anklagebank' — unnamed (role phrase accepted)",
          accept=["Student", "der Student", "26-jähriger BWL-Student"]),
    ],
    skipped=[],
)

ANN["de_train_393.txt"] = dict(
    id="de-wikinews-asia-domain-antraege", section="technology / internet",
    entities=[
        E("Asia", "location", "Asien", "asiatischen"),
        E("Europe", "location", "Europa"),
        E("North America", "location", "Nordamerika"),
        E("DotAsia", "organization"),
        E("Dotalliance Inc.", "organization"),
        E("EuroDNS SA", "organization"),
        E("Edmon Chung", "person", "Chung", role="CEO von DotAsia"),
    ],
    quotes=[
        Q("Wir haben mehrere Anmeldungen für bedeutende „Small-Business-Unternehmen“ in der ‚Sunrise-Phase‘ vor der "
          "Echtzeit-Registrierungsphase gehabt. Diese (Reservierungen) haben eine Signalwirkung, und mehrere registrierte "
          "Organisationen bekamen ihre gewünschten Websites. Mit 300.000 Registrierungen lag die Anzahl in der Nähe der "
          "allgemeinen Erwartungen. Insgesamt betrachtet besteht nach der ‚Asia‘-Domain eine starke Nachfrage",
          "Edmon Chung",
          "'„…“, sagte Edmon Chung, CEO von DotAsia' — ONE quote: its nested „Small-Business-Unternehmen“ uses the same "
          "marks as the outer quote, and the corpus cut it into four pieces; the nested terms and the domain name ‚Asia‘ "
          "are skipped; 'Wir' is DotAsia (first person)"),
    ],
    skipped=[".asia", "DotAsia", "Landrush", "Small-Business-Unternehmen", "Sunrise-Phase", "Asia"],
)
