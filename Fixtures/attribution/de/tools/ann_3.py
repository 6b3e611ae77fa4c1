# Hand annotations, first reading (articles 10-13 of selection.tsv). E and Q come from build.py.
ANN = {}

ANN["de_train_306.txt"] = dict(
    id="de-wikinews-muenstersche-zeitung-redaktion", section="media",
    entities=[
        E("Münstersche Zeitung", "organization", "Münsterschen Zeitung", "Zeitung", "Blatt"),
        E("Lutz Schumacher", "person", "Schumacher", role="Verlagsleiter"),
        E("Frank Biermann", "person", "Biermann",
          role="Vorsitzender der Deutschen Journalistinnen- und Journalisten-Union für das Münsterland"),
        E("Deutsche Journalistinnen- und Journalisten-Union", "organization",
          "Deutschen Journalistinnen- und Journalisten-Union"),
        E("Münsterland", "location"),
        E("Medienhaus Lensing", "organization", "Eigentümer", "Verlag", "Verleger"),
        E("Ruhr Nachrichten", "organization"),
        E("Dortmund", "location", "Dortmunder"),
    ],
    quotes=[
        Q("Schärfung des journalistischen Profils", "Münstersche Zeitung",
          "'In der Montagsausgabe der „Münsterschen Zeitung“ war vieles neu: … und – so der eigene Wunsch – eine „…“' — "
          "the paper's own wish, in its own words; its own profile (first person: no target)", kind="partial"),
        Q("Mit diesem Ziel stellt die Münstersche Zeitung mit dieser Montagsausgabe ihre redaktionelle Produktion auf neue "
          "Beine", "Münstersche Zeitung",
          "'In der Zeitung fand sich dazu die Feststellung „…“' (a written statement of the paper); the paper names "
          "itself in the third person (uncertain target)", unc=["Münstersche Zeitung"]),
        Q("unfassbar, mit welcher sozialen Kälte und Gleichgültigkeit von heute auf morgen gestandenen Lokaljournalisten "
          "der Stuhl vor die Tür gesetzt wird", "Frank Biermann", "'Frank Biermann, Vorsitzender …, sagte …, es sei „…“'",
          kind="partial"),
        Q("schwierigen Marktsituation", "Medienhaus Lensing",
          "'In einer Pressemitteilung erklärte der Eigentümer, das auch die Dortmunder „Ruhr Nachrichten“ verlegende "
          "Medienhaus Lensing, dass das Blatt in einer „…“ stecke' — the owner speaks, not the Ruhr Nachrichten; 'das "
          "Blatt' is the Münstersche Zeitung, subject of the quoted predicate", kind="partial",
          about=["Münstersche Zeitung"], accept=["Eigentümer", "Medienhaus Lensing"]),
    ],
    skipped=["Münstersche Zeitung", "Münsterschen Zeitung", "Verschränkung", "neue Beine", "Ruhr Nachrichten"],
    notes=["„Verschränkung“ is a term from the paper's relaunch, listed without a speech verb: skipped; „neue Beine“ "
           "mentions the words of the quote before it: skipped."],
)

ANN["de_train_412.txt"] = dict(
    id="de-wikinews-myanmar-hilfsorganisationen-behindert", section="foreign / disaster",
    entities=[
        E("Myanmar", "country", "Myanmars", "Landes", "Land"),
        E("Elizabeth Byrs", "person", "Byrs"),
        E("OCHA", "organization", "UN-Büro zur Koordinierung von Hilfsmaßnahmen"),
        E("Geneva", "location", "Genf"),
        E("Regierung Myanmars", "organization", "Regierung von Myanmar", "Militärregierung Myanmars", "Junta",
          "Behörden des Landes"),
        E("Technisches Hilfswerk", "organization", "THW", "Technischen Hilfswerks"),
        E("Germany", "country", "Deutschland", "deutsche", "Bundesrepublik Deutschland"),
        E("taz", "organization"),
        E("Weltgesundheitsorganisation", "organization"),
        E("Ärzte ohne Grenzen", "organization"),
        E("Yangon", "location", "Rangun"),
        E("Irawaddy-Delta", "location"),
        E("France", "country", "Frankreichs"),
        E("UN-Sicherheitsrat", "organization", "Sicherheitsrats der Vereinten Nationen"),
        E("United Nations", "organization", "Vereinten Nationen", "UN"),
        E("China", "country"),
        E("Indonesia", "country", "Indonesien"),
        E("Thailand", "country", "thailändische"),
        E("Surayud Chulanont", "person", "Chulanont", role="thailändischer Ministerpräsident"),
        E("European Union", "organization", "Europäische Union", "EU"),
        E("Louis Michel", "person", role="EU-Kommissar"),
        E("Heidemarie Wieczorek-Zeul", "person", "Wieczorek-Zeul", role="Bundesentwicklungshilfeministerin"),
        E("Wolfgang Nešković", "person", "Nešković", "Linkspolitiker", role="Linkspolitiker"),
        E("Die Linke", "organization", "Linkspartei", note="written 'Die Linkspartei'"),
        E("Bundeswehr", "organization"),
        E("Tagesspiegel", "organization"),
        E("Nicolas Sarkozy", "person", "Sarkozy", note="named only as 'Sarkozy'"),
        E("Auswärtiges Amt", "organization", "Auswärtige Amt", "Auswärtige Amt der Bundesrepublik Deutschland"),
    ],
    quotes=[
        Q("Sanktionen zu tun oder militärischen Aktionen", "Heidemarie Wieczorek-Zeul",
          "'Die deutsche Bundesentwicklungshilfeministerin Heidemarie Wieczorek-Zeul sprach sich gegen … aus. Zwar sei "
          "politischer Druck notwendig, das habe aber nichts mit „…“' (her reported speech goes on)", kind="partial"),
        Q("Es ist so, wie Sarkozy das sagt: Man kommt mit Militär an und verteilt die Güter. Und wenn sich dann das dortige "
          "Militär einem entgegenstellt, dann stellt man sicher, dass man die Güter weiter verteilen kann. Ich räume ein, "
          "dass dafür eigentlich ein Beschluss des UN-Sicherheitsrat nötig ist", "Wolfgang Nešković",
          "'Gegenüber dem Tagesspiegel sagte der Linkspolitiker: „….“' — the Linkspolitiker is Nešković of the previous "
          "sentences; Sarkozy and the Security Council named in the quote; 'das dortige Militär' is Myanmar's (uncertain)",
          about=["Nicolas Sarkozy", "UN-Sicherheitsrat"], unc=["Myanmar"]),
        Q("von Reisen in diese Gebiete […] daher abgesehen werden", "Auswärtiges Amt",
          "the Foreign Office's travel warning on its website ('gab auf seiner Internetseite … heraus. … sollte „….“'); "
          "'diese Gebiete' are regions of Myanmar (the journalist's 'des Landes': uncertain)", kind="partial",
          unc=["Myanmar"]),
    ],
    skipped=["Nargis", "übergesetzlichen Notstand"],
    notes=["„übergesetzlichen Notstand“ is a legal term Nešković invoked: skipped, as in the other sets."],
)

ANN["de_train_037.txt"] = dict(
    id="de-wikinews-heinz-kluncker-tot", section="obituary / trade unions",
    entities=[
        E("Heinz Kluncker", "person", "Kluncker", "Klunckers", "ÖTV-Chef", role="ehemaliger ÖTV-Chef"),
        E("ÖTV", "organization", "Öffentliche Dienste, Transport und Verkehr"),
        E("Stuttgart", "location"), E("Wuppertal", "location"),
        E("DGB", "organization", note="named in 'DGB-Gewerkschaft'"),
        E("Germany", "country", "Deutschlands"),
        E("SPD", "organization"),
        E("Willy Brandt", "person", "Brandt", "Brandts"),
        E("Monika Wulf-Mathies", "person"),
        E("Internationale der Öffentlichen Dienste", "organization", "IÖD"),
        E("ver.di", "organization", "Dienstleistungsgewerkschaft ver.di"),
        E("Frank Bsirske", "person", "Bsirske", role="Vorsitzender der Dienstleistungsgewerkschaft ver.di"),
    ],
    quotes=[
        Q("Lohnverzichtstheorien", "Heinz Kluncker", "'warnte Kluncker vor den „…”' — his word", kind="partial"),
        Q("Lohnverzicht bringt auch den Arbeitslosen nichts, sondern führt nur zu einer weiteren Konzentration der Vermögen",
          "Heinz Kluncker", "'Er sagte damals dazu: „…”' — 'Er' is Kluncker of the previous sentence (unambiguous)"),
        Q("eine bedeutende Persönlichkeit und einen großen Gewerkschafter", "Frank Bsirske",
          "'Frank Bsirske, würdigte Kluncker in einer Presseveröffentlichung heute als „…“' — object of the label (B2)",
          kind="partial", about=["Heinz Kluncker"]),
    ],
    skipped=["Öffentliche Dienste, Transport und Verkehr", "der Dicke", "der Buhmann der Nation",
             "Internationale der Öffentlichen Dienste"],
    notes=["„der Dicke” and „der Buhmann der Nation” are nicknames (of friends and critics, of 'viele Wirtschaftsbosse'): "
           "skipped, as the other sets skip nicknames."],
)

ANN["de_train_265.txt"] = dict(
    id="de-wikinews-hirsi-ali-glas-der-vernunft", section="society / awards",
    entities=[
        E("Ayaan Hirsi Ali", "person", "Hirsi Ali", "Ali", "Alis"),
        E("Somalia", "country"),
        E("Netherlands", "country", "niederländische", "niederländischen", "Niederlanden"),
        E("Alice Schwarzer", "person", "Schwarzer", role="Feministin"),
        E("Africa", "location", "Afrikas"),
        E("Theo van Gogh", "person"),
        E("Kassel", "location", "Stadt Kassel"),
        E("Europe", "location", "Europa"),
        E("Regierung Balkenende", "organization"),
        E("Jan Peter Balkenende", "person", "Balkenende", note="named only in 'Regierung Balkenende'"),
        E("United States", "country", "USA"),
        E("American Enterprise Institute", "organization"),
    ],
    quotes=[
        Q("Ich begrüße, dass Europa auf den Dialog setzt, notfalls auch mit Radikalen. Aber jeder Dialog muss Bedingungen "
          "haben, für beide Seiten", "Ayaan Hirsi Ali",
          "'Ali bekannte sich in ihrer Rede … zu einem selbstbewussten Dialog mit dem Islam: „….“'; Europe named",
          about=["Europe"]),
        Q("Ich kritisiere diesen Irrglauben, dass sie uns verschonen werden, wenn wir die radikalen Muslime nur gewähren "
          "lassen. Das ist eine westeuropäische Nachkriegskrankheit. Eine chronische dazu, denn genau das hat zu den "
          "früheren Kriegen geführt", "Ayaan Hirsi Ali",
          "'Sie äußerte sich auch gegen …: „….“' — 'Sie' is Ali of the previous sentence; 'westeuropäische' names a "
          "region, no entity of the article"),
        Q("die sich in besonderer Weise um die Maximen der Aufklärung – Überwindung ideologischer Schranken, Vernunft und "
          "Toleranz – verdient gemacht haben", [],
          "'„…“, heißt es auf der Webseite des Preises der Stadt Kassel' — a web page's words (a document: speakers [])",
          uncertain=True, accept=["Webseite des Preises der Stadt Kassel", "Webseite des Preises"]),
    ],
    skipped=["Glas der Vernunft", "American Enterprise Institute"],
    notes=["„Glas der Vernunft“ (twice) is the name of the prize: skipped (the corpus had its second mention as a quote "
           "of the prize's web page)."],
)
