# Hand annotations, batch 2, first reading (articles 11-14 of selection-2.tsv). E and Q come from build.py.
ANN = {}

DS = ["Sprecher der Downing Street", "ein Sprecher der Downing Street", "Sprecher", "Downing Street"]
ANN["de_train_252.txt"] = dict(
    id="de-wikinews-britische-moslems-brief-blair", section="politics / foreign policy",
    entities=[
        E("United Kingdom", "country", "Vereinigten Königreich", "Vereinigte Königreich", "britischen", "britische",
          "Britische"),
        E("Tony Blair", "person", "Blair", "Premierminister", "Premierminister Tony Blair", role="Premierminister"),
        E("Moslemrat Großbritanniens", "organization", "Moslemrats Großbritanniens"),
        E("Moslemgesellschaft Großbritanniens", "organization"),
        E("Britisches Moslemforum", "organization", "britischen Moslemforums"),
        E("Moslemsolidaritätskomitee", "organization", "Moslemsolidaritätskomitees"),
        E("Sadiq Khan", "person", "Khan", role="Parlamentsmitglied"),
        E("Middle East", "location", "Nahen Ostens"),
        E("Downing Street", "organization", note="the Prime Minister's office ('ein Sprecher der Downing Street')"),
        E("Afghanistan", "country"),
        E("Iraq", "country", "Irak"),
        E("United States", "country", "USA"),
    ],
    quotes=[
        Q("Diese Regierung hat einige große Erfolge in der Außenpolitik zu verzeichnen, die geholfen haben, die Welt zu "
          "verbessern. Aber die gegenwärtige Politik bezüglich des Nahen Ostens wird von fast jedem, mit dem ich mich "
          "unterhalte, als unfair und ungerecht angesehen", "Sadiq Khan",
          "right after 'Sadiq Khan … verurteilte die Haltung der Regierung bezüglich des Nahen Ostens.' (no verb of its "
          "own); the Middle East named and the stated object; 'Diese Regierung' names no entity", about=["Middle East"]),
        Q("Ob wir es mögen oder nicht, solch ein Gefühl von Ungerechtigkeit führt zu Extremismus. Als moderate Leute werden "
          "wir alles tun, was wir können, um Extremismus zu bekämpfen. Wir hoffen, dass sich die Regierung uns dabei "
          "anschließen wird, nicht nur durch den Wechsel der Richtlinien für Handgepäck, sondern auch, indem sie sich "
          "selbst als Anwalt für Gerechtigkeit in der Welt zeigt", "Sadiq Khan",
          "a paragraph of its own with no attribution after Khan's quote (uncertain speaker)", uncertain=True),
        Q("Wir sollten uns immer daran erinnern, dass der Terrorismus, der heutzutage den Westen angreift, muslimische "
          "Länder seit mehreren Jahrzehnten   am Gedeihen gehindert hat. Das ging sicherlich unserer Entscheidung voraus, "
          "die Demokratie in Afghanistan und im Irak zu unterstützen, und natürlich auch den Anschlägen vom 11. September. "
          "Unsere Außenpolitik ist darauf ausgerichtet, die Völker dieser Länder in ihrem Wunsch zu unterstützen, in einer "
          "Demokratie zu leben, so wie wir uns ihrer im Vereinigten Königreich erfreuen", "Downing Street",
          "'Als Antwort auf den Brief sagte ein Sprecher der Downing Street: „….“' — an unnamed spokesman, given to the "
          "office (as the other sets give party sources to the party); Afghanistan and Iraq named; the United Kingdom is "
          "the speaker's own (uncertain); the triple space is in the corpus text", accept=DS,
          about=["Afghanistan", "Iraq"], unc=["United Kingdom"], corpus="resolved"),
        Q("steht bereit", "Downing Street",
          "'Der Sprecher teilte auch mit, Tony Blair „…“, sich … zu treffen' — Blair is the subject of the quoted "
          "predicate (B2)", kind="partial", accept=DS, about=["Tony Blair"], corpus="resolved"),
    ],
    skipped=[],
)

ANN["de_train_124.txt"] = dict(
    id="de-wikinews-streit-richtlinienkompetenz-merkel", section="politics",
    entities=[
        E("CDU", "organization"), E("CSU", "organization"), E("SPD", "organization"),
        E("CDU/CSU", "organization"),
        E("Angela Merkel", "person", "Merkel", "Merkels", "Frau Merkel", "Bundeskanzlerin Angela Merkel",
          "CDU-Kanzlerkandidatin", role="künftige Bundeskanzlerin"),
        E("Edmund Stoiber", "person", "Stoiber", role="CSU-Vorsitzender", note="named only as 'Stoiber'"),
        E("Michael Glos", "person", "Glos", role="CSU-Landesgruppenchef", note="named only as 'Glos'"),
        E("Franz Müntefering", "person", "Franz Münteferin", "Münteferin", role="SPD-Vorsitzender",
          note="misspelt 'Münteferin' in the text"),
        E("Volker Kauder", "person", "Kauder", role="CDU-Generalsekretär"),
        E("Michael Müller", "person", "Müller", role="stellvertretender SPD-Fraktionsvorsitzender"),
        E("Renate Schmidt", "person", "Schmidt", role="Familienministerin"),
        E("SPD-Fraktion", "organization"),
    ],
    quotes=[
        Q("Die Entscheidungen fallen im Kreise der Parteivorsitzenden und der Fraktionsvorsitzenden", "Edmund Stoiber",
          "'Stoiber hatte besonders die Rolle der Fraktions- und Parteivorsitzenden betont: „….“'; the paragraph's "
          "first sentence says these statements concern Merkel's Richtlinienkompetenz (uncertain, B3; second reading)",
          unc=["Angela Merkel"]),
        Q("Die Anwendung der Richtlinie, die ist nicht lebenswirklich. Wer das macht in einer Koalition, der weiß, dass die "
          "Koalition zu Ende ist", "Franz Müntefering",
          "'Die praktische Anwendung der Richtlinienkompetenz des Bundeskanzlers stellte der SPD-Vorsitzende Franz "
          "Münteferin ebenfalls in Frage: „….“' — the office, which Merkel is to hold (uncertain)", unc=["Angela Merkel"]),
        Q("die Richtlinien der Politik und trägt dafür die Verantwortung", [],
          "'Nach dem Artikel 65 des Grundgesetzes bestimmt der Bundeskanzler „…“' — a legal text (speakers [], the "
          "article accepted)", kind="partial", accept=["Artikel 65 des Grundgesetzes", "Grundgesetz", "Artikel 65 GG"],
          corpus="resolved"),
        Q("nicht den Eindruck, dass sie es kann", "Michael Müller",
          "'Michael Müller bezweifelte offen die Eignung Merkels für das Amt des Bundeskanzlers: Er habe „…“' — 'sie' is "
          "Merkel, named in the same sentence and the stated object", kind="partial", about=["Angela Merkel"]),
        Q("Ich gehe mal davon aus, dass nicht alle Stimmen der SPD-Fraktion auf Frau Merkel entfallen werden, weil es große "
          "Vorbehalte gibt", "Renate Schmidt",
          "'Auch die amtierende Familienministerin Renate Schmidt (SPD) äußerte Vorbehalte …: „….“'; Merkel named; the "
          "SPD-Fraktion is her own party's group (uncertain)", about=["Angela Merkel"], unc=["SPD-Fraktion"]),
    ],
    skipped=[],
)

ANN["de_train_328.txt"] = dict(
    id="de-wikinews-phil-spector-mordprozess", section="justice / culture",
    entities=[
        E("The Beatles", "organization", "Beatles", note="named in 'Beatles-LP'"),
        E("Phil Spector", "person", "Spector", "Spectors", "Spencers", note="'Spencers Villa' is a misspelling of Spector's"),
        E("Los Angeles", "location"),
        E("California", "location", "kalifornischen"),
        E("United States", "country", "Vereinigten Staaten"),
        E("Alan Jackson", "person", "Jackson", "Staatsanwalt Alan Jackson", role="Staatsanwalt"),
        E("Lana Clarkson", "person", "Clarkson", "Clarksons", "Lara Clarkson", note="written 'Lara Clarkson' once"),
        E("Adriano De Souza", "person", "De Souza"),
        E("Bruce Cutler", "person", "Cutler", role="Spectors Verteidiger"),
    ],
    quotes=[
        Q("eine geladene Pistole in den Mund von Lara Clarkson", "Alan Jackson",
          "'Jackson geht davon aus, dass Spector „…“ gesteckt und abgedrückt habe' — Clarkson named; Spector the subject "
          "of the quoted predicate (B2)", kind="partial", about=["Lana Clarkson", "Phil Spector"]),
        Q("unter bestimmten Umständen", "Alan Jackson",
          "'Staatsanwalt Alan Jackson hält Spector „…“ für „…“' — an adverbial fragment of the judgement on Spector "
          "(uncertain)", kind="partial", unc=["Phil Spector"]),
        Q("böse und gefährlich", "Alan Jackson", "the label of the same sentence, said of Spector (B2)", kind="partial",
          about=["Phil Spector"]),
    ],
    skipped=["Let it be"],
)

ANN["de_train_623.txt"] = dict(
    id="de-wikinews-weltsozialforum-tunis", section="politics / society",
    entities=[
        E("Weltsozialforum", "organization", "Forum", "11. Weltsozialforum"),
        E("Tunisia", "country", "Tunesien", "tunesischen", "Tunesiens", "Mutterland des Arabischen Frühlings"),
        E("Tunis", "location"),
        E("Egypt", "country", "Ägypten"),
        E("Houcine Abassi", "person", "Abassi", role="Generalsekretär der UGIT"),
        E("Union Générale Tunisienne du Travail", "organization", "UGIT", "Gewerkschaftsverbandes"),
        E("dpa", "organization", "Nachrichtenagentur dpa"),
        E("Ali Larajedh", "person", "Larajedh", note="usually transcribed Ali Laarayedh"),
        E("Halima Jouini", "person", "Jouini", role="Vorstandsmitglied der tunesischen Menschenrechtsliga"),
        E("Tunesische Menschenrechtsliga", "organization", "tunesischen Menschenrechtsliga"),
        E("ARD", "organization"),
        E("Zine el-Abidine Ben Ali", "person", "Ben Ali", "Diktator Ben Ali", note="named only as 'Ben Ali'"),
    ],
    quotes=[
        Q("Wir werden nicht zurückkehren zu Unterdrückung und Diktatur. Wir werden unsere Revolution vollenden",
          "Houcine Abassi", "'Houcine Abassi, … sagte gegenüber der Nachrichtenagentur dpa: „….“' (dpa is the addressee)"),
        Q("Frauen haben sich gegen den Diktator Ben Ali gestellt, und nun wollen sie erreichen, dass die Rechte der Frauen "
          "in der neuen Verfassung geschützt und festgeschrieben werden, die Menschenrechte, die Gleichheit der "
          "Geschlechter", "Halima Jouini",
          "'Halima Jouini, … sagte dazu gegenüber der ARD: „…,“ betont sie'; Ben Ali named", about=["Zine el-Abidine Ben Ali"]),
        Q("Tunesiens Frauen wollen Vorbilder sein für Frauen in aller Welt, dafür kämpfen sie weiter an vorderster Front",
          "Halima Jouini", "right after '„…,“ betont sie', no verb of its own; Tunisia is her own country (uncertain)",
          unc=["Tunisia"]),
    ],
    skipped=["Menschenwürde"],
)
