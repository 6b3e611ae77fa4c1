# Hand annotations, batch 2, first reading (articles 19-20 of selection-2.tsv). E and Q come from build.py.
ANN = {}

ANN["de_train_657.txt"] = dict(
    id="de-wikinews-sankt-petersburg-metro-explosion", section="foreign / terrorism",
    entities=[
        E("Russia", "country", "russischen", "Russlands"),
        E("Saint Petersburg", "location", "Sankt Petersburg"),
        E("Interfax", "organization", "Agentur „Interfax“"),
        E("Viktor Oserow", "person", "Oserow", role="Abgeordneter des russischen Föderationsrates"),
        E("Föderationsrat", "organization", "Föderationsrates", "russischen Föderationsrates"),
        E("Vladimir Putin", "person", "Putin", note="named only as 'Putin'"),
        E("RIA", "organization", "Agentur RIA"),
        E("Life News", "organization"),
        E("Reuters", "organization"),
        E("Sennaja Ploschtschad", "location"),
        E("Strelna", "location"),
        E("Twitter", "organization"),
        E("Bundesregierung", "organization"),
        E("Steffen Seibert", "person", "Steffan Seibert", "Seibert", role="Regierungssprecher",
          note="misspelt 'Steffan Seibert'"),
        E("Sigmar Gabriel", "person", "Siegmar Gabriel", "Gabriel", role="Bundesaußenminister",
          note="misspelt 'Siegmar Gabriel'"),
    ],
    quotes=[
        Q("Alle Anzeichen deuteten auf einen Terroranschlag hin", "Viktor Oserow",
          "'„…“, hieß es vom Abgeordneten des russischen Föderationsrates Viktor Oserow'"),
        Q("Unfall, Verbrechen und vor allem Terror", "Vladimir Putin",
          "'Putin sagte auf den Kontext bezogen: „…“'", kind="partial", corpus="resolved"),
        Q("hinterhältigen Anschlag", "Bundesregierung",
          "'Auf den Kurznachrichtendienst Twitter zeigte sich die Bundesregierung bestürzt … und verurteilte ihn als „…“'",
          kind="partial"),
        Q("Das sind furchtbare Nachrichten aus Sankt Petersburg", "Steffen Seibert",
          "'Regierungsprecher Steffan Seibert schrieb bei Twitter: „…“'; Saint Petersburg named",
          about=["Saint Petersburg"], corpus="resolved"),
        Q("unser Mitgefühl allen Betroffenen und ihren Familien gelte", "Steffen Seibert",
          "'…, weiter hieß es, dass „…“' — the same tweet goes on", kind="partial", corpus="resolved"),
        Q("Das zeigt, dass wir überall auf der Welt einen großen Gegner haben: Das sind Terroristen und Menschen, die andere "
          "in Angst und Schrecken versetzen wollen", "Sigmar Gabriel", "'„…“, sagte Gabriel'", corpus="resolved"),
    ],
    skipped=["Interfax", "Life News", "Reuters", "Sennaja Ploschtschad"],
)

ANN["de_train_369.txt"] = dict(
    id="de-wikinews-arbeitslosenquote-november-2007", section="economy",
    entities=[
        E("Germany", "country", "deutschen"),
        E("Bundesagentur für Arbeit", "organization"),
        E("Frank-Jürgen Weise", "person", "Weise", role="Chef der Bundesagentur für Arbeit"),
        E("Nuremberg", "location", "Nürnberg"),
        E("Gerhard Schröder", "person", "Schröder"),
    ],
    quotes=[
        Q("Die positive Entwicklung am Arbeitsmarkt setzt sich fort", "Frank-Jürgen Weise",
          "'„…“, äußerte sich der Chef der Bundesagentur für Arbeit, Frank-Jürgen Weise, in Nürnberg'"),
        Q("Ich rechne damit, dass es uns gelingt, bis zum Ende der Legislaturperiode 2002 die Arbeitslosigkeit auf unter 3,5 "
          "Millionen zu drücken", "Gerhard Schröder",
          "'die Marke …, die Gerhard Schröder … zum eigenen Erfolgskriterium erklärt hatte: „….“ und „….“' (final full "
          "stops dropped)"),
        Q("Wenn wir es nicht schaffen, die Arbeitslosigkeit signifikant zu senken, haben wir es nicht verdient, "
          "wiedergewählt zu werden", "Gerhard Schröder", "the second quote of the same sentence"),
    ],
    skipped=[],
)
