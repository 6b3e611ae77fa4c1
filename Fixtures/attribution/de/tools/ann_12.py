# Hand annotations, batch 2, first reading (articles 17-18 of selection-2.tsv). E and Q come from build.py.
ANN = {}

ANN["de_train_325.txt"] = dict(
    id="de-wikinews-passfotos-online-zugriff-kritik", section="politics / data protection",
    entities=[
        E("Germany", "country", "Deutschland", "Bundesbürger"),
        E("taz", "organization"),
        E("Peter Schaar", "person", "Schaar", "Bundesdatenschutzbeauftragter",
          role="Bundesbeauftragter für den Datenschutz und die Informationsfreiheit"),
        E("Bundesregierung", "organization", "Regierung"),
        E("Gewerkschaft der Polizei", "organization", "GdP"),
        E("SPD", "organization"),
        E("Jörg Tauss", "person", "Tauss", role="SPD-Bundestagsabgeordneter"),
        E("Gisela Piltz", "person", "Piltz", role="innenpolitische Sprecherin der FDP-Bundestagsfraktion"),
        E("FDP-Bundestagsfraktion", "organization"),
        E("Wolfgang Schäuble", "person", "Schäuble", "Bundesinnenminister", "Bundesinnenminister Schäuble",
          role="Bundesinnenminister"),
        E("CDU", "organization"),
        E("Otto Schily", "person", "Schily", role="ehemaliger Bundesinnenminister"),
    ],
    quotes=[
        Q("Wortbruch", [],
          "'Datenschützer äußerten grundsätzliche Bedenken … und warfen der Regierung unter anderem „Wortbruch“ vor' — "
          "unnamed data protectionists (Schaar, who uses the word later, accepted); 'der Regierung' is the "
          "Bundesregierung, object of the reproach (B2)", kind="partial", accept=["Datenschützer", "Peter Schaar", "Schaar"],
          about=["Bundesregierung"]),
        Q("das prophylaktische Scannen", "Jörg Tauss", "'oder, wie sich Tauss ausdrückte, „…“ der ganzen Bevölkerung'",
          kind="partial"),
        Q("die biometrischen Daten zur erkennungsdienstlichen Behandlung aller Bundesbürger", "Gisela Piltz",
          "'… Gisela Piltz; sie ist …. Sie warf dem Bundesinnenminister Wolfgang Schäuble (CDU) vor, „…“ zu missbrauchen' "
          "— 'Sie' is Piltz (the corpus gave Tauss); Schäuble is the accused (B2); 'Bundesbürger' names Germany's "
          "citizens (A2)", kind="partial", about=["Wolfgang Schäuble", "Germany"], corpus="wrong"),
        Q("Wortbruch", "Peter Schaar",
          "'Peter Schaar, … übte ebenfalls Kritik an den Plänen. Er bezeichnete die Pläne als „Wortbruch“' — 'Er' is "
          "Schaar (the corpus gave Tauss); the plans are the government's, not named in the sentence (uncertain)",
          kind="partial", unc=["Bundesregierung"], corpus="wrong"),
        Q("zentralisierte[n] Referenzdatei", "Peter Schaar",
          "'Bisher habe die Bundesregierung die Einrichtung einer „…“ ausgeschlossen' — Schaar's reported speech after 'Er "
          "bezeichnete die Pläne als „Wortbruch“' (the corpus gave Tauss); the Bundesregierung is the subject",
          kind="partial", about=["Bundesregierung"], corpus="wrong"),
        Q("Vernetzung der 5.300 Pass- und Personalausweisregister", "Peter Schaar",
          "'Auf dem Weg einer „…“ komme die Bundesregierung nun aber zum selben Ergebnis' (Schaar's reported speech goes "
          "on)", kind="partial", about=["Bundesregierung"], corpus="wrong"),
        Q("Die auf dem neuen Reisepass enthaltenen biometrischen Merkmale sind ausschließlich auf dem Pass gespeichert",
          "Otto Schily", "'So hatte der ehemalige Bundesinnenminister Otto Schily … zugesichert: „….“'"),
        Q("Die bei der Passbehörde gespeicherten Fingerabdrücke sind spätestens nach der Aushändigung des Passes an den "
          "Passbewerber zu löschen", [],
          "'steht … in dem Gesetzentwurf für ein neues Passgesetz noch der Passus: „….“' — a draft law (speakers [], the "
          "draft accepted)", accept=["Gesetzentwurf für ein neues Passgesetz", "Gesetzentwurf"]),
        Q("Nur damit nicht vernetzt werden kann, können wir die Daten doch nicht vernichten", "Wolfgang Schäuble",
          "'Bundesinnenminister Schäuble: „….“'"),
    ],
    skipped=["Gesetz zur Änderung des Passgesetzes"],
    notes=["The article has two quotes „Wortbruch“, of the unnamed 'Datenschützer' and of Peter Schaar, in text order."],
)

BVG = ["Bundesverfassungsgericht", "Urteil", "höchstrichterlichen Urteil", "Gericht", "Verfassungsgericht"]
ANN["de_train_390.txt"] = dict(
    id="de-wikinews-online-durchsuchung-grundrecht", section="justice / data protection",
    entities=[
        E("Bundesverfassungsgericht", "organization", "Verfassungsgericht", "Gericht"),
        E("Germany", "country", "Deutschland", "Bundes"),
        E("North Rhine-Westphalia", "location", "Nordrhein-Westfalen"),
        E("Die Linke", "organization", "Die Linke."),
        E("FDP", "organization"),
        E("Gerhart Baum", "person", "Baum", role="FDP-Politiker und ehemaliger Bundesinnenminister"),
        E("Brigitte Zypries", "person", "Zypries", role="Bundesjustizministerin"),
        E("SPD", "organization"),
        E("Wolfgang Schäuble", "person", "Schäuble", "Innenminister Schäuble", "Minister", role="Bundesinnenminister"),
        E("CDU", "organization"),
        E("Bundesinnenministerium", "organization", "Innenministeriums"),
        E("Bundeskriminalamt", "organization", "BKA"),
        E("Welt-Online", "organization"),
    ],
    quotes=[
        Q("konkreten Gefahr für ein überragend wichtiges Rechtsgut", "Bundesverfassungsgericht",
          "'Mit dem höchstrichterlichen Urteil bedürfen Infiltrationen … und sind nur bei einer „…“ zulässig' — words of "
          "the ruling, no verb of saying (uncertain; the corpus gave a phrase about the new basic right)", kind="partial",
          uncertain=True, accept=BVG, corpus="wrong"),
        Q("Leib, Leben und Freiheit", "Bundesverfassungsgericht", "the ruling's wording again (uncertain)",
          kind="partial", uncertain=True, accept=BVG, corpus="wrong"),
        Q("den Bestand des Staates", "Bundesverfassungsgericht", "the ruling's wording again (uncertain)",
          kind="partial", uncertain=True, accept=BVG, corpus="wrong"),
        Q("Grundlagen der Existenz der Menschen", "Bundesverfassungsgericht", "the ruling's wording again (uncertain)",
          kind="partial", uncertain=True, accept=BVG, corpus="wrong"),
        Q("Die Verfassungsschutzbehörde darf nach Maßgabe des § 7 zur Informationsbeschaffung als nachrichtendienstliche "
          "Mittel die folgenden Maßnahmen anwenden:\n[…]\n11. heimliches Beobachten und sonstiges Aufklären des Internets, "
          "wie insbesondere die verdeckte Teilnahme an seinen Kommunikationseinrichtungen bzw. die Suche nach ihnen, sowie "
          "der heimliche Zugriff auf informationstechnische Systeme auch mit Einsatz technischer Mittel", [],
          "'§ 5 Abs. 2, Nr. 11, Satz 1 des Gesetzes, in dem es unter anderem heißt: „….“' — a statute (speakers []); ONE "
          "quote over three lines with the editors' […] (the corpus kept only the first line)",
          accept=["§ 5 Abs. 2, Nr. 11, Satz 1 des Gesetzes", "Gesetzes über den Verfassungsschutz in Nordrhein-Westfalen"]),
        Q("um neuartigen Gefährdungen zu begegnen, zu denen es im Zuge des wissenschaftlich-technischen Fortschritts und "
          "gewandelter Lebensverhältnisse kommen kann", "Bundesverfassungsgericht",
          "'Das Bundesverfassungsgericht reagiert mit dem Urteil nach eigenen Worten auch auf den technischen Wandel. … "
          "„…“'", kind="partial", accept=BVG),
        Q("Möglichkeiten der Persönlichkeitsentfaltung auch neue Persönlichkeitsgefährdungen", "Bundesverfassungsgericht",
          "'Das Gericht sieht neben neuen „…“ auf die Bürger zukommen'", kind="partial", accept=BVG),
        Q("grundrechtlich erhebliches Schutzbedürfnis", "Bundesverfassungsgericht",
          "'Daraus wird ein „…“ abgeleitet' — the court's reasoning goes on", kind="partial", accept=BVG),
        Q("Mit dem neuen Grundrecht auf Gewährleistung der Vertraulichkeit und Integrität informationstechnischer Systeme "
          "stärkt das Bundesverfassungsgericht die Freiheitsrechte", "Brigitte Zypries",
          "'Zypries sieht in dem Urteil nun eine Bestätigung ihrer Rechtsauffassung: „….“'; the court named",
          about=["Bundesverfassungsgericht"]),
        Q("Ich gehe davon aus, dass nunmehr die beabsichtigte und von allen Experten und Polizeipraktikern für notwendig "
          "gehaltene Regelung im BKA-Gesetz so rasch wie möglich umgesetzt werden kann, damit dem Bundeskriminalamt eine "
          "Kompetenz zur Abwehr von Gefahren aus dem internationalen Terrorismus [...] übertragen werden kann",
          "Wolfgang Schäuble", "'„…“, zitiert Welt-Online den Minister' — Schäuble; the BKA named ('BKA-Gesetz' is a law)",
          about=["Bundeskriminalamt"], corpus="resolved"),
    ],
    skipped=["Gesetzes über den Verfassungsschutz in Nordrhein-Westfalen", "Die Linke."],
)
