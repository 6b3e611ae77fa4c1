/// Whitespace rules for text taken out of HTML: every run of spaces, tabs, newlines and no-break spaces becomes one
/// space, invisible characters (zero-width space, soft hyphen, BOM) vanish, and nothing else is touched, so words that
/// were separate stay separate and words split only by markup (`<b>G</b>overno`) stay whole, as a browser shows them.
enum HTMLWhitespace {
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20, 0x09, 0x0A, 0x0D, 0x0C, 0x0B, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xAD: return true
        default: return false
        }
    }

    /// Collapses whitespace runs to one space and trims both ends.
    static func collapse(_ text: some StringProtocol) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = true
            } else if !isInvisible(scalar) {
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Bytes of text that are not whitespace, and commas: the cheap measures of "how much prose" used when scoring
    /// blocks.
    static func visibleBytesAndCommas(_ text: UnsafePointer<UInt8>) -> (visible: Int, commas: Int) {
        var count = 0
        var commas = 0
        var pointer = text
        while pointer.pointee != 0 {
            switch pointer.pointee {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C: break
            case 0x2C:
                count += 1
                commas += 1
            default: count += 1
            }
            pointer += 1
        }
        return (count, commas)
    }
}
