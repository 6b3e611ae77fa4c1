/// The mutable state of recognizing one article: one value per call, never shared.
struct RecognitionSession {
    let g: EntityGazetteer

    /// An entity known by a fixed name: gazetteer hits and unknown proper nouns.
    struct Named {
        var name: String
        var kind: EntityKind
        var mentions: [EntityMention] = []
    }

    /// A role as the article words it, reduced to a class and qualifiers so translations compare equal:
    /// "portavoce del Cremlino" and "Kremlin spokesman" → (spokesman, {Kremlin}).
    struct Role: Hashable {
        var roleClass: String
        var qualifiers: Set<String>
        var text: String
    }

    /// A capitalized word run that may name a person.
    struct NameCandidate {
        var keys: [String]
        var surface: String
        var span: TextSpan
        /// Context says it is a person (a role before it, a speech verb, a first name, an apposition).
        var strong: Bool
        var sentenceInitial: Bool
        var role: Role?
    }

    struct Person {
        var first: String?
        var surname: String
        var nameSurface: String
        var tokenCount: Int
        var mentions: [EntityMention] = []
        var roles: [Role] = []
        var firstOffset: TextSpan
    }

    /// The first scalar and the length of a surname: the key `finish()` finds people by.
    struct SurnameShape: Hashable {
        var initial: Unicode.Scalar?
        var length: Int

        init(initial: Unicode.Scalar?, length: Int) {
            self.initial = initial
            self.length = length
        }

        init(_ surname: String) {
            self.init(initial: surname.unicodeScalars.first, length: surname.unicodeScalars.count)
        }
    }

    struct RoleMention {
        var role: Role
        var span: TextSpan
        var surface: String
    }

    var named: [String: Named] = [:]
    var candidates: [NameCandidate] = []
    var roleMentions: [RoleMention] = []
    /// Capitalized words of all-caps headlines not in the gazetteer: linked to people found in the body.
    var headlineWords: [(key: String, span: TextSpan, surface: String)] = []

    init(gazetteer: EntityGazetteer) {
        g = gazetteer
    }

    // MARK: - Scanning one part

    /// The tagger's margin (`EntityTagger.Span.margin`) above which it names a phrase of several capitalized words
    /// that no rule cue marks. Clear names score 250 to 900; on the Fixtures dev set, capitalized programme and
    /// product names ("Export Enhancement Program") and word pairs that are no name score 130 to 230.
    static let uncuedNameMargin: Float = 240

    private static let determiners: Set<String> = [
        "il", "lo", "la", "l", "i", "gli", "le", "the", "del", "dello", "della", "dell", "dal", "dallo", "dalla",
        "dall", "al", "allo", "alla", "all", "nel", "nella", "nell", "sul", "sulla", "sull", "col", "un", "uno",
        "una", "a", "an", "el", "les", "der", "die", "den", "dem", "des", "du", "suo", "sua", "his", "her", "its",
        "their", "loro", "nostro",
    ]
    private static let linkWords: Set<String> = [
        "di", "del", "dello", "della", "dell", "dei", "degli", "delle", "of", "the", "de", "du", "des", "da", "for",
        "per", "d", "von", "der", "s",
    ]
    /// "sottosegretario alla Giustizia": a role's complement after "a" + article, only before a name.
    private static let roleToLinks: Set<String> = ["al", "alla", "allo", "all", "ai", "agli", "alle"]
    private static let roleComplementLinks: Set<String> = [
        "di", "del", "dello", "della", "dell", "degli", "dei", "delle", "of", "de", "du", "des", "d",
    ]
    private static let streetWords: Set<String> = [
        "via", "viale", "piazza", "piazzale", "corso", "largo", "vicolo", "strada", "stradello", "borgo", "calle",
        "rue", "avenue", "boulevard", "straße", "strasse", "platz", "lungomare", "circonvallazione",
    ]
    private static let directions: Set<String> = ["nord", "sud", "est", "ovest", "centro", "north", "south", "east", "west"]
    private static let saints: Set<String> = ["san", "santa", "santo", "sant", "saint", "st", "sankt", "santi"]
    private static let placePrepositions: Set<String> = [
        "a", "in", "da", "at", "from", "to", "near", "nel", "nella", "presso", "verso", "zona", "quartiere",
        "frazione", "località",
    ]
    /// Head words that make an unknown capitalized phrase an organization.
    static let organizationHeads: Set<String> = [
        "associazione", "azienda", "banca", "bank", "party", "partito", "department", "ministry", "ministero",
        "council", "consiglio", "commission", "commissione", "agency", "agenzia", "universita", "university",
        "company", "corp", "corporation", "inc", "ltd", "plc", "group", "gruppo", "federazione", "federation",
        "association", "board", "committee", "comitato", "tribunale", "corte", "court", "istituto", "institute",
        "fondazione", "foundation", "ospedale", "hospital", "club", "spa", "srl", "snc", "cooperativa", "coop",
        "consorzio", "alliance", "union", "unione", "confederation", "confederazione", "service", "servizio",
        "office", "ufficio", "authority", "autorita", "bar", "hotel", "ristorante", "pizzeria", "trattoria",
        "cicli", "industries", "industria", "industry", "motors", "airlines", "petroleum", "oil", "exchange",
        "times", "post", "journal", "news", "televisione", "radio", "scuola", "school", "liceo", "teatro",
        "museo", "museum", "squadra", "esercito", "army", "navy", "reserve", "fund", "fondo", "staff",
        "stato", "maggiore", "guard", "guardia", "police", "polizia", "carabinieri", "questura", "prefettura",
        "procura", "regione", "provincia", "comune", "chiesa", "church", "parrocchia", "onlus", "parliament",
        "executive", "administration", "electric", "edison", "utilities", "casa",
        // English heads of charities, clubs, firms and media ("Shelter Trust", "Acme Labs", "Warner Music").
        "trust", "charity", "society", "campaign", "coalition", "academy", "college", "labs", "laboratories",
        "studios", "pictures", "records", "music", "media", "network", "networks", "airways", "systems",
        "technologies", "holdings", "partners", "ventures", "capital", "securities", "entertainment", "games",
        "software", "telecom", "communications", "pharmaceuticals", "foods", "stores", "united", "rovers",
        "athletic", "wanderers", "magazine", "gazette", "herald", "tribune", "chronicle",
        // French, Spanish and German heads of bodies ("Fundación Wikimedia", "Bundesministerium", "Conseil d'État").
        "fondation", "fundacion", "stiftung", "comite", "ausschuss", "agence", "ministere", "ministerio",
        "ministerium", "parti", "partido", "partei", "universite", "universidad", "universitat", "asociacion",
        "verband", "verein", "gesellschaft", "consejo", "conseil", "ayuntamiento", "mairie", "gobierno",
        "gouvernement", "regierung", "tribunal", "gericht", "gerichtshof", "banco", "banque", "empresa",
    ]
    /// German articles and determiners: a capitalized word after one is a common noun ("die Aktionen").
    private static let germanArticles: Set<String> = [
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "diese",
        "dieser", "dieses", "diesen", "jede", "jeder", "jedes", "keine", "keiner", "seine", "ihre", "ihren",
    ]

    /// Suffixes of company names ("Ltd", "PLC", "SpA", "Brothers"): a capitalized run ending in one is an organization.
    private static let companySuffixes: Set<String> = [
        "ltd", "plc", "inc", "corp", "co", "llc", "qsc", "saq", "na", "nv", "bv", "ag", "gmbh", "sa", "spa", "srl",
        "snc", "sas", "securities", "brothers", "bros", "holdings", "partners", "associates",
    ]
    /// Lower-case nouns that make the capitalized name before them an organization: "Reagan administration".
    private static let lowercaseOrganizationHeads: Set<String> = ["administration", "commission", "committee", "government"]
    /// Italian head words of public bodies written with only the head capitalized.
    private static let italianOrganizationHeads: Set<String> = [
        "associazione", "direzione", "commissione", "federazione", "confederazione", "agenzia", "autorita", "ufficio",
        "servizio", "istituto", "fondazione", "consorzio", "comitato", "unione", "ente", "azienda", "sindacato",
        "ordine", "dipartimento", "nucleo", "reparto", "osservatorio", "coordinamento", "centro", "camera", "corte",
        "tribunale", "procura", "consiglio", "polizia", "guardia", "protezione", "movimento", "partito", "lega",
    ]
    /// Articles and articulated prepositions before a quoted shop or brand name.
    private static let quoteArticles: Set<String> = [
        "il", "lo", "la", "i", "gli", "le", "al", "allo", "alla", "del", "dello", "della", "dal", "dallo", "dalla",
        "nel", "nello", "nella", "sul", "sulla", "da",
    ]
    private static let openingQuotes: Set<Unicode.Scalar> = ["\u{201C}", "\"", "\u{2018}"]
    private static let closingQuotes: Set<Unicode.Scalar> = ["\u{201D}", "\"", "\u{2019}"]
    /// Nouns of venues and businesses whose name follows in quotation marks.
    private static let venueNouns: Set<String> = [
        "bar", "pizzeria", "ristorante", "trattoria", "osteria", "locale", "negozio", "erboristeria", "gelateria",
        "pasticceria", "panetteria", "forno", "macelleria", "tabaccheria", "edicola", "farmacia", "profumeria",
        "discoteca", "pub", "enoteca", "birreria", "hotel", "albergo", "palestra", "circolo", "azienda", "ditta",
        "societa", "associazione", "cooperativa", "agriturismo", "protetta", "riposo", "struttura", "gruppo",
        "club", "shop", "store", "restaurant", "company", "firm", "istituto", "scuola", "scuole", "medie",
        "elementari", "culturale", "islamico", "clinica", "supermercato", "marchio", "band", "cantina", "caseificio",
        "officina", "salone", "cinema", "onlus", "abbigliamento", "centro",
    ]
    /// Nouns before the name of a district or hamlet: "quartiere Braida", "frazione Paganine".
    private static let placeNouns: Set<String> = ["quartiere", "frazione", "localita", "rione", "borgata", "contrada"]

    /// The word lists above that rules test token by token, merged into `EntityGazetteer.words`.
    static let wordLists: [(WordFacts.Lists, Set<String>)] = [
        (.determiners, determiners),
        (.linkWords, linkWords),
        (.roleToLinks, roleToLinks),
        (.roleComplementLinks, roleComplementLinks),
        (.streetWords, streetWords),
        (.directions, directions),
        (.saints, saints),
        (.placePrepositions, placePrepositions),
        (.organizationHeads, organizationHeads),
        (.germanArticles, germanArticles),
        (.companySuffixes, companySuffixes),
        (.lowercaseOrganizationHeads, lowercaseOrganizationHeads),
        (.italianOrganizationHeads, italianOrganizationHeads),
        (.quoteArticles, quoteArticles),
        (.venueNouns, venueNouns),
        (.placeNouns, placeNouns),
    ]

    /// Italian adjective endings (nazionale, distrettuale, istituzionali, ambulanti, investigativa, modenese) and
    /// invariable "anti-" adjectives (antimafia, antidroga).
    /// Languages whose capitalized phrases are too often common nouns or titles to be taken as names on their own:
    /// English (programme names) and German (every noun is capitalized).
    static func capitalizesNouns(_ lang: String) -> Bool { lang == "en" || lang == "de" }

    static func looksLikeItalianAdjective(_ key: String) -> Bool {
        if key.hasPrefix("anti") && key.count >= 7 { return true }
        for suffix in ["ale", "ali", "ile", "ili", "ano", "ana", "ani", "ane", "ico", "ica", "ici", "iche", "ivo", "iva",
                       "ivi", "ive", "ese", "esi", "ario", "aria", "ari", "orio", "oria", "ante", "anti", "ente", "enti"]
            where key.hasSuffix(suffix) { return true }
        return false
    }

    /// `taggerSpans`: the learned tagger's spans of `text` (`EntityTagger.spans(in:)`), nil when it was not tagged.
    mutating func scan(_ text: String, part: ArticlePart, lang: String = "", taggerSpans: [EntityTagger.Span]? = nil) {
        let utf8 = Array(text.utf8)
        let scalars = utf8.withUnsafeBufferPointer { [Unicode.Scalar](decodingUTF8: $0) }
        let (tokens, keys) = EntityTokenizer.tokenize(scalars, words: g.words)
        guard !tokens.isEmpty else { return }
        func surface(_ a: Int, _ b: Int) -> String {
            String(decoding: utf8[tokens[a].utf8Start..<tokens[b - 1].utf8End], as: UTF8.self)
        }
        func span(_ a: Int, _ b: Int) -> TextSpan { TextSpan(part: part, start: tokens[a].start, end: tokens[b - 1].end) }

        var letterTokens = 0, allCapsTokens = 0
        for t in tokens where t.hasLetters && t.end - t.start > 1 {
            letterTokens += 1
            if t.isAllCaps { allCapsTokens += 1 }
        }
        let headline = letterTokens >= 2 && allCapsTokens * 10 >= letterTokens * 6
        let calendarIsCapitalized = lang == "en" || lang == "de"
        // The learned tagger decides what a capitalized phrase is; an all-caps headline is no text it learned from.
        let verdicts = TaggerVerdicts(spans: headline ? nil : taggerSpans, tokens: tokens)

        // Which gazetteer entity (canonical) each token belongs to; "adj" tokens are demonyms.
        var owner = [String?](repeating: nil, count: tokens.count)
        var isDemonym = [Bool](repeating: false, count: tokens.count)
        var roleAt = [Int](repeating: 0, count: tokens.count)  // length of a role phrase starting here
        var roleClassAt: [Int: String] = [:]  // few tokens open a role: no string slot per token to destroy

        func joined(_ j: Int) -> Bool {
            tokens[j].plainGapBefore || tokens[j].hyphenBefore
                || (tokens[j].periodGapBefore && tokens[j - 1].end - tokens[j - 1].start == 1)
                // An elision glues words of one name: "Banca d'Italia", "Consiglio d'Europa".
                || (tokens[j].start - tokens[j - 1].end == 1 && EntityTokenizer.isApostrophe(scalars[tokens[j - 1].end]))
        }
        func isRunWord(_ t: EntityToken) -> Bool { t.hasLetters && (t.isCapitalized || headline) }

        // A wire dateline opens the body: "DETROIT, March 3 -" names a place even when the gazetteer lacks it.
        if part == .body, tokens[0].isAllCaps, tokens[0].end - tokens[0].start > 2 {
            var b = 1
            while b < tokens.count && b < 4 && tokens[b].isAllCaps && joined(b) { b += 1 }
            if tokens[b - 1].next == "," && g.names[keys[0..<b].joined(separator: " ")] == nil {
                let text = surface(0, b)
                let name = text.split(separator: " ").map { $0.prefix(1) + $0.dropFirst().lowercased() }.joined(separator: " ")
                add(name, .location, span(0, b), text)
                for k in 0..<b { owner[k] = name }
            }
        }

        // Reuters marks company names in angle brackets: "<Qatar National Bank SAQ>", "<Citibank NA>". A bracketed
        // capitalized phrase on one line is an organization; a bracketed ticker ("Ford Motor Co <F>") is not a name.
        if part == .body {
            var a = 0
            while a < tokens.count {
                guard tokens[a].start > 0, scalars[tokens[a].start - 1] == "<", tokens[a].isCapitalized else { a += 1; continue }
                var b = a
                // "<Continental Bank SA/NV>": a slash joins a company's legal forms.
                func glued(_ k: Int) -> Bool { joined(k) || tokens[k].periodGapBefore || scalars[tokens[k].start - 1] == "/" }
                while b < tokens.count, b - a < 10, tokens[b].end < scalars.count, scalars[tokens[b].end] != ">",
                      b == a || glued(b) { b += 1 }
                // A ticker ("<AN>", "<DRSD.F>", "<AMRO.AS>") is a stock symbol, not a name.
                let ticker = b - a <= 2 && (a...min(b, tokens.count - 1)).allSatisfy { tokens[$0].isAllCaps || keys[$0].count <= 2 }
                    && tokens[a].end - tokens[a].start <= 5
                guard b < tokens.count, b - a < 10, tokens[b].end < scalars.count, scalars[tokens[b].end] == ">",
                      b == a || glued(b), !ticker else {
                    if ticker { for k in a...min(b, tokens.count - 1) { owner[k] = "" } }
                    a += 1
                    continue
                }
                let text = surface(a, b + 1)
                add(text, .organization, span(a, b + 1), text)
                for k in a...b { owner[k] = text }
                a = b + 1
            }
        }

        // Names of venues and businesses in quotation marks: il bar “La Baracchina”, l'azienda “Bombonette”,
        // titolare del “Clic bar”. A short capitalized quotation after a venue noun, or holding one, is an organization.
        var q = 0
        while q < tokens.count {
            let t = tokens[q]
            guard t.isCapitalized, t.start > 0, Self.openingQuotes.contains(scalars[t.start - 1]) else { q += 1; continue }
            var e = q
            while e < tokens.count, e - q < 7, tokens[e].end < scalars.count,
                  !Self.closingQuotes.contains(scalars[tokens[e].end]), tokens[e].next != "\n" { e += 1 }
            guard e < tokens.count, e - q < 7, tokens[e].end < scalars.count, Self.closingQuotes.contains(scalars[tokens[e].end])
            else { q += 1; continue }
            let venueBefore = (max(0, q - 3)..<q).contains { tokens[$0].isIn(.venueNouns) } && q > 0
                && !tokens[q - 1].isCapitalized
            // il “Pinko”, al “Pull & Bear”, da “Extreme”: a quoted name of capitalized words after an article
            // is a shop or a brand; quoted common words ("falso acquirente", “palo”) are in lower case.
            let articled = q > 0 && tokens[q - 1].isIn(.quoteArticles) && lang != "en" && e - q <= 3
                && tokens[q...e].allSatisfy { $0.isCapitalized && !$0.isIn(.notNames) }
            let venueInside = tokens[q...e].contains { $0.isIn(.venueNouns) && !$0.isCapitalized }
            if venueBefore || venueInside || articled {
                let text = surface(q, e + 1)
                for k in q...e where owner[k] != nil { retract(owner[k]!, part: part, start: tokens[k].start) }
                add(text, .organization, span(q, e + 1), text)
                for k in q...e { owner[k] = text }
            }
            q = e + 1
        }

        // Pass 1: gazetteer phrases and role phrases, longest first.
        var i = 0
        while i < tokens.count {
            let t = tokens[i]
            if owner[i] != nil { i += 1; continue }
            // Street names are addresses, not actors: "via Cesena" is no mention of Cesena.
            if i > 0, t.isCapitalized, t.plainGapBefore, tokens[i - 1].isIn(.streetWords) { i += 1; continue }
            guard t.hasLetters || t.isCapitalized || keys[i].first?.isNumber == true else { i += 1; continue }
            // A wire signature closing the body ("REUTER") is boilerplate, not a mention of the agency.
            if part == .body, i == tokens.count - 1, t.isAllCaps, t.startsSentence, tokens.count > 1 { break }
            let maxLen = min(t.facts.longestPhrase, tokens.count - i)
            var matched = false
            if maxLen > 0 {
                var candidatesByLength: [(Int, String)] = [(1, keys[i])]
                // No key goes on past a word that is in no phrase of several words.
                var l = 2
                while l <= maxLen && joined(i + l - 1) && (tokens[i + l - 1].isIn(.phraseWords) || tokens[i + l - 1].isIn(.severalWords)) {
                    candidatesByLength.append((l, candidatesByLength[l - 2].1 + " " + keys[i + l - 1]))
                    l += 1
                }
                for (l, key) in candidatesByLength.reversed() {
                    if l > 1 || t.isIn(.roles), let roleClass = g.roles[key], roleAt[i] == 0 {
                        roleAt[i] = l
                        roleClassAt[i] = roleClass
                    }
                    guard l > 1 || t.isIn(.names), let entries = g.names[key],
                          let entry = entries.first(where: { accepts($0, tokens: tokens[i..<(i + l)], firstKey: keys[i], headline: headline) })
                    else { continue }
                    // A first name before a capitalized word is a person, not a place ("Marino Ricci").
                    if l == 1, entry.kind != .organization, !entry.isAdjective, i + 1 < tokens.count,
                       tokens[i + 1].plainGapBefore, tokens[i + 1].isCapitalized, !headline,
                       t.isIn(.firstNames) || entry.kind == .location,
                       !tokens[i + 1].isIn(.names), !tokens[i + 1].isIn(.notNames),
                       !tokens[i + 1].isIn(.roles) {
                        break
                    }
                    if l == 1, entry.kind == .location || entry.kind == .country, !entry.isAdjective, i > 0,
                       t.plainGapBefore, owner[i - 1] == nil, tokens[i - 1].isCapitalized,
                       tokens[i - 1].isIn(.firstNames) {
                        break
                    }
                    // "Confesercenti Modena", "Modena Sud": a name extended by a place or a direction.
                    var end = i + l
                    var name = entry.canonical
                    if l == 1, !entry.isAdjective, end < tokens.count, tokens[end].plainGapBefore, tokens[end].isCapitalized,
                       (entry.kind == .organization && !entry.takesPlace
                           && tokens[end].isIn(.names) && g.names[keys[end]]?.first?.kind == .location)
                        || (entry.kind == .location && tokens[end].isIn(.directions)) {
                        if entry.kind == .organization, let place = g.names[keys[end]]?.first {
                            add(place.canonical, .location, span(end, end + 1), surface(end, end + 1))
                        }
                        end += 1
                        name = surface(i, end)
                    }
                    var kind = entry.kind
                    // "Comune di Carpi", "Procura di Bologna": an institution named by its place.
                    if entry.takesPlace, end + 1 < tokens.count, ["di", "of", "del", "della"].contains(keys[end]),
                       tokens[end].plainGapBefore, tokens[end + 1].isCapitalized,
                       tokens[end + 1].isIn(.names),
                       let place = g.names[keys[end + 1]]?.first(where: { $0.kind == .location }) {
                        add(place.canonical, .location, span(end + 1, end + 2), surface(end + 1, end + 2))
                        owner[end + 1] = place.canonical
                        end += 2
                        name = surface(i, end).prefix(1).uppercased() + String(surface(i, end).dropFirst())
                        kind = .organization
                    }
                    if end > i + l && !entry.takesPlace { kind = entry.kind }
                    add(name, kind, span(i, end), surface(i, end))
                    for k in i..<end where owner[k] == nil {
                        owner[k] = name
                        isDemonym[k] = entry.isAdjective
                    }
                    i = end
                    matched = true
                    break
                }
            }
            if !matched { i += 1 }
        }

        if headline {
            for (k, t) in tokens.enumerated() where owner[k] == nil && t.hasLetters && t.end - t.start > 2
                && !t.isIn(.notNames) {
                headlineWords.append((keys[k], span(k, k + 1), surface(k, k + 1)))
            }
            return
        }

        // Role context before a name: "il presidente russo", "Chancellor of the Exchequer", "Kremlin spokesman".
        func roleEnding(before a: Int, acrossComma: Bool = false) -> Role? {
            // "il sottosegretario alla Giustizia, Morrone,": a short name set off by commas after its role.
            if acrossComma && !(a >= 2 && tokens[a - 1].next == "," && !tokens[a].plainGapBefore
                && !tokens[a].startsSentence) { return nil }
            var p = a - 1
            var qualifiers = Set<String>()
            var steps = 0
            while p >= 0 && steps < 6 {
                // Only spaces (or a hyphen, or the comma asked for) between the role and the name: "il questore».
                // «Vorrei…" names nobody.
                if !(tokens[p + 1].plainGapBefore || tokens[p + 1].hyphenBefore || (acrossComma && p == a - 1)) { return nil }
                // A role phrase that ends at p?
                for start in max(0, p - 3)...p where roleAt[start] == p - start + 1 {
                    guard let roleClass = roleClassAt[start] else { continue }
                    var from = start
                    // English puts qualifiers first: "Japanese Prime Minister", "Labour leader".
                    var q = start - 1
                    while q >= 0 && start - q <= 2 && joined(q + 1)
                        && (owner[q] != nil || (tokens[q].isCapitalized && !tokens[q].startsSentence
                            && !tokens[q].isIn(.notNames))) {
                        qualifiers.insert(owner[q] ?? keys[q])
                        from = q
                        q -= 1
                    }
                    return Role(roleClass: roleClass, qualifiers: qualifiers, text: surface(from, a))
                }
                let t = tokens[p]
                if let o = owner[p] {
                    qualifiers.insert(o)
                } else if t.isIn(.linkWords) || t.isIn(.roleToLinks) {
                    // "ministro della Difesa", "sottosegretario alla Giustizia"
                } else if t.isCapitalized && !t.startsSentence && t.hasLetters {
                    qualifiers.insert(keys[p])
                } else {
                    return nil
                }
                p -= 1
                steps += 1
            }
            return nil
        }
        func speechVerb(at j: Int) -> Bool {
            guard j < tokens.count else { return false }
            let maxLen = tokens[j].facts.longestSpeechVerb
            guard maxLen > 0 else { return false }
            var key = ""
            for l in 1...min(maxLen, tokens.count - j) {
                key += (l > 1 ? " " : "") + keys[j + l - 1]
                if g.speechVerbs.contains(key) { return true }
            }
            return false
        }
        func speechVerbEnding(at j: Int) -> Bool {
            var severalWords = false
            for l in 1...3 where j - l + 1 >= 0 {
                let first = j - l + 1
                severalWords = severalWords || tokens[first].isIn(.severalWords)
                // A verb of l words starts with a word whose longest verb has at least l words.
                guard tokens[first].facts.longestSpeechVerb >= l || severalWords else { continue }
                if g.speechVerbs.contains(keys[first...j].joined(separator: " ")) { return true }
            }
            return false
        }
        /// "David Steel, leader of the Liberal Party," → a role after a comma.
        func appositionRole(after b: Int) -> Role? {
            guard b < tokens.count, tokens[b - 1].next == ",", !tokens[b].plainGapBefore else { return nil }
            var k = b
            if tokens[k].isIn(.determiners) { k += 1 }
            // Skip an owner before the role: "the Labour Party's Treasury spokesman".
            var qualifiers = Set<String>()
            var guardSteps = 0
            while k < tokens.count && roleAt[k] == 0 && guardSteps < 4
                && (owner[k] != nil || tokens[k].isCapitalized || keys[k] == "s") {
                if let o = owner[k] { qualifiers.insert(o) } else { qualifiers.insert(keys[k]) }
                k += 1
                guardSteps += 1
            }
            guard k < tokens.count, roleAt[k] > 0, let roleClass = roleClassAt[k] else { return nil }
            var end = k + roleAt[k]
            while end < tokens.count && end - k < 8 && tokens[end].plainGapBefore && tokens[end - 1].next != ","
                && (owner[end] != nil || tokens[end].isIn(.linkWords) || tokens[end].isCapitalized
                    || isDemonym[end]) {
                if let o = owner[end] { qualifiers.insert(o) } else if tokens[end].isCapitalized {
                    qualifiers.insert(keys[end])
                }
                end += 1
            }
            let from = tokens[b].isIn(.determiners) ? b + 1 : b
            return Role(roleClass: roleClass, qualifiers: qualifiers, text: surface(from, end))
        }

        func roleEnds(at p: Int) -> Bool {
            guard p >= 0 else { return false }
            return (max(0, p - 3)...p).contains { roleAt[$0] == p - $0 + 1 }
        }
        /// "ministro della Difesa", "Chancellor of the Exchequer": the capitalized word completes a role.
        func completesRole(_ k: Int) -> Bool {
            guard k >= 2, tokens[k - 1].isIn(.roleComplementLinks) else { return false }
            if roleEnds(at: k - 2) { return true }
            return k >= 3 && keys[k - 2] == "the" && roleEnds(at: k - 3)
        }

        func runHasOrganizationHead(_ a: Int, _ b: Int) -> Bool {
            a < b && tokens[a..<b].contains { $0.isIn(.organizationHeads) || $0.isIn(.companySuffixes) }
        }

        // Pass 2: runs of capitalized words outside gazetteer phrases.
        var consumedByRun = [Bool](repeating: false, count: tokens.count)
        i = 0
        while i < tokens.count {
            let t = tokens[i]
            guard owner[i] == nil, isRunWord(t), roleAt[i] == 0 else { i += 1; continue }
            // Street names are addresses, not actors: "via Cesena", "viale Amendola".
            if i > 0, tokens[i - 1].isIn(.streetWords), tokens[i].plainGapBefore {
                var b = i + 1
                while b < tokens.count, joined(b), tokens[b].isCapitalized || tokens[b].isIn(.particles) { b += 1 }
                i = b
                continue
            }
            if completesRole(i), !(lang != "en" && t.isIn(.italianOrganizationHeads)) {
                i += 1
                continue
            }
            // "San Donnino", "Santa Maria": a saint's name is a place or an institution.
            if t.isIn(.saints), i + 1 < tokens.count, tokens[i + 1].isCapitalized, joined(i + 1),
               owner[i + 1] == nil {
                var b = i + 2
                while b < tokens.count, joined(b), tokens[b].isCapitalized, owner[b] == nil,
                      !tokens[b].isIn(.notNames) { b += 1 }
                let kind: EntityKind = i > 0 && tokens[i - 1].isIn(.placePrepositions) ? .location : .organization
                add(surface(i, b), kind, span(i, b), surface(i, b))
                for k in i..<b { consumedByRun[k] = true }
                i = b
                continue
            }
            // A line in capitals inside the body is a heading, not a name ("TERZO FURTO").
            if t.isAllCaps {
                i += 1
                continue
            }
            let isCalendar = t.isIn(.calendarWords)
            // "Bank" alone is a common word, "Bank of the Middle East" a name.
            let headOfName = t.isIn(.organizationHeads) && i + 1 < tokens.count
                && tokens[i + 1].isIn(.roleComplementLinks)
            if (t.isIn(.notNames) && !headOfName) || t.isIn(.honorifics)
                || (isCalendar && (t.startsSentence || calendarIsCapitalized || i + 1 >= tokens.count
                    || !tokens[i + 1].isCapitalized || !tokens[i + 1].plainGapBefore)) {
                i += 1
                continue
            }
            var b = i + 1
            while b < tokens.count && b - i < 6 {
                let u = tokens[b]
                // "Doha Bank Ltd QSC", "Shearson Lehman Brothers", "Ford Motor Co": a company suffix ends a name.
                if u.isCapitalized && joined(b) && u.isIn(.companySuffixes) && owner[b] == nil {
                    b += 1
                    continue
                }
                // A title's key after a name, with no name after it, is a surname: "said Amartya Sen." (not "Sen.
                // John Smith").
                if roleAt[b] > 0, owner[b] == nil, u.isCapitalized, !u.isAllCaps, joined(b), u.isIn(.honorifics),
                   !(b + 1 < tokens.count && tokens[b + 1].isCapitalized) {
                    b += 1
                    continue
                }
                if owner[b] != nil || roleAt[b] > 0 {
                    // "British Bank of the Middle East": a place after "of (the)" inside an organization's name.
                    if b >= i + 2, ["of", "the"].contains(keys[b - 1]) || tokens[b - 1].isIn(.roleComplementLinks),
                       let o = owner[b], !isDemonym[b], tokens[b].isCapitalized, runHasOrganizationHead(i, b - 1) {
                        var e = b
                        while e < tokens.count, owner[e] == o, e == b || joined(e) { e += 1 }
                        retract(o, part: part, start: tokens[b].start)
                        for k in b..<e { owner[k] = nil }
                        b = e
                        continue
                    }
                    break
                }
                // A title before the next name ends this one: "Christian Rev. Derek Penwell", "Speaker of the House
                // Rep. Paul Ryan" (not a surname that is also a title's key: "Amartya Sen said").
                let titleOfNext = u.isIn(.honorifics) && keys[b].count >= 2 && b + 1 < tokens.count
                    && tokens[b + 1].isCapitalized
                if u.isCapitalized && u.hasLetters && !u.isAllCaps && joined(b) && !u.isIn(.notNames) && !titleOfNext {
                    b += 1
                    continue
                }
                // A middle initial: "Virgie M. Rollins", "John F. Kennedy" (one capital, its period, a name after).
                if u.isAllCaps, u.end - u.start == 1, joined(b), b + 1 < tokens.count, tokens[b + 1].periodGapBefore,
                   tokens[b + 1].isCapitalized, !tokens[b + 1].isAllCaps, owner[b + 1] == nil {
                    b += 1
                    continue
                }
                // Capitalized particles inside a name: "Laila El Harim", "Ursula Von Der Leyen".
                if u.isCapitalized && u.isIn(.particles) && joined(b) && b + 1 < tokens.count
                    && tokens[b + 1].isCapitalized && joined(b + 1) && owner[b + 1] == nil {
                    b += 2
                    continue
                }
                // "National Association of Wheat Growers": an organization's name spans "of" (and "of the").
                if u.isIn(.roleComplementLinks), u.plainGapBefore, b + 1 < tokens.count,
                   runHasOrganizationHead(i, b) {
                    let c = keys[b + 1] == "the" && b + 2 < tokens.count ? b + 2 : b + 1
                    if tokens[c].isCapitalized, tokens[c].plainGapBefore, owner[c] == nil || !isDemonym[c] {
                        if owner[c] == nil {
                            b = c + 1
                        } else {
                            b = c  // the owned place is taken by the branch above
                        }
                        continue
                    }
                }
                // "Abdulla Khalid al-Attiya": an Arabic article glued to the surname by a hyphen.
                if !u.isCapitalized, ["al", "el", "ad", "as", "ash", "ben", "bin"].contains(keys[b]), joined(b),
                   b + 1 < tokens.count, tokens[b + 1].hyphenBefore, tokens[b + 1].isCapitalized, owner[b + 1] == nil {
                    b += 2
                    continue
                }
                if !u.isCapitalized && u.isIn(.particles) && u.plainGapBefore {
                    // "Ursula von der Leyen": one or more particles, then a capitalized word.
                    var c = b + 1
                    while c < tokens.count && c - b < 3 && !tokens[c].isCapitalized && tokens[c].isIn(.particles)
                        && tokens[c].plainGapBefore { c += 1 }
                    if c < tokens.count && tokens[c].isCapitalized && tokens[c].plainGapBefore && owner[c] == nil {
                        b = c + 1
                        continue
                    }
                }
                break
            }
            // "ministro della Difesa Sergei Shoigu": a capitalized qualifier glued to a name that starts with a
            // first name; the name starts there.
            if b - i >= 2, !t.isIn(.firstNames),
               let k = (i + 1..<(b - 1)).first(where: { tokens[$0].isIn(.firstNames) && tokens[$0].isCapitalized }) {
                b = k
                if roleEnding(before: k) != nil {
                    i = k
                    continue
                }
            }
            // "Commissione affari istituzionali", "Associazione nazionale venditori ambulanti": Italian names of
            // bodies capitalize only their head word; the name runs over lower-case nouns up to its last adjective.
            if b == i + 1, lang != "en", t.isIn(.italianOrganizationHeads) {
                var e = b, lastAdjective = -1
                while e < tokens.count, e - b < 4, tokens[e].plainGapBefore, !tokens[e].isCapitalized, tokens[e].hasLetters,
                      keys[e].count >= 3, !tokens[e].isIn(.notNames), !tokens[e].isIn(.linkWords),
                      roleAt[e] == 0, owner[e] == nil || isDemonym[e] {
                    if Self.looksLikeItalianAdjective(keys[e]) { lastAdjective = e }
                    e += 1
                }
                if lastAdjective >= b {
                    for k in b...lastAdjective where owner[k] != nil {
                        retract(owner[k]!, part: part, start: tokens[k].start)
                        owner[k] = nil
                    }
                    let text = surface(i, lastAdjective + 1)
                    add(text, .organization, span(i, lastAdjective + 1), text)
                    for k in i...lastAdjective { consumedByRun[k] = true }
                    i = lastAdjective + 1
                    continue
                }
            }
            // "a Reagan administration official", "the Tower commission": a name before a lower-case body noun.
            if lang == "en", b - i <= 2, b < tokens.count, tokens[b].plainGapBefore, !tokens[b].isCapitalized, !t.hyphenBefore,
               tokens[b].isIn(.lowercaseOrganizationHeads), !t.startsSentence || b - i == 2 {
                let text = surface(i, b + 1)
                add(text, .organization, span(i, b + 1), text)
                for k in i...b { consumedByRun[k] = true }
                i = b + 1
                continue
            }
            // "Qatar Monetary Agency", "Doha Bank": a place or a nationality opening an organization's name.
            var from = i
            if i > 0, owner[i - 1] != nil, joined(i), tokens[i - 1].isCapitalized, runHasOrganizationHead(i, b),
               let o = owner[i - 1], named[o]?.kind == .country || named[o]?.kind == .location {
                var a = i - 1
                while a > 0, owner[a - 1] == o, joined(a) { a -= 1 }
                if i - a <= 2 {
                    retract(o, part: part, start: tokens[a].start)
                    for k in a..<i { owner[k] = nil }
                    from = a
                }
            }
            for k in from..<b { consumedByRun[k] = true }
            let nameKeys = (from..<b).filter { !tokens[$0].isIn(.particles) || tokens[$0].isCapitalized }.map { keys[$0] }
            let role = roleEnding(before: i) ?? appositionRole(after: b) ?? roleEnding(before: i, acrossComma: true)
            var speech = speechVerb(at: b) || (i > 0 && speechVerbEnding(at: i - 1) && tokens[i].plainGapBefore)
            // "Parliamentarians said": a lone sentence-initial word before a verb may be a common noun.
            if speech && b - i == 1 && t.startsSentence { speech = false }
            let firstName = nameKeys.count >= 2 && g.firstNames.contains(nameKeys[0])
            let orgHead = nameKeys.contains { Self.organizationHeads.contains($0) || Self.companySuffixes.contains($0) }
            // A lone first name mid-sentence, not after a place preposition, names a person ("la scomparsa di Azra").
            // Not in English: its news names people by surname, and a lone given-name-like word is mostly a title or
            // a common noun ("the Oscar", "Summer Love"); a lone first name of a person named in full still links.
            let loneFirstName = nameKeys.count == 1 && !t.startsSentence && g.firstNames.contains(nameKeys[0]) && !orgHead
                && lang != "en"
                && !(i > 0 && tokens[i - 1].isIn(.placePrepositions))
            let sp = span(from, b), text = surface(from, b)
            // The tagger decides the kind of a phrase the rules' cues mark as a name, and whether an uncued phrase of
            // several words is one. A single uncued capitalized word stays with the rules: there the tagger errs most
            // (titles, headline words, common nouns at a sentence start; on the Fixtures dev set entity precision
            // fell from 0.934 to 0.904 when it decided them).
            // A first name or a role before the name is better evidence of a person than the tagger's guess, which
            // then has nothing to add (and its sentence need not be tagged).
            let personCued = (firstName || role != nil) && !orgHead
            let cued = speech || loneFirstName || firstName || role != nil
            let verdict = personCued ? nil : cued ? verdicts.verdict(from, b)
                : nameKeys.count >= 2 ? verdicts.verdict(from, b, minimumMargin: Self.uncuedNameMargin) : nil
            if verdict == .person {
                candidates.append(NameCandidate(keys: nameKeys, surface: text, span: sp, strong: true,
                                                sentenceInitial: t.startsSentence, role: role))
            } else if verdict == .organization || verdict == .location {
                add(text, verdict == .organization ? .organization : .location, sp, text)
            } else if verdict == .miscellaneous && role == nil && !speech {
                // A work, an event or a nationality the tagger names as such: no actor.
            } else if orgHead && !firstName && nameKeys.count >= 2 {
                add(text, .organization, sp, text)
            } else if i > 0, tokens[i - 1].isIn(.placeNouns), tokens[i].plainGapBefore, !firstName, from == i {
                // "quartiere Braida", "frazione Paganine": a district named after its noun.
                add(text, .location, sp, text)
            } else if firstName || role != nil || speech || loneFirstName {
                candidates.append(NameCandidate(keys: nameKeys, surface: text, span: sp, strong: true,
                                                sentenceInitial: t.startsSentence, role: role))
            } else if nameKeys.count >= 2 && !t.startsSentence
                        && (!Self.capitalizesNouns(lang) || (i > 0 && tokens[i - 1].isIn(.placePrepositions))) {
                // English capitalizes programme and product names ("Export Enhancement Program") and German every
                // noun ("Verantwortung der Internet-Community"); there only an organization head word or a place
                // preposition makes an unknown phrase an entity.
                let kind: EntityKind = i > 0 && tokens[i - 1].isIn(.placePrepositions) ? .location : .organization
                add(text, kind, sp, text)
            } else if lang == "de" && nameKeys.count == 1 && i > 0 && tokens[i - 1].isIn(.germanArticles) {
                // German capitalizes every noun: one capitalized word after an article is no name on its own.
            } else {
                candidates.append(NameCandidate(keys: nameKeys, surface: text, span: sp, strong: false,
                                                sentenceInitial: t.startsSentence, role: nil))
            }
            i = b
        }

        // Pass 3: role descriptions standing for a person ("ha sottolineato il presidente russo").
        i = 0
        while i < tokens.count {
            guard roleAt[i] > 0, let roleClass = roleClassAt[i], i > 0, tokens[i].plainGapBefore,
                  tokens[i - 1].isIn(.determiners) || (owner[i - 1] != nil && i > 1
                    && tokens[i - 1].plainGapBefore && tokens[i - 2].isIn(.determiners))
            else { i += 1; continue }
            var from = i
            var qualifiers = Set<String>()
            if let o = owner[i - 1] {
                qualifiers.insert(o)
                from = i - 1
            }
            var end = i + roleAt[i]
            while end < tokens.count && tokens[end].plainGapBefore && end - i < 6 {
                if let o = owner[end] {
                    qualifiers.insert(o)
                    end += 1
                } else if tokens[end].isIn(.linkWords), end + 1 < tokens.count,
                          owner[end + 1] != nil || (tokens[end + 1].isCapitalized && !consumedByRun[end + 1]) {
                    // "portavoce del Cremlino", "ministro della Difesa"
                    if let o = owner[end + 1] { qualifiers.insert(o) } else { qualifiers.insert(keys[end + 1]) }
                    end += 2
                    while end < tokens.count, owner[end] != nil, owner[end] == owner[end - 1] { end += 1 }
                } else {
                    break
                }
            }
            // Followed by a name: an introduction, already recorded as the person's role.
            let introducesName = end < tokens.count && consumedByRun[end] && tokens[end].plainGapBefore
            if !introducesName {
                let role = Role(roleClass: roleClass, qualifiers: qualifiers, text: surface(from, end))
                roleMentions.append(RoleMention(role: role, span: span(from, end), surface: surface(from, end)))
            }
            i = end
        }
    }

    private func accepts(
        _ entry: EntityGazetteer.Entry, tokens: ArraySlice<EntityToken>, firstKey: String, headline: Bool
    ) -> Bool {
        guard let first = tokens.first else { return false }
        if entry.requiresAllCaps { return tokens.allSatisfy { $0.isAllCaps || !$0.hasLetters } }
        if entry.isAdjective || entry.matchesLowercase { return true }
        // "5 Stelle", "24 Ore": a name may open with a number when a capitalized word follows.
        if firstKey.first?.isNumber == true { return tokens.count > 1 && tokens.dropFirst().first!.isCapitalized }
        return first.isCapitalized
    }

    /// Takes back a gazetteer mention that turned out to be part of a longer name ("Middle East" inside "British
    /// Bank of the Middle East"); an entity left without mentions disappears.
    mutating func retract(_ name: String, part: ArticlePart, start: Int) {
        guard var n = named[name] else { return }
        n.mentions.removeAll { $0.span.part == part && $0.span.start == start }
        named[name] = n.mentions.isEmpty ? nil : n
    }

    mutating func add(_ name: String, _ kind: EntityKind, _ span: TextSpan, _ surface: String) {
        named[name, default: Named(name: name, kind: kind)].mentions.append(EntityMention(span: span, surface: surface))
    }

    // MARK: - Linking

    private static let roleGroups: [String: Set<String>] = [
        "leader": ["leader", "president", "premier", "king", "secretary", "chairman"],
    ]

    /// The role classes that may describe the same person as `roleClass`: itself, a group's members for the group
    /// ("leader" → president, premier…), and the group for a member (president → leader), not fellow members.
    private static func compatibleClasses(_ roleClass: String) -> Set<String> {
        var classes: Set<String> = [roleClass]
        for (group, members) in roleGroups {
            if group == roleClass { classes.formUnion(members) }
            if members.contains(roleClass) { classes.insert(group) }
        }
        return classes
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        editDistance(Array(a.unicodeScalars), Array(b.unicodeScalars))
    }

    static func editDistance(_ x: [Unicode.Scalar], _ y: [Unicode.Scalar]) -> Int {
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    static func surnamesMatch(_ a: String, _ b: String) -> Bool {
        if a == b { return true }
        let n = min(a.unicodeScalars.count, b.unicodeScalars.count)
        guard n >= 5, a.unicodeScalars.first == b.unicodeScalars.first else { return false }
        return editDistance(a, b) <= (n >= 8 ? 2 : 1)
    }

    static func firstNamesMatch(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return true }
        if a == b { return true }
        guard a.unicodeScalars.first == b.unicodeScalars.first else { return false }
        if a.unicodeScalars.count == 1 || b.unicodeScalars.count == 1 { return true }
        return editDistance(a, b) <= max(2, min(a.unicodeScalars.count, b.unicodeScalars.count) / 3)
    }

    mutating func finish() -> [ExtractedEntity] {
        var people: [Person] = []
        // People by the first scalar and length of their surname, and by first name. A surname that
        // `surnamesMatch` accepts shares its first scalar and is at most two scalars longer or shorter, so a lookup
        // reads a few buckets instead of every person: on a long text (a feed pasted as one article) scanning all
        // people for every name made recognition quadratic.
        var bySurname: [SurnameShape: [Int]] = [:]
        var byFirstName: [String: [Int]] = [:]
        var surnameScalars: [[Unicode.Scalar]] = []
        func findPerson(surname: String, first: String?) -> Int? {
            let shape = SurnameShape(surname)
            if let exact = bySurname[shape]?.first(where: {
                people[$0].surname == surname && Self.firstNamesMatch(people[$0].first, first)
            }) {
                return exact
            }
            // What `surnamesMatch` asks, with the length and first-scalar tests already answered by the bucket.
            guard shape.length >= 5 else { return nil }
            let scalars = Array(surname.unicodeScalars)
            var found: Int?
            for length in (shape.length - 2)...(shape.length + 2) {
                let n = min(length, shape.length)
                let limit = n >= 8 ? 2 : 1
                guard n >= 5, abs(length - shape.length) <= limit,
                      let bucket = bySurname[SurnameShape(initial: shape.initial, length: length)] else { continue }
                if let index = bucket.first(where: {
                    Self.editDistance(surnameScalars[$0], scalars) <= limit && Self.firstNamesMatch(people[$0].first, first)
                }) {
                    found = min(found ?? index, index)
                }
            }
            return found
        }
        // Full names first, so "Putin" finds "Vladimir Putin" wherever it appears.
        let ordered = candidates.enumerated().sorted {
            ($0.element.keys.count, $0.element.strong ? 1 : 0, -$0.offset) > ($1.element.keys.count, $1.element.strong ? 1 : 0, -$1.offset)
        }
        var weakLeft: [NameCandidate] = []
        for (_, c) in ordered {
            guard let surname = c.keys.last else { continue }
            let first = c.keys.count >= 2 ? c.keys[0] : nil
            let mention = EntityMention(span: c.span, surface: c.surface)
            var index = findPerson(surname: surname, first: first)
            if index == nil && c.keys.count == 1 {
                // A first name alone ("Luigi") names the one person with that first name.
                let byFirst = byFirstName[surname] ?? []
                if byFirst.count == 1 { index = byFirst[0] }
            }
            if let index {
                people[index].mentions.append(mention)
                if let role = c.role { people[index].roles.append(role) }
                if c.keys.count > people[index].tokenCount {
                    people[index].nameSurface = c.surface
                    people[index].tokenCount = c.keys.count
                    if let old = people[index].first { byFirstName[old]?.removeAll { $0 == index } }
                    if let first { byFirstName[first, default: []].append(index) }
                    people[index].first = first
                }
            } else if c.strong {
                bySurname[SurnameShape(surname), default: []].append(people.count)
                surnameScalars.append(Array(surname.unicodeScalars))
                if let first { byFirstName[first, default: []].append(people.count) }
                people.append(Person(first: first, surname: surname, nameSurface: c.surface, tokenCount: c.keys.count,
                                     mentions: [mention], roles: c.role.map { [$0] } ?? [], firstOffset: c.span))
            } else {
                weakLeft.append(c)
            }
        }
        // Unlinked single capitalized words that recur mid-sentence are proper nouns of some kind.
        var recurring: [String: [NameCandidate]] = [:]
        for c in weakLeft { recurring[c.keys.joined(separator: " "), default: []].append(c) }
        // A word of a longer name seen in the article ("Gretel" of "Hansel e Gretel") is a mention of that name.
        var namesByWord: [String: String] = [:]
        // Dictionary order changes from run to run: walk names and groups in text order, so the same article
        // always gives the same entities.
        let namesInTextOrder = Self.sorted(named.values, by: { Self.firstSpan($0.mentions) }, <)
        for n in namesInTextOrder {
            for w in Self.longWords(ofName: n.name) {
                let key = Normalizer.key(w)
                if namesByWord[key] == nil { namesByWord[key] = n.name }
            }
        }
        for (key, group) in Self.sorted(recurring, by: { Self.firstSpan($0.value.map(\.span)) }, <) {
            if let name = namesByWord[key] {
                for c in group { named[name]?.mentions.append(EntityMention(span: c.span, surface: c.surface)) }
                continue
            }
            // A body's head word alone ("la Commissione", "il Tribunale") is a common noun, not a name.
            guard group.filter({ !$0.sentenceInitial }).count >= 2, group[0].keys.count >= 2
                || !(Self.organizationHeads.contains(key) || Self.italianOrganizationHeads.contains(key)) else { continue }
            for c in group { add(group[0].surface, .organization, c.span, c.surface) }
        }
        // The first name in sorted order for each folded name: what a headline word links to.
        var nameByKey: [String: String] = [:]
        if !headlineWords.isEmpty {
            for name in named.keys {
                let key = Normalizer.key(name)
                if let first = nameByKey[key], first < name { continue }
                nameByKey[key] = name
            }
        }
        for w in headlineWords {
            if let index = people.firstIndex(where: { $0.surname == w.key }) {
                people[index].mentions.append(EntityMention(span: w.span, surface: w.surface))
            } else if let key = nameByKey[w.key] {
                named[key]?.mentions.append(EntityMention(span: w.span, surface: w.surface))
            }
        }
        // Role descriptions → the person introduced with a compatible role. People are indexed by role class so a
        // long text with many people and role phrases stays linear.
        var peopleByRoleClass: [String: [Int]] = [:]
        for (index, person) in people.enumerated() {
            for roleClass in Set(person.roles.map(\.roleClass)) { peopleByRoleClass[roleClass, default: []].append(index) }
        }
        for r in roleMentions {
            let classes = Self.compatibleClasses(r.role.roleClass)
            let holders = Set(classes.flatMap { peopleByRoleClass[$0] ?? [] }).sorted()
            func candidates(_ exact: Bool) -> [Int] {
                holders.filter { p in
                    people[p].roles.contains { role in
                        classes.contains(role.roleClass)
                            && (exact ? role.qualifiers == r.role.qualifiers
                                : role.qualifiers.isSubset(of: r.role.qualifiers) || r.role.qualifiers.isSubset(of: role.qualifiers))
                    }
                }
            }
            var found = candidates(true)
            if found.isEmpty { found = candidates(false) }
            guard found.count == 1 else { continue }
            people[found[0]].mentions.append(EntityMention(span: r.span, surface: r.surface))
            if !people[found[0]].roles.contains(r.role) {
                people[found[0]].roles.append(r.role)
                if !(peopleByRoleClass[r.role.roleClass]?.contains(found[0]) ?? false) {
                    peopleByRoleClass[r.role.roleClass, default: []].append(found[0])
                }
            }
        }

        var result: [ExtractedEntity] = []
        for p in people {
            var roles: [String] = [], seen = Set<String>()
            for r in p.roles where seen.insert(r.text).inserted { roles.append(r.text) }
            result.append(ExtractedEntity(name: p.nameSurface, kind: .person, aliases: Self.aliases(p.mentions, name: p.nameSurface),
                                          roles: roles, mentions: p.mentions.sorted { $0.span < $1.span }))
        }
        for n in named.values.sorted(by: { $0.name < $1.name }) {
            result.append(ExtractedEntity(name: n.name, kind: n.kind, aliases: Self.aliases(n.mentions, name: n.name),
                                          mentions: n.mentions.sorted { $0.span < $1.span }))
        }
        return Self.sorted(result, by: { (Self.firstSpan($0.mentions.map(\.span)), $0.name) }, <)
    }

    /// Every other surface form of `mentions` than `name`, in text order, each once.
    static func aliases(_ mentions: [EntityMention], name: String) -> [String] {
        var seen = Set<String>(), out: [String] = []
        for m in mentions.sorted(by: { $0.span < $1.span }) where m.surface != name && seen.insert(m.surface).inserted {
            out.append(m.surface)
        }
        return out
    }

    /// The words of four characters or more of a name of several words ("Hansel e Gretel" → Hansel, Gretel).
    static func longWords(ofName name: String) -> [Substring] {
        // ASCII without CR (which makes one character with LF) has a character per byte: split the bytes instead
        // of asking Foundation to search the text and breaking it into characters, which cost more than linking.
        if name.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            guard name.utf8.contains(0x20) else { return [] }
            return name.utf8.split(separator: 0x20).filter { $0.count >= 4 }.map { Substring($0) }
        }
        guard name.contains(" ") else { return [] }
        return name.split(separator: " ").filter { $0.count >= 4 }
    }

    /// The elements in the order of their keys, each key computed once instead of at every comparison.
    static func sorted<Element, Key>(
        _ elements: some Sequence<Element>, by key: (Element) -> Key, _ areInIncreasingOrder: (Key, Key) -> Bool
    ) -> [Element] {
        // Sorting positions moves integers, not entities with their arrays of mentions.
        let elements = Array(elements)
        let keys = elements.map(key)
        return keys.indices.sorted { areInIncreasingOrder(keys[$0], keys[$1]) }.map { elements[$0] }
    }

    /// The earliest span, or one past every text for none.
    static func firstSpan(_ spans: [TextSpan]) -> TextSpan {
        spans.min() ?? TextSpan(part: .body, start: .max, end: .max)
    }

    static func firstSpan(_ mentions: [EntityMention]) -> TextSpan {
        firstSpan(mentions.map(\.span))
    }
}
