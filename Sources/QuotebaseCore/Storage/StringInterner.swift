import Foundation

/// Texts stored once each and named by a dense number, looked up by their UTF-8 bytes.
///
/// Relinking reads some 200,000 article entities for 30,000 articles, with a few hundred thousand names and aliases
/// that are mostly repeats ("Reuters", "Tony Blair"). Making a `String` of each as SQLite returns it, and hashing it
/// into dictionaries of strings, was most of the relink's time and memory; here a repeat costs one FNV hash of its
/// bytes and one comparison, and only a text seen for the first time becomes a `String`.
struct StringInterner {
    /// Per slot: the entry's number + 1 (0 marks an empty slot).
    private var slots: [Int32] = Array(repeating: 0, count: 1024)
    private var hashes: [UInt64] = []
    /// Entry `i`'s bytes are `bytes[starts[i]..<starts[i + 1]]`.
    private var starts: [Int] = [0]
    private var bytes: [UInt8] = []
    /// Entry `i` as a string.
    private(set) var strings: [String] = []

    var count: Int { strings.count }

    subscript(id: Int32) -> String { strings[Int(id)] }

    /// The number of the text spelled by these bytes, stored now if new.
    mutating func id(utf8 text: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(text)
        if let found = find(text, hash: hash) { return found }
        if (strings.count + 1) * 2 > slots.count { grow() }
        let id = Int32(strings.count)
        bytes.append(contentsOf: text)
        starts.append(bytes.count)
        hashes.append(hash)
        strings.append(String(decoding: text, as: UTF8.self))
        insert(id, hash: hash)
        return id
    }

    mutating func id(_ text: String) -> Int32 {
        var text = text
        return text.withUTF8 { id(utf8: $0) }
    }

    mutating func id(_ text: Substring) -> Int32 {
        var text = text
        return text.withUTF8 { id(utf8: $0) }
    }

    /// The number of `text` when it is stored, without storing it.
    func existingID(_ text: String) -> Int32? {
        var text = text
        return text.withUTF8 { find($0, hash: Self.hash($0)) }
    }

    private func find(_ text: UnsafeBufferPointer<UInt8>, hash: UInt64) -> Int32? {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        return bytes.withUnsafeBufferPointer { stored in
            while true {
                let entry = Int(slots[slot]) - 1
                if entry < 0 { return nil }
                if hashes[entry] == hash {
                    let start = starts[entry], length = starts[entry + 1] - start
                    if length == text.count
                        && (length == 0 || memcmp(stored.baseAddress! + start, text.baseAddress!, length) == 0) {
                        return Int32(entry)
                    }
                }
                slot = (slot + 1) & mask
            }
        }
    }

    private mutating func insert(_ id: Int32, hash: UInt64) {
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 { slot = (slot + 1) & mask }
        slots[slot] = id + 1
    }

    private mutating func grow() {
        slots = Array(repeating: 0, count: slots.count * 2)
        for (entry, hash) in hashes.enumerated() { insert(Int32(entry), hash: hash) }
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}
