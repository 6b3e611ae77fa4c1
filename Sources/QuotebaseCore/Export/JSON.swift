/// Minimal JSON string encoding for streamed output; faster than `JSONSerialization` and keeps key order.
enum JSON {
    static func quoted(_ text: String) -> String {
        var out: [UInt8] = []
        appendQuoted(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends `text` as a JSON string literal. Works on UTF-8 bytes: only ASCII control characters, `"` and `\`
    /// are escaped, plus U+2028/U+2029, which JavaScript reads as line ends.
    static func appendQuoted(_ text: String, to out: inout [UInt8]) {
        out.append(0x22)
        let utf8 = text.utf8
        var index = utf8.startIndex
        while index != utf8.endIndex {
            let byte = utf8[index]
            switch byte {
            case 0x22: out.append(contentsOf: [0x5C, 0x22])
            case 0x5C: out.append(contentsOf: [0x5C, 0x5C])
            case 0x0A: out.append(contentsOf: [0x5C, UInt8(ascii: "n")])
            case 0x0D: out.append(contentsOf: [0x5C, UInt8(ascii: "r")])
            case 0x09: out.append(contentsOf: [0x5C, UInt8(ascii: "t")])
            case 0x00..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out.append(contentsOf: [0x5C, UInt8(ascii: "u"), 0x30, 0x30, hex[Int(byte >> 4)], hex[Int(byte & 0xF)]])
            case 0xE2:
                // U+2028 and U+2029 are E2 80 A8 and E2 80 A9.
                let next = utf8.index(after: index)
                if next != utf8.endIndex, utf8[next] == 0x80, utf8.index(after: next) != utf8.endIndex,
                   case let last = utf8[utf8.index(after: next)], last == 0xA8 || last == 0xA9 {
                    out.append(contentsOf: (last == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    index = utf8.index(after: utf8.index(after: next))
                    continue
                }
                out.append(byte)
            default: out.append(byte)
            }
            index = utf8.index(after: index)
        }
        out.append(0x22)
    }
}
