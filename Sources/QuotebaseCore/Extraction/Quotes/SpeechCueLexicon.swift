import Foundation

/// The words one language uses to attribute speech, loaded from `Resources/lexicons/<lang>.tsv`.
///
/// Every form is folded with `Normalizer.key`, so lookups take `QuoteText.Word.key` directly; verbs are also kept
/// with their accents, because folding merges some of them with nouns.
struct SpeechCueLexicon: Sendable {
    enum Kind: String, Sendable, CaseIterable {
        case verb, aux, noun, pointer, agent, passive, relative, according, addressee, title, possessive, pronoun, thingpronoun, determiner, indefinite, speakernoun, generic, function, stop, about, topic
    }

    private var forms: [Kind: Set<String>] = [:]
    /// Verb forms with their accents, matched against `QuoteText.Word.lower`.
    private var verbForms: Set<String> = []

    init(tsv: String) {
        for line in tsv.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") { continue }
            let columns = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard columns.count >= 3, let kind = Kind(rawValue: String(columns[0])) else { continue }
            for form in columns[2].split(separator: " ") {
                let key = Normalizer.key(form)
                if !key.isEmpty { forms[kind, default: []].insert(key) }
                if kind == .verb { verbForms.insert(form.lowercased()) }
            }
        }
    }

    func contains(_ key: String, _ kind: Kind) -> Bool { forms[kind]?.contains(key) ?? false }

    /// A speech verb form, accents included ("commentò" is a verb, "commento" is not).
    func isVerb(_ word: QuoteText.Word) -> Bool { verbForms.contains(word.lower) }

    /// The lexicon for an ISO 639-1 code; languages without a file fall back to English.
    static func forLanguage(_ lang: String) -> SpeechCueLexicon {
        loaded[lang.lowercased()] ?? loaded["en"] ?? SpeechCueLexicon(tsv: "")
    }

    static let languages = ["it", "en", "fr", "es", "de"]

    private static let loaded: [String: SpeechCueLexicon] = {
        var out: [String: SpeechCueLexicon] = [:]
        for lang in languages {
            guard let url = Bundle.module.url(forResource: lang, withExtension: "tsv",
                                              subdirectory: "Resources/lexicons")
                    ?? Bundle.module.url(forResource: lang, withExtension: "tsv", subdirectory: "lexicons"),
                  let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8)
            else { continue }
            out[lang] = SpeechCueLexicon(tsv: text)
        }
        return out
    }()
}
