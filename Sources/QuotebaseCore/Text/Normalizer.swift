import Foundation

/// The one place where text is folded for lookups and comparisons.
///
/// `Normalizer.key("L’Élysée")` and `Normalizer.key("l'elysee")` are equal: case and diacritics are folded,
/// typographic apostrophes become `'`, and every run of other non-letter, non-digit characters becomes one space.
/// Entity names, aliases and user lookups all go through this function, so "Bielorussia", "BIELORUSSIA" and
/// "Bielorússia" find the same row.
public enum Normalizer {
    public static func key(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        func append(_ scalar: Unicode.Scalar) {
            if pendingSpace, !out.isEmpty { out.append(" ") }
            pendingSpace = false
            out.append(scalar)
        }
        for scalar in text.unicodeScalars {
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
            for folded in String(scalar).decomposedStringWithCompatibilityMapping.lowercased().unicodeScalars {
                let properties = folded.properties
                if properties.generalCategory == .nonspacingMark { continue }
                if properties.isAlphabetic || properties.numericType != nil {
                    append(folded)
                } else {
                    pendingSpace = true
                }
            }
        }
        return String(out)
    }
}
