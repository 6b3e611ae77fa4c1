import Foundation

/// A read-only hash table keyed by UTF-8 bytes: open addressing, probed with an FNV-1a hash of the key.
///
/// The recognizers look every word of every text up in one. A `Dictionary` with `String` keys hashes each word with
/// seeded SipHash over its Unicode-normalized contents and compares strings at each probe, which cost more than the
/// rest of tokenizing; here a word is hashed and compared as the bytes it already is. Keys compare byte for byte, so
/// store them in one normal form (`Normalizer.key` output, or ASCII).
///
/// The gazetteer's table has ~50,000 words, several megabytes in all, so a lookup is mostly waiting for memory. The
/// probe therefore reads one compact array of slots, each holding an entry's index and part of its key's hash, and
/// reads the entry's key and value only when that part of the hash matches.
struct UTF8KeyTable<Value: Sendable>: Sendable {
    /// Per slot: the entry's index + 1 in the low 32 bits (0 marks an empty slot), the key hash's high 32 bits above.
    private var slots: [UInt64]
    /// Entry `i`'s key is `keyBytes[keyStarts[i]..<keyStarts[i + 1]]`.
    private var keyStarts: [Int] = [0]
    private var keyBytes: [UInt8] = []
    private var values: [Value] = []

    /// `entries` (keys as UTF-8: `String.UTF8View`, `[UInt8]`) must not repeat a key.
    init<Key: Sequence<UInt8>>(_ entries: some Collection<(key: Key, value: Value)>) {
        precondition(entries.count < Int(UInt32.max), "too many keys for 32-bit entry indexes")
        var size = 16
        while size < entries.count * 2 { size <<= 1 }
        slots = Array(repeating: 0, count: size)
        values.reserveCapacity(entries.count)
        keyStarts.reserveCapacity(entries.count + 1)
        for (key, value) in entries {
            keyBytes.append(contentsOf: key)
            keyStarts.append(keyBytes.count)
            values.append(value)
            let hash = keyBytes.withUnsafeBufferPointer { bytes in
                Self.hash(UnsafeBufferPointer(rebasing: bytes[keyStarts[keyStarts.count - 2]...]))
            }
            var slot = Int(truncatingIfNeeded: hash) & (size - 1)
            while slots[slot] != 0 { slot = (slot + 1) & (size - 1) }
            slots[slot] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(values.count)
        }
    }

    /// The value stored under the key spelled by these UTF-8 bytes.
    func value(utf8 bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        let hash = Self.hash(bytes)
        let tag = hash & 0xFFFF_FFFF_0000_0000
        let mask = slots.count - 1
        let entry: Int? = slots.withUnsafeBufferPointer { slots in
            keyBytes.withUnsafeBufferPointer { keyBytes in
                keyStarts.withUnsafeBufferPointer { keyStarts in
                    var slot = Int(truncatingIfNeeded: hash) & mask
                    while true {
                        let found = slots[slot]
                        if found == 0 { return nil }
                        if found & 0xFFFF_FFFF_0000_0000 == tag {
                            let entry = Int(truncatingIfNeeded: found & 0xFFFF_FFFF) - 1
                            let start = keyStarts[entry]
                            if keyStarts[entry + 1] - start == bytes.count
                                && (bytes.isEmpty || memcmp(keyBytes.baseAddress! + start, bytes.baseAddress!, bytes.count) == 0) {
                                return entry
                            }
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
        return entry.map { values[$0] }
    }

    subscript(key: String) -> Value? {
        var key = key
        return key.withUTF8 { value(utf8: $0) }
    }

    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return hash
    }
}
