# Hand annotations, batch 2, first reading (article 21 of selection-2.tsv). E and Q come from build.py.
ANN = {}

COURT = ["Gericht", "Kammer", "Landgericht Mannheim", "Urteilsbegründung"]
SEID = ["Seidling", "Richter Seidling", "Vorsitzenden Richter Seidling", "Justizbeamten Seidling"]
CLOSING = ("Wir sind überzeugt, dass wir die juristisch richtige Entscheidung getroffen haben. Befriedigung verspüren wir "
           "dadurch jedoch nicht. Wir entlassen den Angeklagten und die Nebenklägerin mit einem möglicherweise nie mehr aus "
           "der Welt zu schaffenden Verdacht, ihn als potentiellen Vergewaltiger, sie als potentielle rachsüchtige "
           "Lügnerin. Wir entlassen den Angeklagten und die Nebenklägerin aber auch mit dem Gefühl, ihren jeweiligen "
           "Interessen durch unser Urteil nicht ausreichend gerecht geworden zu sein.\nBedenken Sie, wenn Sie künftig über "
           "den Fall reden oder berichten, dass Herr Kachelmann möglicherweise die Tat nicht begangen hat und deshalb zu "
           "Unrecht als Rechtsbrecher vor Gericht stand. Bedenken Sie aber auch umgekehrt, dass Frau X. möglicherweise "
           "Opfer einer schweren Straftat war.\n\nVersuchen Sie, sich künftig weniger von Emotionen leiten zu lassen. "
           "Unterstellen Sie die jeweils günstigste Variante für Herrn Kachelmann und Frau X. und führen Sie sich dann vor "
           "Augen, was beide möglicherweise durchlitten haben.Nur dann haben Sie den Grundsatz „in dubio pro reo“ "
           "verstanden")
ANN["de_train_559.txt"] = dict(
    id="de-wikinews-kachelmann-freigesprochen", section="justice",
    entities=[
        E("Jörg Kachelmann", "person", "Kachelmann", "Kachelmanns", "Herr Kachelmann", "Herrn Kachelmann", "Angeklagten",
          role="Wettermoderator, Angeklagter"),
        E("Germany", "country", "deutsche"),
        E("Landgericht Mannheim", "organization", "Landgerichts Mannheim", "Gericht", "Kammer", "Mannheimer Justiz"),
        E("Mannheim", "location", "Mannheimer"),
        E("Seidling", "person", "Richter Seidling", "Vorsitzenden Richter Seidling", "Justizbeamten Seidling",
          role="Vorsitzender Richter", note="first name not given"),
        E("Ulrich Haagen", "person", "Haagen"),
        E("ZDF", "organization"),
        E("ARD", "organization", note="in 'ARD-Journalisten'"),
        E("Wikinews", "organization", "wikinews"),
        E("Alice Schwarzer", "person"),
        E("Frau X.", "person", "Nebenklägerin", "Anzeigenerstatterin",
          note="the joint plaintiff, anonymised by the court as 'Frau X.'"),
        E("Gisela Friedrichsen", "person", "Friedrichsen"),
        E("Sabine Rückert", "person"),
        E("Schwenn", "person", "Verteidiger Schwenn", note="Kachelmann's defence lawyer, first name not given"),
        E("Andrea Combé", "person"),
    ],
    quotes=[
        Q("Kachelmanngroupies", "Ulrich Haagen",
          "'Die „Kachelmanngroupies“ (lt. Ulrich Haagen, ZDF) standen …' — Haagen's label (the corpus skipped it); the "
          "name inside the compound (uncertain)", kind="partial", unc=["Jörg Kachelmann"]),
        Q("nicht von der Unschuld Kachelmanns überzeugt", "Landgericht Mannheim",
          "'Unmissverständlich sagt das Gericht in der folgenden Urteilsbegründung, dass es „…“ sei'", kind="partial",
          accept=COURT, about=["Jörg Kachelmann"]),
        Q("einer Falschbeschuldigung der Nebenklägerin", "Landgericht Mannheim",
          "'Und damit logisch verknüpft auch nicht von „…“' (the same statement goes on); 'der Nebenklägerin' is Frau X.",
          kind="partial", accept=COURT, about=["Frau X."]),
        Q("begründete Zweifel", "Landgericht Mannheim",
          "'Letztlich bestehen „…“ an der Schuld Kachelmanns' — the ruling's words with no speaker in the sentence "
          "(uncertain)", kind="partial", uncertain=True, accept=COURT, about=["Jörg Kachelmann"], corpus="resolved"),
        Q("der ungerechtfertigte, dem Ansehen der Justiz schadende Vorwurf im Raum stehen, Richter seien bei Prominenten "
          "bereit, zu deren Lasten Objektivität, richterliche Sorgfalt und Gesetze außer Acht zu lassen",
          "Landgericht Mannheim",
          "'Das Gericht nutzte die Urteilsbegründung … Es weist den Vorwurf … zurück … Weiterhin bleibe „….“' (the corpus "
          "gave 'die meisten Vor-Ort-Beobachter'); final full stop dropped", kind="partial", accept=COURT, corpus="wrong"),
        Q("mit Füßen getreten", "Seidling",
          "'Richter Seidling kritisiert dafür scharf Internetforen und Blogs, in denen die Persönlichkeitsrechte … „…“ "
          "wurden'", kind="partial", accept=SEID, corpus="resolved"),
        Q("häufig aber auf der Grundlage unvollständiger und fehlerhafter Medienberichte", "Landgericht Mannheim",
          "'Besonders unangenehm musste es für die Kammer gewesen sein, dass auch Sachkundige … „…“ ihre Meinung … kund "
          "taten' — the court's words, no verb of saying (uncertain)", kind="partial", uncertain=True, accept=COURT,
          corpus="resolved"),
        Q("die weit überwiegende Anzahl der unter Ausschluss der Öffentlichkeit vernommenen Zeuginnen keine Interviews "
          "gegeben und damit Anspruch auf Wahrung ihrer Persönlichkeitsrechte hatten", "Landgericht Mannheim",
          "'Das Gericht machte klar, dass „…“'", kind="partial", accept=COURT, corpus="resolved"),
        Q("in einigen Punkten die Unwahrheit gesagt haben", "Landgericht Mannheim",
          "'führt das Gericht aus, dass nicht nur die Nebenklägerin, sondern genauso Kachelmann „…“' — both subjects",
          kind="partial", accept=COURT, about=["Frau X.", "Jörg Kachelmann"], corpus="resolved"),
        Q("distanzierter Aussagestil", "Landgericht Mannheim",
          "'Kachelmann wurden nicht nur ein „…“ sondern auch „…“ attestiert' — passive; the court's findings (uncertain); "
          "said of Kachelmann (B2)", kind="partial", uncertain=True, accept=COURT, about=["Jörg Kachelmann"]),
        Q("unwahre Aussagen", "Landgericht Mannheim", "the second fragment of the same sentence", kind="partial",
          uncertain=True, accept=COURT, about=["Jörg Kachelmann"]),
        Q("manipulative Fähigkeiten", "Landgericht Mannheim",
          "'Dies wurde laut Gericht … eindeutig klar ebenso wie bemerkenswerte „…“ Kachelmanns'", kind="partial",
          accept=COURT, about=["Jörg Kachelmann"], corpus="resolved"),
        Q("Es ist [..] festzuhalten, dass die objektive Beweiskette in die eine wie in die andere Richtung immer wieder "
          "abreißt", "Seidling", "'Seidling sagte: „….“'", accept=SEID, corpus="resolved"),
        Q("wie Pech", [],
          "'nach Aussagen eines Gutachters, die Hautepithelien „…“ kleben würden' — an unnamed expert (phrase accepted)",
          kind="partial", accept=["Gutachter", "eines Gutachters", "Gutachters"]),
        Q("dass auch in der Gesamtschau der Beweisergebnisse keine tragfähige Grundlage für eine Verurteilung von  Herrn "
          "Kachelmann besteht, dass aber umgekehrt angesichts des Ergebnisses der Beweisaufnahme nicht von einer "
          "Falschbeschuldigung durch die Nebenklägerin ausgegangen werden kann", "Landgericht Mannheim",
          "'Das Gericht kam damit zu dem Ergebnis, „….“' (double space in the corpus text kept)", accept=COURT,
          about=["Jörg Kachelmann", "Frau X."], corpus="resolved"),
        Q(CLOSING, "Seidling",
          "the closing words over three paragraphs, after 'Die Aufforderung, vorgetragen durch den … Justizbeamten "
          "Seidling, … liest sich wie ein Mahnwort' (no verb of its own); ONE quote up to '… verstanden. “' (the corpus "
          "stopped at the first paragraph break); Kachelmann and Frau X. named; the nested „in dubio pro reo“ skipped",
          accept=SEID + ["Gericht"], about=["Jörg Kachelmann", "Frau X."]),
    ],
    skipped=["Kerngeschehen", "in dubio pro reo", "preußischen",
             "Wer einmal lügt, dem glaubt man nicht und wenn er auch die Wahrheit spricht"],
    notes=["„Wer einmal lügt, dem glaubt man nicht …“ is a proverb the court cites ('die Weisheit'), nobody's speech: "
           "skipped (the corpus gave it to 'Überzeugte Kachelmannanhänger').",
           "„in dubio pro reo“ (twice) is a legal maxim: skipped."],
)
