/// The distributional word classes the tagger's features read: `Resources/tagger/wordclasses.tsv`, written by
/// `scripts/train-ner --wordclasses` from unlabeled text (see `scripts/ner/wordclasses.py`).
///
/// Each listed lower-case word has a fine and a coarse class (clusters of the words its neighbours are) and a
/// capitalization class (`l` almost never written with a capital inside a sentence, `m` sometimes, `u` mostly,
/// `U` almost always, `?` not seen enough). A word not listed reads as fine and coarse class `-`, capitalization `?`,
/// as `WordClasses.get` in the script has it.
struct TaggerWordClasses: Sendable {
    struct Classes: Sendable {
        /// The classes' names as the feature strings spell them (decimal numbers, or `-`).
        var fine: [UInt8]
        var coarse: [UInt8]
        var capital: UInt8
    }

    static let unknown = Classes(fine: Array("-".utf8), coarse: Array("-".utf8), capital: UInt8(ascii: "?"))

    private let table: [String: Classes]

    /// Lines `word TAB fine TAB coarse TAB capitalization`; `#` lines are comments. Malformed lines are skipped.
    init(text: String) {
        var table: [String: Classes] = [:]
        var names: [Substring: [UInt8]] = [:]  // one array per class name, shared by its words
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 4, let capital = fields[3].utf8.first, fields[3].utf8.count == 1 else { continue }
            func name(_ field: Substring) -> [UInt8] {
                if let known = names[field] { return known }
                let bytes = Array(field.utf8)
                names[field] = bytes
                return bytes
            }
            table[String(fields[0])] = Classes(fine: name(fields[1]), coarse: name(fields[2]), capital: capital)
        }
        self.table = table
    }

    /// The classes of a lower-cased word (apostrophes written `'`).
    @inline(__always)
    func classes(of word: String) -> Classes { table[word] ?? Self.unknown }

    var count: Int { table.count }

    /// The shipped lexicon, read at its first use. A missing one is a broken build, like a missing model.
    static let shared: TaggerWordClasses = {
        guard let text = BundledText.read("wordclasses", "tsv", in: "tagger") else {
            preconditionFailure("missing resource tagger/wordclasses.tsv: the QuotebaseCore bundle is incomplete")
        }
        return TaggerWordClasses(text: text)
    }()
}
