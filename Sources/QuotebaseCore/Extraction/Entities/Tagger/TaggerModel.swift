import Foundation

/// The weights of one language's entity tagger, as `scripts/train-ner` writes them to `Resources/tagger/LANG.qbtag`.
///
/// File layout (little-endian): magic `QBTAG001`; u32 label count L, u32 template count, u32 feature count N,
/// f32 weight scale; L labels (u8 length + UTF-8); (L+1)×L f32 transition scores (the last row is the sentence
/// start); N u64 feature hashes in ascending order; N×L i8 weights, each worth `value × scale`.
struct TaggerModel: Sendable {
    enum LoadError: Error, Equatable, CustomStringConvertible {
        case missing(String)
        case malformed(String, reason: String)

        var description: String {
            switch self {
            case .missing(let name): "missing resource tagger/\(name): the QuotebaseCore bundle is incomplete"
            case .malformed(let name, let reason):
                "tagger/\(name) is not a tagger model (\(reason)); rebuild it with scripts/train-ner"
            }
        }
    }

    static let magic = Array("QBTAG001".utf8)

    let labels: [TaggerLabel]
    let templateCount: Int
    /// transitions[prev * labelCount + cur]; prev == labelCount is the sentence start.
    let transitions: [Float]
    let scale: Float
    /// The index of `O` in `labels`.
    let outsideLabel: Int
    /// allowed[prev * labelCount + cur]: whether `cur` may follow `prev` (row `labelCount` is the sentence start).
    let allowed: [Bool]
    /// Open-addressing table over the feature hashes: slot → row + 1 (0 = empty).
    private let slotHashes: [UInt64]
    private let slotRows: [Int32]
    private let mask: Int
    /// Row-major weights, `labels.count` per feature row.
    let weights: [Int8]

    var labelCount: Int { labels.count }

    init(data: Data, name: String) throws {
        let bytes = [UInt8](data)
        var offset = 0
        func need(_ count: Int) throws {
            guard count >= 0, offset + count <= bytes.count else {
                throw LoadError.malformed(name, reason: "ends after \(bytes.count) bytes")
            }
        }
        func u32() throws -> UInt32 {
            try need(4)
            defer { offset += 4 }
            return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16
                | UInt32(bytes[offset + 3]) << 24
        }
        func u64() throws -> UInt64 {
            let low = UInt64(try u32())
            return low | UInt64(try u32()) << 32
        }
        try need(8)
        guard Array(bytes[0..<8]) == Self.magic else { throw LoadError.malformed(name, reason: "wrong magic") }
        offset = 8
        let labelCount = Int(try u32())
        templateCount = Int(try u32())
        let featureCount = Int(try u32())
        scale = Float(bitPattern: try u32())
        guard (1...64).contains(labelCount), featureCount < 1 << 26 else {
            throw LoadError.malformed(name, reason: "\(labelCount) labels, \(featureCount) features")
        }
        var labels: [TaggerLabel] = []
        for _ in 0..<labelCount {
            try need(1)
            let length = Int(bytes[offset])
            offset += 1
            try need(length)
            let text = String(decoding: bytes[offset..<(offset + length)], as: UTF8.self)
            offset += length
            labels.append(TaggerLabel(text))
        }
        self.labels = labels
        guard let outside = labels.firstIndex(where: { $0.kind == nil }) else {
            throw LoadError.malformed(name, reason: "no O label")
        }
        outsideLabel = outside
        var allowed = [Bool](repeating: true, count: (labelCount + 1) * labelCount)
        for cur in 0..<labelCount {
            allowed[labelCount * labelCount + cur] = labels[cur].mayFollow(nil)
            for prev in 0..<labelCount { allowed[prev * labelCount + cur] = labels[cur].mayFollow(labels[prev]) }
        }
        self.allowed = allowed
        var transitions: [Float] = []
        transitions.reserveCapacity((labelCount + 1) * labelCount)
        for _ in 0..<((labelCount + 1) * labelCount) { transitions.append(Float(bitPattern: try u32())) }
        self.transitions = transitions
        var hashes: [UInt64] = []
        hashes.reserveCapacity(featureCount)
        for _ in 0..<featureCount { hashes.append(try u64()) }
        try need(featureCount * labelCount)
        weights = bytes[offset..<(offset + featureCount * labelCount)].map { Int8(bitPattern: $0) }

        var capacity = 16
        while capacity < featureCount * 2 { capacity <<= 1 }
        mask = capacity - 1
        var slotHashes = [UInt64](repeating: 0, count: capacity)
        var slotRows = [Int32](repeating: 0, count: capacity)
        for (row, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
            while slotRows[slot] != 0 { slot = (slot + 1) & mask }
            slotHashes[slot] = hash
            slotRows[slot] = Int32(row + 1)
        }
        self.slotHashes = slotHashes
        self.slotRows = slotRows
    }

    /// Calls `body` with a lookup of weight rows by feature hash (nil for a feature the model never kept) that reads
    /// the table without bounds checks (the tagger's hottest loop).
    func withRowLookup<R>(_ body: ((UInt64) -> Int?) -> R) -> R {
        slotHashes.withUnsafeBufferPointer { hashes in
            slotRows.withUnsafeBufferPointer { rows in
                let mask = self.mask
                return body { hash in
                    var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
                    while true {
                        let row = rows[slot]
                        if row == 0 { return nil }
                        if hashes[slot] == hash { return Int(row) - 1 }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// The model of a language (`it`, `en`, `de`, `es`, `fr`), loaded at its first use; nil for a language
    /// without one.
    static func shipped(for lang: String) -> TaggerModel? {
        switch lang {
        case "it": return italian
        case "en": return english
        case "de": return german
        case "es": return spanish
        case "fr": return french
        default: return nil
        }
    }

    private static let italian = loadShipped("it")
    private static let english = loadShipped("en")
    private static let german = loadShipped("de")
    private static let spanish = loadShipped("es")
    private static let french = loadShipped("fr")

    private static func loadShipped(_ lang: String) -> TaggerModel {
        let name = "\(lang).qbtag"
        do {
            guard let base = Bundle.module.url(forResource: "Resources", withExtension: nil),
                  let data = try? Data(contentsOf: base.appendingPathComponent("tagger/\(name)"))
            else { throw LoadError.missing(name) }
            return try TaggerModel(data: data, name: name)
        } catch {
            // A shipped resource is part of the build, like code: a broken one is a broken build.
            preconditionFailure("\(error)")
        }
    }
}

/// One tag of the IOB2 scheme the tagger predicts: `O`, `B-PER`, `I-ORG`...
struct TaggerLabel: Sendable, Hashable {
    enum Kind: String, Sendable {
        case person = "PER", location = "LOC", organization = "ORG", miscellaneous = "MISC"
    }

    let text: String
    /// nil for `O`.
    let kind: Kind?
    let begins: Bool

    init(_ text: String) {
        self.text = text
        if text.count > 2, text.dropFirst().first == "-" {
            kind = Kind(rawValue: String(text.dropFirst(2)))
            begins = text.first == "B"
        } else {
            kind = nil
            begins = false
        }
    }

    /// I-X may only follow B-X or I-X.
    func mayFollow(_ previous: TaggerLabel?) -> Bool {
        guard kind != nil, !begins else { return true }
        return previous?.kind == kind
    }
}
