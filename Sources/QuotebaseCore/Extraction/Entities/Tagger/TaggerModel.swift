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
    /// Per label, the labels that may come before it (`allowedPrevious`) and after it (`allowedNext`), ascending.
    let allowedPrevious: [[Int]]
    let allowedNext: [[Int]]
    /// Open-addressing table over the feature hashes, filled to at most a half. A slot is 8 bytes:
    /// the hash's high 32 bits above, the row + 1 below (0 = empty). A probe reads the compact slot array only; the
    /// hash's low 32 bits are checked in the row it names, which is read for its weights anyway.
    private let slots: [UInt64]
    private let mask: Int
    /// Per feature row, `rowStride` bytes: the low 32 bits of its hash, then its weights (16 bytes a row for up to
    /// 12 labels), so that a lookup touches one row of a table that mostly stays in cache. A row's weights are
    /// added with 16-byte vector loads, which read past them (into the next row, or the 16 bytes of padding at the
    /// end): the lanes past `labelCount` are never used.
    private let rows: [UInt8]
    let rowStride: Int
    let featureCount: Int
    private static let weightOffset = 4

    /// Row-major weights, `labels.count` per feature row, as the file has them.
    var weights: [Int8] {
        var out: [Int8] = []
        out.reserveCapacity(featureCount * labelCount)
        for row in 0..<featureCount {
            for l in 0..<labelCount { out.append(Int8(bitPattern: rows[row * rowStride + Self.weightOffset + l])) }
        }
        return out
    }

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
        allowedPrevious = (0..<labelCount).map { cur in (0..<labelCount).filter { allowed[$0 * labelCount + cur] } }
        allowedNext = (0..<labelCount).map { prev in (0..<labelCount).filter { allowed[prev * labelCount + $0] } }
        var transitions: [Float] = []
        transitions.reserveCapacity((labelCount + 1) * labelCount)
        for _ in 0..<((labelCount + 1) * labelCount) { transitions.append(Float(bitPattern: try u32())) }
        self.transitions = transitions
        var hashes: [UInt64] = []
        hashes.reserveCapacity(featureCount)
        for _ in 0..<featureCount { hashes.append(try u64()) }
        try need(featureCount * labelCount)
        let weightBytes = bytes[offset..<(offset + featureCount * labelCount)]

        self.featureCount = featureCount
        var capacity = 16
        while capacity < featureCount * 2 { capacity <<= 1 }
        mask = capacity - 1
        var slots = [UInt64](repeating: 0, count: capacity)
        for (row, hash) in hashes.enumerated() {
            var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(row + 1)
        }
        self.slots = slots
        let stride = (Self.weightOffset + labelCount + 15) / 16 * 16
        rowStride = stride
        var rows = [UInt8](repeating: 0, count: featureCount * stride + 16)
        for (row, hash) in hashes.enumerated() {
            for b in 0..<4 { rows[row * stride + b] = UInt8(truncatingIfNeeded: hash >> (8 * UInt64(b))) }
            for l in 0..<labelCount {
                rows[row * stride + Self.weightOffset + l] = weightBytes[weightBytes.startIndex + row * labelCount + l]
            }
        }
        self.rows = rows
    }

    /// Adds, for each group of `templates` hashes (one token's features), the weight rows of the features the model
    /// kept, and writes their sums × `scale` to `out` (`labelCount` per group). The sums are exact integers, as
    /// the row-by-row sum of `weights` makes them; only the order of the loads differs.
    ///
    /// The lookups are mostly waits for memory, so they are done in passes over the whole sentence: first every
    /// feature's first slot is read (independent loads the processor overlaps), then the rows are found and added.
    func scores(of hashes: UnsafeBufferPointer<UInt64>, perToken templates: Int, into out: UnsafeMutableBufferPointer<Float>) {
        let size = labelCount, stride = rowStride, scale = self.scale, mask = self.mask
        let count = hashes.count
        let tokens = templates == 0 ? 0 : count / templates
        withUnsafeTemporaryAllocation(of: UInt64.self, capacity: max(count, 1)) { first in
            slots.withUnsafeBufferPointer { slots in
                for k in 0..<count {
                    let hash = hashes[k]
                    first[k] = slots[Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask]
                }
                rows.withUnsafeBytes { rows in
                    let base = rows.baseAddress!
                    /// The row of feature `k`, or nil when the model does not have it.
                    @inline(__always) func row(_ k: Int) -> UnsafeRawPointer? {
                        let hash = hashes[k]
                        let tag = hash & 0xFFFF_FFFF_0000_0000
                        var entry = first[k]
                        var slot = Int(truncatingIfNeeded: hash ^ (hash >> 29)) & mask
                        while entry != 0 {
                            if entry & 0xFFFF_FFFF_0000_0000 == tag {
                                let row = base + (Int(truncatingIfNeeded: entry & 0xFFFF_FFFF) - 1) * stride
                                if UInt32(littleEndian: row.loadUnaligned(as: UInt32.self)) == UInt32(truncatingIfNeeded: hash) {
                                    return row
                                }
                            }
                            slot = (slot + 1) & mask
                            entry = slots[slot]
                        }
                        return nil
                    }
                    for i in 0..<tokens {
                        var chunk = 0
                        while chunk < size {
                            var sums = SIMD16<Int32>()
                            for f in 0..<templates {
                                guard let row = row(i * templates + f) else { continue }
                                let bytes = (row + Self.weightOffset + chunk).loadUnaligned(as: SIMD16<Int8>.self)
                                sums &+= SIMD16<Int32>(truncatingIfNeeded: bytes)
                            }
                            for l in chunk..<min(size, chunk + 16) { out[i * size + l] = Float(sums[l - chunk]) * scale }
                            chunk += 16
                        }
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
