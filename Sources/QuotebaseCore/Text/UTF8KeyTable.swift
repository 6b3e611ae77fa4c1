/// A read-only hash table keyed by UTF-8 bytes: open addressing, probed with an FNV-1a hash of the key.
///
/// The recognizers look every word of every text up in one. A `Dictionary` with `String` keys hashes each word with
/// seeded SipHash over its Unicode-normalized contents and compares strings at each probe, which cost more than the
/// rest of tokenizing; here a word is hashed and compared as the bytes it already is. Keys compare byte for byte, so
/// store them in one normal form (`Normalizer.key` output, or ASCII).
struct UTF8KeyTable<Value: Sendable>: Sendable {
    /// FNV-1a of each slot's key, never 0; 0 marks an empty slot.
    private var hashes: [UInt64]
    /// Where each slot's key is in `keyBytes`.
    private var keyRanges: [Range<Int>]
    private var values: [Value?]
    private var keyBytes: [UInt8] = []

    /// `entries` (keys as UTF-8: `String.UTF8View`, `[UInt8]`) must not repeat a key.
    init<Key: Sequence<UInt8>>(_ entries: some Collection<(key: Key, value: Value)>) {
        var size = 16
        while size < entries.count * 2 { size <<= 1 }
        hashes = Array(repeating: 0, count: size)
        keyRanges = Array(repeating: 0..<0, count: size)
        values = Array(repeating: nil, count: size)
        for (key, value) in entries {
            let hash = Self.hash(key)
            var slot = Int(truncatingIfNeeded: hash) & (size - 1)
            while hashes[slot] != 0 { slot = (slot + 1) & (size - 1) }
            hashes[slot] = hash
            let start = keyBytes.count
            keyBytes.append(contentsOf: key)
            keyRanges[slot] = start..<keyBytes.count
            values[slot] = value
        }
    }

    /// The value stored under the key spelled by these UTF-8 bytes.
    func value(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        let hash = Self.hash(bytes)
        let mask = hashes.count - 1
        return keyBytes.withUnsafeBufferPointer { keyBytes in
            var slot = Int(truncatingIfNeeded: hash) & mask
            while hashes[slot] != 0 {
                if hashes[slot] == hash, keyRanges[slot].count == bytes.count,
                   UnsafeBufferPointer(rebasing: keyBytes[keyRanges[slot]]).elementsEqual(bytes) {
                    return values[slot]
                }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    subscript(key: String) -> Value? {
        var key = key
        return key.withUTF8 { value(utf8: $0) }
    }

    private static func hash(_ key: some Sequence<UInt8>) -> UInt64 {
        key.withContiguousStorageIfAvailable { hash($0) } ?? Array(key).withUnsafeBufferPointer { hash($0) }
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash | 1
    }
}
