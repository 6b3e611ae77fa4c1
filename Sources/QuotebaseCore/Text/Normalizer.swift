import Foundation

/// The one place where text is folded for lookups and comparisons.
///
/// `Normalizer.key("L’Élysée")` and `Normalizer.key("l'elysee")` are equal: case and diacritics are folded,
/// typographic apostrophes become `'`, and every run of other non-letter, non-digit characters becomes one space.
/// Entity names, aliases and user lookups all go through this function, so "Bielorussia", "BIELORUSSIA" and
/// "Bielorússia" find the same row.
public enum Normalizer {
    public static func key(_ text: some StringProtocol) -> String {
        let folded: String?? = text.utf8.withContiguousStorageIfAvailable { bytes in asciiKey(bytes) }
        if let folded, let folded { return folded }
        return key(scalars: text.unicodeScalars)
    }

    /// `key` of the text made of these scalars, without building that text first.
    static func key(scalars: some Sequence<Unicode.Scalar>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(scalars.underestimatedCount + 8)
        var pendingSpace = false
        func append(_ scalar: Unicode.Scalar) {
            if pendingSpace, !out.isEmpty { out.append(0x20) }
            pendingSpace = false
            if scalar.isASCII {
                out.append(UInt8(truncatingIfNeeded: scalar.value))
            } else {
                out.append(contentsOf: scalar.utf8)
            }
        }
        for scalar in scalars {
            if scalar.isASCII {
                let v = scalar.value
                switch v {
                case 0x41...0x5A: append(Unicode.Scalar(v + 32)!)
                case 0x61...0x7A, 0x30...0x39: append(scalar)
                case 0x27: append(scalar)
                default: pendingSpace = true
                }
                continue
            }
            if scalar == "\u{2019}" || scalar == "\u{2018}" || scalar == "\u{02BC}" {
                append("'")
                continue
            }
            for folded in foldings(of: scalar) {
                if let folded { append(folded) } else { pendingSpace = true }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `key` of one word made only of ASCII letters, digits and apostrophes, which folding only lower-cases: the
    /// tokenizers' fast path, without the separator handling a whole text needs.
    static func asciiWordKey(_ scalars: some Collection<Unicode.Scalar>) -> String {
        String(unsafeUninitializedCapacity: scalars.count) { out in
            var count = 0
            for scalar in scalars {
                let byte = UInt8(truncatingIfNeeded: scalar.value)
                out[count] = (0x41...0x5A).contains(byte) ? byte + 32 : byte
                count += 1
            }
            return count
        }
    }

    /// The key of pure ASCII text, folded byte by byte; nil when the text holds any other scalar.
    private static func asciiKey(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        for byte in bytes where byte >= 0x80 { return nil }
        return String(unsafeUninitializedCapacity: bytes.count) { out in
            var count = 0
            var pendingSpace = false
            for byte in bytes {
                let kept: UInt8
                switch byte {
                case 0x41...0x5A: kept = byte + 32
                case 0x61...0x7A, 0x30...0x39, 0x27: kept = byte
                default:
                    pendingSpace = true
                    continue
                }
                if pendingSpace, count > 0 {
                    out[count] = 0x20
                    count += 1
                }
                pendingSpace = false
                out[count] = kept
                count += 1
            }
            return count
        }
    }

    /// What one non-ASCII scalar folds to: letters and digits to keep, nil for a separator; marks are dropped.
    private static func foldings(of scalar: Unicode.Scalar) -> [Unicode.Scalar?] {
        let v = Int(scalar.value)
        if v < commonFoldings.count { return commonFoldings[v] }
        return fold(scalar)
    }

    /// Foldings of the scalars below U+0530 (Latin, Greek, Cyrillic), which make up nearly all non-ASCII letters of
    /// our news: Foundation's compatibility decomposition costs microseconds per call.
    private static let commonFoldings: [[Unicode.Scalar?]] = (0..<0x530).map { value in
        Unicode.Scalar(UInt32(value)).map(fold) ?? []
    }

    private static func fold(_ scalar: Unicode.Scalar) -> [Unicode.Scalar?] {
        var out: [Unicode.Scalar?] = []
        for folded in String(scalar).decomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
            let properties = folded.properties
            if properties.generalCategory == .nonspacingMark { continue }
            out.append(properties.isAlphabetic || properties.numericType != nil ? folded : nil)
        }
        return out
    }
}
