import Foundation

/// The words one language uses to attribute speech, loaded from `Resources/lexicons/<lang>.tsv`.
///
/// Every form is folded with `Normalizer.key`, so lookups take `QuoteText.Word.key` directly; verbs are also kept
/// with their accents, because folding merges some of them with nouns.
struct SpeechCueLexicon: Sendable {
    enum Kind: String, Sendable, CaseIterable {
        case verb, aux, noun, pointer, agent, passive, relative, according, addressee, title, possessive, pronoun, thingpronoun, determiner, indefinite, speakernoun, generic, function, stop, about, topic, opener
        /// The preposition before an infinitive ("ha tenuto a sottolineare", "refusé de dire") and a reflexive
        /// pronoun ("si è detto commosso").
        case infinitivemark, reflexive
        /// Word endings, not words: a gerund's ("dicendo", "saying", "affirmant") and an infinitive's.
        case gerundending, infinitiveending
        /// The preposition of a listener after a speech verb: "dijo a El País", "racconta al Messaggero".
        case listener
        /// "and" between two verbs of one subject: "ringrazia l'Italia … e dichiara", "called the move … and said".
        case coordinator
    }

    /// The bit of each kind in `Kinds` (a switch, so that testing a word's kind costs no lookup).
    private static func bit(_ kind: Kind) -> UInt32 {
        switch kind {
        case .verb: 0
        case .aux: 1
        case .noun: 2
        case .pointer: 3
        case .agent: 4
        case .passive: 5
        case .relative: 6
        case .according: 7
        case .addressee: 8
        case .title: 9
        case .possessive: 10
        case .pronoun: 11
        case .thingpronoun: 12
        case .determiner: 13
        case .indefinite: 14
        case .speakernoun: 15
        case .generic: 16
        case .function: 17
        case .stop: 18
        case .about: 19
        case .topic: 20
        case .opener: 21
        case .infinitivemark: 22
        case .reflexive: 23
        case .gerundending: 24
        case .infinitiveending: 25
        case .listener: 26
        case .coordinator: 27
        }
    }

    /// The kinds of one word, as bits; `verbForm` marks a verb form with its accents.
    struct Kinds: OptionSet, Sendable {
        let rawValue: UInt32

        init(rawValue: UInt32) { self.rawValue = rawValue }

        init(_ kind: Kind) { rawValue = 1 << SpeechCueLexicon.bit(kind) }

        static let verbForm = Kinds(rawValue: 1 << 31)
        /// An auxiliary as written, accents included: folding makes Italian "è" (is) the conjunction "e" and
        /// French "a" (has) the preposition "à", which must not end a subject phrase as a verb would.
        static let auxForm = Kinds(rawValue: 1 << 30)
    }

    /// Every form, folded (its kinds) or lower case with accents (`verbForm`): one lookup answers for a word
    /// whose key and lower-case form are the same, as most are.
    private var forms: [String: Kinds] = [:]
    /// The endings of the `gerundending` and `infinitiveending` rows, longest first.
    private var endings: [Kind: [String]] = [:]

    init(tsv: String) {
        for line in tsv.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 3, let kind = Kind(rawValue: String(columns[0])) else { continue }
            if kind == .gerundending || kind == .infinitiveending {
                endings[kind, default: []] += columns[2].split(separator: " ").map { Normalizer.key($0) }.filter { !$0.isEmpty }
                endings[kind]!.sort { $0.count > $1.count }
                continue
            }
            for form in columns[2].split(separator: " ") {
                let key = Normalizer.key(form)
                if !key.isEmpty { forms[key, default: []].insert(Kinds(kind)) }
                if kind == .verb { forms[form.lowercased(), default: []].insert(.verbForm) }
                if kind == .aux { forms[form.lowercased(), default: []].insert(.auxForm) }
            }
        }
        asciiForms = ASCIIFormTable(forms)
    }

    func contains(_ key: String, _ kind: Kind) -> Bool { lookUp(key).contains(Kinds(kind)) }

    /// `key` ends with one of `kind`'s endings (`gerundending`, `infinitiveending`), with at least three letters
    /// before it: "dicendo", not "quando".
    func hasEnding(_ key: String, _ kind: Kind) -> Bool {
        guard let list = endings[kind] else { return false }
        return list.contains { key.count >= $0.count + 3 && key.hasSuffix($0) }
    }

    /// A speech verb form, accents included ("commentò" is a verb, "commento" is not).
    func isVerb(_ word: QuoteText.Word) -> Bool { lookUp(word.lower).contains(.verbForm) }

    /// An auxiliary as written ("è", "ha"), not a word that only folds to one ("e", "à").
    func isAuxiliary(_ word: QuoteText.Word) -> Bool { lookUp(word.lower).contains(.auxForm) }

    /// The kinds of `word`'s key, plus `verbForm` when `isVerb(word)`; `aux` only when `isAuxiliary(word)`.
    func kinds(of word: QuoteText.Word) -> Kinds {
        let entry = lookUp(word.key)
        var kinds = entry.subtracting([.verbForm, .auxForm])
        let lower = word.lower == word.key ? entry : lookUp(word.lower)
        if lower.contains(.verbForm) { kinds.insert(.verbForm) }
        if kinds.contains(Kinds(.aux)), !lower.contains(.auxForm) { kinds.remove(Kinds(.aux)) }
        return kinds
    }

    /// `forms[text] ?? []`, through `asciiForms` when `text` is ASCII, as nearly every word is.
    private func lookUp(_ text: String) -> Kinds {
        let fast: Kinds?? = text.utf8.withContiguousStorageIfAvailable { asciiForms.kinds(of: $0) }
        if let fast, let fast { return fast }
        return forms[text] ?? []
    }

    /// `forms` keyed by ASCII bytes: hashing a String (SipHash over its Unicode-normalized contents) was most of the
    /// time spent classifying the words of a text.
    private var asciiForms = ASCIIFormTable()

    private struct ASCIIFormTable: Sendable {
        private var table = UTF8KeyTable<Kinds>([(key: [UInt8], value: Kinds)]())

        /// Holds every form of `all` equal, as a Swift string, to an ASCII string: the ASCII ones, and any whose
        /// canonical decomposition is ASCII (a Kelvin sign would be one).
        init(_ all: [String: Kinds] = [:]) {
            var entries: [(key: [UInt8], value: Kinds)] = []
            for (form, formKinds) in all {
                let canonical = form.utf8.allSatisfy { $0 < 0x80 } ? form : form.decomposedStringWithCanonicalMapping
                if canonical.utf8.allSatisfy({ $0 < 0x80 }) { entries.append((key: Array(canonical.utf8), value: formKinds)) }
            }
            table = UTF8KeyTable(entries)
        }

        /// The kinds of `bytes` ([] when no form matches), or nil when `bytes` is not ASCII.
        func kinds(of bytes: UnsafeBufferPointer<UInt8>) -> Kinds? {
            for byte in bytes where byte >= 0x80 { return nil }
            return table.value(utf8: bytes) ?? []
        }
    }

    /// The lexicon for an ISO 639-1 code; languages without a file fall back to English.
    static func forLanguage(_ lang: String) -> SpeechCueLexicon {
        loaded[lang.lowercased()] ?? loaded["en"] ?? SpeechCueLexicon(tsv: "")
    }

    static let languages = ["it", "en", "fr", "es", "de"]

    private static let loaded: [String: SpeechCueLexicon] = {
        var out: [String: SpeechCueLexicon] = [:]
        for lang in languages {
            guard let text = BundledText.read(lang, "tsv", in: "lexicons") else { continue }
            out[lang] = SpeechCueLexicon(tsv: text)
        }
        return out
    }()
}
