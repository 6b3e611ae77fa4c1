/// SHA-256, used for the content hash that makes ingest idempotent. Foundation on Linux has no digest API,
/// and one function does not justify a cryptography dependency.
enum SHA256 {
    private static let k: [UInt32] = [
        0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
        0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
        0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
        0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
        0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
        0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
        0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
        0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
    ]

    static func hex<Bytes: Collection>(_ message: Bytes) -> String where Bytes.Element == UInt8 {
        let bytes = Array(message)
        var state = State()
        let whole = bytes.count / 64 * 64
        bytes.withUnsafeBufferPointer { buffer in
            for chunk in stride(from: 0, to: whole, by: 64) {
                state.compress(UnsafeBufferPointer(rebasing: buffer[chunk..<(chunk + 64)]))
            }
        }
        // The tail, the 0x80 marker, zeros, and the length in bits: one or two more blocks.
        var tail = Array(bytes[whole...])
        tail.append(0x80)
        tail.append(contentsOf: repeatElement(0, count: (tail.count <= 56 ? 56 : 120) - tail.count))
        let bitLength = UInt64(bytes.count) * 8
        for shift in stride(from: 56, through: 0, by: -8) { tail.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift))) }
        tail.withUnsafeBufferPointer { buffer in
            for chunk in stride(from: 0, to: buffer.count, by: 64) {
                state.compress(UnsafeBufferPointer(rebasing: buffer[chunk..<(chunk + 64)]))
            }
        }
        return state.hex
    }

    /// The eight working words, updated one 64-byte block at a time.
    private struct State {
        var h: (UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32, UInt32) =
            (0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19)

        mutating func compress(_ block: UnsafeBufferPointer<UInt8>) {
            withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
                for i in 0..<16 {
                    let b = i * 4
                    w[i] = UInt32(block[b]) << 24 | UInt32(block[b + 1]) << 16 | UInt32(block[b + 2]) << 8 | UInt32(block[b + 3])
                }
                for i in 16..<64 {
                    let s0 = w[i - 15].rotatedRight(7) ^ w[i - 15].rotatedRight(18) ^ (w[i - 15] >> 3)
                    let s1 = w[i - 2].rotatedRight(17) ^ w[i - 2].rotatedRight(19) ^ (w[i - 2] >> 10)
                    w[i] = w[i - 16] &+ s0 &+ w[i - 7] &+ s1
                }
                var (a, b, c, d, e, f, g, hh) = h
                SHA256.k.withUnsafeBufferPointer { k in
                    for i in 0..<64 {
                        let s1 = e.rotatedRight(6) ^ e.rotatedRight(11) ^ e.rotatedRight(25)
                        let choice = (e & f) ^ (~e & g)
                        let t1 = hh &+ s1 &+ choice &+ k[i] &+ w[i]
                        let s0 = a.rotatedRight(2) ^ a.rotatedRight(13) ^ a.rotatedRight(22)
                        let majority = (a & b) ^ (a & c) ^ (b & c)
                        let t2 = s0 &+ majority
                        (hh, g, f, e, d, c, b, a) = (g, f, e, d &+ t1, c, b, a, t1 &+ t2)
                    }
                }
                h = (h.0 &+ a, h.1 &+ b, h.2 &+ c, h.3 &+ d, h.4 &+ e, h.5 &+ f, h.6 &+ g, h.7 &+ hh)
            }
        }

        var hex: String {
            let words = [h.0, h.1, h.2, h.3, h.4, h.5, h.6, h.7]
            return String(unsafeUninitializedCapacity: 64) { out in
                for (n, word) in words.enumerated() {
                    for digit in 0..<8 {
                        let nibble = UInt8(truncatingIfNeeded: word >> UInt32(28 - digit * 4)) & 0xf
                        out[n * 8 + digit] = nibble < 10 ? 0x30 + nibble : 0x61 + nibble - 10
                    }
                }
                return 64
            }
        }
    }
}

private extension UInt32 {
    // Masking shifts: the checked `>>` and `<<` test for oversized shifts on every call, and this runs 3,000
    // times a block.
    func rotatedRight(_ n: UInt32) -> UInt32 { (self &>> n) | (self &<< (32 &- n)) }
}

extension Article {
    /// SHA-256 of the body with whitespace runs collapsed, so re-wrapped copies of one article hash alike.
    public var contentHash: String {
        var body = body
        let normalized = body.withUTF8 { utf8 in
            // Never longer than the body: written in place, without append's capacity checks.
            [UInt8](unsafeUninitializedCapacity: utf8.count) { out, count in
                count = 0
                var pendingSpace = false
                for byte in utf8 {
                    if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                        pendingSpace = count > 0
                    } else {
                        if pendingSpace {
                            out[count] = 0x20
                            count += 1
                            pendingSpace = false
                        }
                        out[count] = byte
                        count += 1
                    }
                }
            }
        }
        return SHA256.hex(normalized)
    }
}
