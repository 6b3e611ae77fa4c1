# Hand annotations, batch 2, first reading (articles 1-3 of selection-2.tsv). E and Q come from build.py.
ANN = {}

ANN["de_train_287.txt"] = dict(
    id="de-wikinews-volkswagen-werk-indien", section="economy",
    entities=[
        E("Volkswagen AG", "organization", "Volkswagen", "VW", "VW-Mutterkonzern", "Konzern"),
        E("India", "country", "Indien", "indischen", "indischer"),
        E("Pune", "location"),
        E("Maharashtra", "location"),
        E("New Delhi", "location", "Neu-Delhi"),
        E("Škoda Auto", "organization", "Skoda", "Volkswagentochter Škoda Auto"),
        E("V.K. Jairath", "person", "Jairath", role="Industrieminister"),
        E("Chakan", "location"),
        E("Hans Dieter Pötsch", "person", "Pötsch", role="VW-Finanzvorstand"),
        E("Europe", "location", "Europas"),
        E("Aurangabad", "location"),
    ],
    quotes=[
        Q("In absehbarer Zeit", "Hans Dieter Pötsch",
          "'„…“, so VW-Finanzvorstand Hans Dieter Pötsch, wird VW „…“' — two fragments joined by the journalist's 'wird "
          "VW' (two partial quotes, as the corpus); VW, the subject, is his own company (uncertain)", kind="partial",
          unc=["Volkswagen AG"]),
        Q("auch ein Fahrzeug entwickeln, das speziell auf die Bedürfnisse des indischen Marktes maßgeschneidert sein wird",
          "Hans Dieter Pötsch", "the second fragment of the same sentence; 'indischen' names India", kind="partial",
          about=["India"], unc=["Volkswagen AG"]),
        Q("Die Wachstumsperspektiven sind aus unserer Sicht sehr positiv. Als größter Automobilhersteller Europas werden wir "
          "dieses dynamische Wachstum entscheidend mitgestalten", "Hans Dieter Pötsch",
          "'Pötsch beschrieb die Bedeutung des indischen Marktes für den Konzern mit den Worten: „….“' — stated object "
          "with India in its complement (B1); 'Automobilhersteller Europas' is the speaker's own company's role (A2: "
          "not Europe; second reading)", about=["India"]),
    ],
    skipped=["Passat", "Touareg", "Phaeton"],
)

ANN["de_train_185.txt"] = dict(
    id="de-wikinews-cannabis-expertentreffen-bielefeld", section="health / drugs",
    entities=[
        E("Drogenberatung", "organization", note="the Bielefeld drug counselling service, written only as 'die Drogenberatung'"),
        E("Ärztekammer Westfalen-Lippe", "organization"),
        E("Bielefeld", "location", "Bielefelder"),
        E("Ursula Castrup", "person", "Castrup",
          role="Leiterin der Bielefelder Fachstelle für Suchtvorbeugung"),
        E("Bielefelder Fachstelle für Suchtvorbeugung", "organization"),
        E("Bremen", "location", "Bremer"),
        E("Heino Stoever", "person", "Stoever", "Dr. Heino Stoever", role="Bremer Forscher"),
    ],
    quotes=[
        Q("in 95 Prozent der Fälle nicht wirklich schadet", [],
          "'Zur Frage der Gefährlichkeit … herrschte die Meinung vor, dass Cannabis „…“' — the prevailing view of the "
          "meeting, no speaker named; Castrup, quoted in the next sentence on the same point, accepted", kind="partial",
          uncertain=True, accept=["Ursula Castrup", "Castrup"]),
        Q("maßvoll und die meisten vorübergehend", "Ursula Castrup", "'… „…“, so Ursula Castrup, die Leiterin …'",
          kind="partial"),
        Q("Gelassenheit und Aufmerksamkeit", "Heino Stoever", "'Der Bremer Forscher Dr. Heino Stoever riet allgemein zu „…“'",
          kind="partial"),
    ],
    skipped=["Cannabis - ein Problem?!", "Cannabis"],
)

UNI = ["Universität", "Universität Bayreuth", "Universitätsleitung"]
ANN["de_train_551.txt"] = dict(
    id="de-wikinews-plagiatsfall-guttenberg-bayreuth", section="politics / science",
    entities=[
        E("Universität Bayreuth", "organization", "Universität", "Universitätsleitung"),
        E("Untersuchungskommission der Universität Bayreuth", "organization", "Untersuchungskommission", "Kommission",
          "Untersuchungskommission der rechtswissenschaftlichen Fakultät der Universität Bayreuth"),
        E("Karl-Theodor zu Guttenberg", "person", "zu Guttenberg", "Zu Guttenberg", "Guttenberg", "Guttenbergs",
          "Ex-Minister", "Verteidigungsministers", role="zurückgetretener Verteidigungsminister"),
        E("CSU", "organization"),
        E("Süddeutsche Zeitung", "organization", "Süddeutscher Zeitung", "Zeitung"),
        E("Kommission Selbstkontrolle", "organization"),
        E("Staatsanwaltschaft Hof", "organization"),
        E("Rüdiger Bormann", "person", "Bormann", role="Universitätspräsident"),
        E("Peter Häberle", "person", "Häberle", role="Doktorvater zu Guttenbergs"),
    ],
    quotes=[
        Q("absichtliche Täuschung", "Universität Bayreuth",
          "title 'Plagiatsfall Guttenberg: Universität Bayreuth unterstellt „…“' — the topic line names Guttenberg (B1)",
          kind="headline", about=["Karl-Theodor zu Guttenberg"], accept=UNI + ["Untersuchungskommission"]),
        Q("absichtlicher", [],
          "'Von „absichtlicher“ oder „mutwilliger Täuschung“ sprechen Medienberichte heute im Zusammenhang mit der "
          "Doktorarbeit des … Karl-Theodor zu Guttenberg' — unnamed reports (the Süddeutsche, named next, and the "
          "commission it cites accepted); Guttenberg in the stated object", kind="partial", uncertain=True,
          accept=["Medienberichte", "Süddeutsche Zeitung", "Untersuchungskommission"],
          about=["Karl-Theodor zu Guttenberg"]),
        Q("mutwilliger Täuschung", [], "the second fragment of the same sentence", kind="partial", uncertain=True,
          accept=["Medienberichte", "Süddeutsche Zeitung", "Untersuchungskommission"],
          about=["Karl-Theodor zu Guttenberg"]),
        Q("mit Absicht abgeschrieben haben muss", "Süddeutsche Zeitung",
          "'kam laut Süddeutscher Zeitung zu dem Schluss, dass der ehemalige Verteidigungsminister „…“, wie die Zeitung "
          "schreibt' — the paper's words for the commission's finding (commission accepted); subject Guttenberg (B2)",
          kind="partial", accept=["Zeitung", "Untersuchungskommission"], about=["Karl-Theodor zu Guttenberg"]),
        Q("Vorwurf des Täuschungsvorsatzes weiter in der Kommission Selbstkontrolle", "Universität Bayreuth",
          "'Die Universität hatte … erklärt, sie wolle dem „…“ nachgehen'; the charge is against Guttenberg, not named in "
          "the sentence (uncertain); the Kommission Selbstkontrolle is the university's own body (uncertain)",
          kind="partial", accept=UNI, unc=["Karl-Theodor zu Guttenberg", "Kommission Selbstkontrolle"], corpus="resolved"),
        Q("Beide Gutachter gingen selbstverständlich von der Beachtung der Regeln wissenschaftlichen Arbeitens durch den "
          "dafür allein verantwortlichen Doktoranden aus. Ansatzpunkte für ein Fehlverhalten hinsichtlich der gebotenen "
          "korrekten Angabe der verwendeten Quellen hatten beide Gutachter damals nicht. Der Einsatz technischer Mittel "
          "zur Erkennung von Plagiaten war 2006 nicht üblich", "Universität Bayreuth",
          "'Warum die Universität … nicht erkannte, dass es sich bei der von zu Guttenberg vorgelegten Dissertation um "
          "einen Täuschungsversuch gehandelt hatte, erklärte die Universität so: „….“' — the question it answers names "
          "Guttenberg, and 'den … verantwortlichen Doktoranden' can only be him", accept=UNI,
          about=["Karl-Theodor zu Guttenberg"], corpus="resolved"),
        Q("ein aufrichtiges Anliegen, mich an der Klärung der Fragen hinsichtlich meiner Dissertation zu beteiligen",
          "Karl-Theodor zu Guttenberg", "'Er hatte aber auch gesagt, es sei ihm „…“' — 'Er' is zu Guttenberg of the "
          "previous sentence", kind="partial"),
        Q("Persönlichkeitsrechte", [],
          "'In einem Schreiben seiner Anwälte … wurden diese auf die „…“ ihres Mandanten hingewiesen' — unnamed lawyers; "
          "'ihres Mandanten' is Guttenberg (B2)", kind="partial", accept=["Anwälte", "seiner Anwälte"],
          about=["Karl-Theodor zu Guttenberg"]),
        Q("irritiert", "Universität Bayreuth",
          "'Die Universitätsleitung habe dieses Schreiben „…“ zur Kenntnis genommen' — the university management's word "
          "in reported speech, no verb of saying (uncertain; the corpus gave it to zu Guttenberg)", kind="partial",
          uncertain=True, accept=UNI, corpus="wrong"),
        Q("entsprechend seiner früheren Äußerungen und Stellungnahmen, seine Vorbehalte bezüglich der Veröffentlichung, "
          "insbesondere hinsichtlich des Ergebnisses der Prüfung der erhobenen Plagiatsvorwürfe, zurückzunehmen und eine "
          "umfassende Information zu unterstützen", "Rüdiger Bormann",
          "'Universitätspräsident Rüdiger Bormann wird mit den Worten aus einem an zu Guttenberg gerichteten Schreiben "
          "zitiert. Darin wird der Ex-Minister aufgefordert, „…“' — 'seiner', 'seine' are the Ex-Minister of the same "
          "sentence", kind="partial", about=["Karl-Theodor zu Guttenberg"]),
        Q("existenziell enttäuscht", "Peter Häberle",
          "'Peter Häberle, erklärte …, über den Versuch, die Veröffentlichung des Gutachtens zu verhindern, sei er „…“' — "
          "the attempt is Guttenberg's (previous paragraph; uncertain)", kind="partial",
          unc=["Karl-Theodor zu Guttenberg"]),
    ],
    skipped=["summa cum laude"],
)
