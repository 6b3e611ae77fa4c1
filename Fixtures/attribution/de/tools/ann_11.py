# Hand annotations, batch 2, first reading (articles 15-16 of selection-2.tsv). E and Q come from build.py.
ANN = {}

ANN["de_train_177.txt"] = dict(
    id="de-wikinews-iaea-iran-sicherheitsrat", section="foreign / nuclear",
    entities=[
        E("IAEA", "organization", "Internationalen Atomenergieorganisation"),
        E("Gouverneursrat der IAEA", "organization", "Gouverneursrat",
          "Gouverneursrat der Internationalen Atomenergieorganisation"),
        E("UN-Sicherheitsrat", "organization", "UN-Sicherheitsrates", "Sicherheitsrat der Vereinten Nationen",
          "Sicherheitsrat", "höchste UNO-Gremium"),
        E("United Nations", "organization", "Vereinten Nationen", "UNO"),
        E("Iran", "country", "iranischen", "Irans"),
        E("Egypt", "country", "Ägypten"),
        E("Middle East", "location", "Nahen Osten"),
        E("Israel", "country", "Israels"),
        E("United States", "country", "USA", "US-amerikanische"),
        E("EU", "organization", note="named in 'EU-Staaten'"),
        E("Cuba", "country", "Kuba"), E("Syria", "country", "Syrien"), E("Venezuela", "country"),
        E("Munich", "location", "München"),
        E("Abbas Araghchi", "person", "Araghchi", role="iranischer Vize-Außenminister für internationale Beziehungen"),
        E("Germany", "country", "Deutschland", "deutsche"),
        E("Angela Merkel", "person", "Merkel", role="Bundeskanzlerin"),
        E("Mahmud Ahmadinedschad", "person", "Ahmadinedschad", role="iranischer Präsident"),
        E("Donald Rumsfeld", "person", "Rumsfeld", note="called 'Außenminister' by the article"),
    ],
    quotes=[
        Q("Ein Präsident, der das Existenzrecht Israels in Frage stellt und den Holocaust leugnet, kann nicht erwarten, dass "
          "Deutschland dafür auch nur die geringste Toleranz aufbringt", "Angela Merkel",
          "'Dabei griff sie auch direkt den iranischen Präsidenten Mahmud Ahmadinedschad an: „….“' — 'sie' is Merkel; "
          "the attacked is the stated object and 'Ein Präsident' means him; Israel named; Germany is her own country "
          "(uncertain)", about=["Mahmud Ahmadinedschad", "Israel"], unc=["Germany"], corpus="resolved"),
        Q("führenden Förderer von Terrorismus", "Donald Rumsfeld",
          "'Donald Rumsfeld attackierte den Iran als den „…“' — object of the label (B2)", kind="partial", about=["Iran"]),
        Q("sehen, wie er dieses Gesetz ändern kann", "Angela Merkel",
          "'Merkel entgegnete, dann solle der Iran „…“' — subject of the quoted predicate; 'er' is Iran in the same "
          "sentence", kind="partial", about=["Iran"], corpus="resolved"),
    ],
    skipped=[],
)

GALL_ACC = ["Gall", "SPD-Politiker", "SPD-Politikers"]
ANN["de_train_439.txt"] = dict(
    id="de-wikinews-reinhold-gall-polizeigesetz", section="politics / regional (interview)",
    entities=[
        E("Baden-Württemberg", "location", "baden-württembergischen", "baden-württembergische"),
        E("Landesregierung Baden-Württemberg", "organization", "Landesregierung",
          "Kabinett der baden-württembergischen Landesregierung", note="written 'die Landesregierung'"),
        E("Landtag von Baden-Württemberg", "organization", "Landtag"),
        E("Bündnis 90/Die Grünen", "organization", "Grünen"),
        E("Die Linke", "organization", "Linken"),
        E("Reinhold Gall", "person", "Gall", "SPD-Politikers",
          role="Parlamentarischer Geschäftsführer der SPD-Landtagsfraktion"),
        E("SPD-Landtagsfraktion", "organization", "SPD-Fraktion", "baden-württembergische SPD-Fraktion"),
        E("SPD", "organization", "Landes-SPD"),
        E("Wikinews", "organization", note="in 'Wikinews-Benutzers'"),
        E("Heribert Rech", "person", "Rech", role="Innenminister"),
        E("CDU", "organization"),
        E("FDP", "organization"),
        E("Bavaria", "location", "Bayern"),
        E("Bundesverfassungsgericht", "organization"),
    ],
    quotes=[
        Q("Polizeigesetz ist von einem Geist der Stärkung der Eingriffsbefugnisse des Staates geprägt", "Reinhold Gall",
          "title 'Reinhold Gall: „…“' (condensed from his first answer)", kind="headline"),
        Q("ein moderates und ausgewogenes Gesetz", "Heribert Rech",
          "'Die Sichtweise von Innenminister Heribert Rech (CDU), wonach es … „…“ geben werde, „…“ wahre' — Rech's words "
          "(the corpus took 'wonach' for the speaker)", kind="partial", corpus="wrong"),
        Q("das die Balance zwischen den Rechten der Bürger und den Bedürfnissen der Polizei", "Heribert Rech",
          "the second fragment of the same sentence", kind="partial", corpus="wrong"),
        Q("In meinen Augen ist das Gesetz eher von einem Geist der Stärkung der Eingriffsbefugnisse des Staates geprägt als "
          "durch Respekt für die Rechte unserer Bürgerinnen und Bürger, insbesondere für das Grundrecht auf informationelle "
          "Selbstbestimmung. So halten wir z.B. die Ausweitung der Videoüberwachung bei öffentlichen Veranstaltungen und "
          "Ansammlungen allein aufgrund abstrakter Gefährdungsbegriffe für nicht hinnehmbar", "Reinhold Gall",
          "'„…“, so Gall' (written answers to a Wikinews user); the previous sentence says he does not share Rech's "
          "view (aimed at it: uncertain, B3; second reading)", unc=["Heribert Rech"]),
        Q("einen stärkeren Eingriff in die Grundrechte der Bürgerinnen und Bürger dar, deren Ergebnisse – nach unserer "
          "Einschätzung – diese steigende Intensität nicht rechtfertigen können", "Reinhold Gall",
          "'… stellen nach Meinung des SPD-Politikers „…“' — the SPD politician is Gall", kind="partial",
          accept=GALL_ACC, corpus="resolved"),
        Q("Allerdings bleibt das Problem der Verlagerung der Kriminalität auch in Zukunft bestehen", "Reinhold Gall",
          "'„A“ laut Gall „B“' — one quote interrupted by its attribution", parts=[
              "Allerdings bleibt das Problem der Verlagerung der Kriminalität", "auch in Zukunft bestehen"]),
        Q("Der Dauerbetrieb in Bayern mit 35 Scannern und einer Kontrolle von fünf Millionen Fahrzeugen pro Monat verzeichnete "
          "eine Trefferquote von 0,03 Prozent, wovon fast die Hälfte säumige Versicherungszahler waren", "Reinhold Gall",
          "'Gall schreibt: „….“'; Bavaria named", about=["Bavaria"]),
        Q("Eine Beschränkung dieses Rechts darf nur in engen gesetzlichen Schranken erfolgen, die das Bundesverfassungsgericht "
          "in seinem Urteil vom 11. März 2008 gesetzt hat", "Reinhold Gall",
          "no verb, inside Gall's reported answers ('Gall schreibt: … Zum anderen stehe …: „….“'); the court named",
          about=["Bundesverfassungsgericht"]),
        Q("in Anbetracht des Eingriffs in die Grundrechte einer großen Vielzahl von Personen", "Reinhold Gall",
          "'Sie solle sich der Einsatz, so Gall, „…“ auf schwere Fälle begrenzen'", kind="partial"),
        Q("Der Gesetzentwurf der Landesregierung zum Versammlungsrecht erscheint ebenfalls im Lichte einer strengeren "
          "Kontrolle durch staatliche Behörden. Dies wird deutlich durch die verlängerten Anmeldefristen, die Befugnis zur "
          "Ablehnung der die Versammlung leitenden Person und besonders in der Ausweitung der Videoüberwachung in "
          "Verbindung mit der weitgehenden nachträglichen Verwendung dieser Aufzeichnungen", "Reinhold Gall",
          "'Zum geplanten schärferen Versammlungsrecht in Baden-Württemberg schreibt Reinhold Gall: „….“' — the stated "
          "topic names Baden-Württemberg; the Landesregierung named in the quote",
          about=["Landesregierung Baden-Württemberg", "Baden-Württemberg"]),
        Q("voll umfänglich", "Reinhold Gall",
          "'Die Absicht, die die Landesregierung … verfolge, unterstütze die SPD „…“' — Gall's answer for his party (SPD "
          "accepted); the Landesregierung is the subject of the relative clause (uncertain)", kind="partial",
          accept=GALL_ACC + ["SPD"], unc=["Landesregierung Baden-Württemberg"]),
        Q("Allerdings darf zum einen nicht aus den Augen verloren werden, dass der Grundrechtsschutz des Artikels 8 für alle "
          "Versammlungen gilt und nicht in Abhängigkeit der inhaltlichen Bewertung oder einer ‚gesellschaftlichen "
          "Wünschbarkeit‘ gewährt wird. Zum anderen muss sichergestellt sein, dass diese Vorschrift im Geiste der Verfasser "
          "Anwendung findet und nicht als Feigenblatt für das Verbot von missliebigen Demonstrationen missbraucht wird",
          "Reinhold Gall", "'Relativierend fügt Gall hinzu: „….“'; the nested ‚…‘ is a term, skipped"),
    ],
    skipped=["Militanzverbot", "gesellschaftlichen Wünschbarkeit"],
)
