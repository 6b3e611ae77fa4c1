/// Flattens a page nested deeper than `limit` elements, in one linear pass over the bytes: start tags past that
/// depth, and the end tags that close them, become a space, so their text joins the element at the limit.
///
/// libxml2 stops parsing at 256 levels unless told to go on (`HTMLDocument` tells it), and then the whole article
/// below that depth was lost ("no article text found"). Told to go on, it would keep any depth, but every end tag it
/// cannot match is looked for through all the open elements: a million nested `<div>`s and as many stray end tags
/// never finish. Flattened, the depth stays near `limit` and the cost linear. A page no deeper than `limit` is not
/// changed at all.
///
/// Depth is counted as libxml2 would nest: void elements (`<br>`), `<x/>` and the elements that a sibling closes
/// (`<p>`, `<li>`, `<td>`, …) do not nest; `<script>` and `<style>` hold text, not tags; comments are skipped.
enum HTMLNestingLimit {
    static let limit = 256

    /// `bytes` flattened below `limit` levels, or nil when the page is not that deep.
    static func flattened(_ bytes: UnsafeRawBufferPointer, limit: Int = limit) -> [UInt8]? {
        let n = bytes.count
        var out: [UInt8] = []
        var copiedUpTo = 0
        // Open elements by name, and the number of elements of each name dropped below the limit and not yet closed.
        var open: [UInt64] = []
        var openCount: [UInt64: Int] = [:]
        var dropped: [UInt64: Int] = [:]
        var i = 0

        func drop(_ start: Int, _ end: Int) {
            out.append(contentsOf: bytes[copiedUpTo..<start])
            out.append(0x20)
            copiedUpTo = end
        }
        @inline(__always) func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D }
        @inline(__always) func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
        func startsWith(_ text: StaticString, at index: Int) -> Bool {
            let count = text.utf8CodeUnitCount
            guard index + count <= n else { return false }
            for k in 0..<count where bytes[index + k] | 0x20 != text.utf8Start[k] | 0x20 { return false }
            return true
        }
        func find(_ text: StaticString, from index: Int) -> Int? {
            var j = index
            while j < n {
                if bytes[j] | 0x20 == text.utf8Start[0] | 0x20, startsWith(text, at: j) { return j }
                j += 1
            }
            return nil
        }
        /// The tag name starting at `index` (lowercased, hashed) and where it ends.
        func name(at index: Int) -> (UInt64, Int) {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            var j = index
            while j < n, !isSpace(bytes[j]), bytes[j] != UInt8(ascii: ">"), bytes[j] != UInt8(ascii: "/") {
                hash = (hash ^ UInt64(bytes[j] | (isLetter(bytes[j]) ? 0x20 : 0))) &* 0x100_0000_01b3
                j += 1
            }
            return (hash, j)
        }
        /// The index after the `>` ending the tag whose attributes start at `index`, and whether it ended in `/>`.
        func tagEnd(from index: Int) -> (Int, Bool) {
            var j = index
            var previous: UInt8 = 0
            while j < n {
                let b = bytes[j]
                if b == UInt8(ascii: ">") { return (j + 1, previous == UInt8(ascii: "/")) }
                if b == UInt8(ascii: "\"") || b == UInt8(ascii: "'"), previous == UInt8(ascii: "=") || isSpace(previous) {
                    j += 1
                    while j < n, bytes[j] != b { j += 1 }
                }
                if !isSpace(b) { previous = b }
                j += 1
            }
            return (n, false)
        }

        while i < n {
            guard bytes[i] == UInt8(ascii: "<"), i + 1 < n else { i += 1; continue }
            let next = bytes[i + 1]
            if startsWith("<!--", at: i) {
                i = find("-->", from: i + 4).map { $0 + 3 } ?? n
            } else if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
                i = find(">", from: i + 2).map { $0 + 1 } ?? n
            } else if next == UInt8(ascii: "/"), i + 2 < n, isLetter(bytes[i + 2]) {
                let (tag, nameEnd) = name(at: i + 2)
                let end = find(">", from: nameEnd).map { $0 + 1 } ?? n
                if let count = dropped[tag], count > 0 {
                    dropped[tag] = count - 1
                    drop(i, end)
                } else if let count = openCount[tag], count > 0 {
                    // As the parser does: closes the elements opened inside it too.
                    while let last = open.popLast() {
                        openCount[last]! -= 1
                        if last == tag { break }
                    }
                }
                i = end
            } else if isLetter(next) {
                let (tag, nameEnd) = name(at: i + 1)
                let (end, selfClosing) = tagEnd(from: nameEnd)
                if Self.rawText.contains(tag) {
                    i = find(tag == Self.script ? "</script" : "</style", from: end) ?? n
                    continue
                }
                if !selfClosing, !Self.notNesting.contains(tag) {
                    if open.count >= limit {
                        dropped[tag, default: 0] += 1
                        drop(i, end)
                    } else {
                        open.append(tag)
                        openCount[tag, default: 0] += 1
                    }
                }
                i = end
            } else {
                i += 1
            }
        }
        guard copiedUpTo > 0 else { return nil }
        out.append(contentsOf: bytes[copiedUpTo..<n])
        return out
    }

    private static func hash(_ name: String) -> UInt64 {
        name.utf8.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x100_0000_01b3 }
    }

    private static let script = hash("script")
    private static let rawText: Set<UInt64> = [script, hash("style")]

    /// Void elements, and elements that the parser ends when a sibling starts (or ignores when repeated: `html`,
    /// `head`, `body`).
    private static let notNesting: Set<UInt64> = Set([
        "area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img", "input", "isindex", "keygen", "link",
        "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "optgroup", "tr", "td", "th", "thead", "tbody", "tfoot", "colgroup", "rt",
        "rp", "a", "html", "head", "body",
    ].map(hash))
}
