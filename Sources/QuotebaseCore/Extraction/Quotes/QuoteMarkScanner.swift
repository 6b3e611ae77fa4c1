/// A quotation found by `QuoteMarkScanner`, before attribution.
struct ScannedQuote: Hashable {
    /// Offset of the opening mark, or nil when the article prints only a closing mark.
    var open: Int?
    /// Offset of the closing mark, or nil when the quote is never closed.
    var close: Int?
    /// The quoted words, marks excluded, trimmed of spaces.
    var contentStart: Int
    var contentEnd: Int
    var family: QuoteMarkScanner.Family
    /// 0 for a top-level quote, 1 for a quote inside another.
    var depth: Int
}

/// Finds quotation spans in one pass over the text, with a small stack of open marks.
///
/// Each mark is classified by its neighbours ("flanking"): a mark after a space and before a letter opens, a mark
/// after a letter or punctuation and before a space closes. That one rule covers Italian press closing “ with “
/// again, straight `"` used both ways, and apostrophes (`l’obiettivo`, `it"s`: a mark between two letters is
/// never a quotation mark). Work per mark is bounded by the stack depth, so the scan is O(n) whatever the input.
struct QuoteMarkScanner {
    enum Family: Hashable {
        case double      // “ ” „ ‟ "
        case guillemet   // « »
        case single      // ‘ ’ '
        case angleSingle // ‹ ›
    }

    private enum Role { case open, close, either }

    private struct Open {
        var pos: Int
        var family: Family
    }

    static let maxDepth = 4

    static func isQuoteMark(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "\"", "'", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}", "\u{00AB}", "\u{00BB}", "\u{2018}", "\u{2019}",
             "\u{2039}", "\u{203A}":
            return true
        default:
            return false
        }
    }

    let text: QuoteText
    /// German prints »…« as well as „…“; elsewhere « always opens.
    let reversedGuillemets: Bool

    init(text: QuoteText, lang: String) {
        self.text = text
        reversedGuillemets = lang == "de"
    }

    private func family(_ s: Unicode.Scalar) -> Family? {
        switch s {
        case "\"", "\u{201C}", "\u{201D}", "\u{201E}", "\u{201F}": return .double
        case "\u{00AB}", "\u{00BB}": return .guillemet
        case "'", "\u{2018}", "\u{2019}": return .single
        case "\u{2039}", "\u{203A}": return .angleSingle
        default: return nil
        }
    }

    /// Punctuation that may stand before an opening mark as a space would.
    private static func opensLikeSpace(_ s: Unicode.Scalar) -> Bool {
        QuoteText.isSpace(s) || "([{/".unicodeScalars.contains(s) || QuoteText.isDash(s) || isQuoteMark(s)
    }

    /// Punctuation that may stand after a closing mark as a space would.
    private static func closesLikeSpace(_ s: Unicode.Scalar) -> Bool {
        QuoteText.isSpace(s) || ".,;:!?)]}\u{2026}".unicodeScalars.contains(s) || QuoteText.isDash(s) || isQuoteMark(s)
    }

    private func classify(_ i: Int) -> (Family, Role)? {
        let scalars = text.scalars
        let s = scalars[i]
        guard let fam = family(s) else { return nil }
        let prev: Unicode.Scalar? = i > 0 ? scalars[i - 1] : nil
        let next: Unicode.Scalar? = i + 1 < scalars.count ? scalars[i + 1] : nil
        let prevOpen = prev.map(Self.opensLikeSpace) ?? true
        let nextClose = next.map(Self.closesLikeSpace) ?? true
        let prevLetter = prev.map(QuoteText.isLetterOrDigit) ?? false
        let nextLetter = next.map(QuoteText.isLetterOrDigit) ?? false
        switch s {
        case "\u{00AB}", "\u{2039}":
            if reversedGuillemets, !prevOpen, nextClose { return (fam, .close) }
            return (fam, .open)
        case "\u{00BB}", "\u{203A}":
            if reversedGuillemets, prevOpen, !nextClose { return (fam, .open) }
            return (fam, .close)
        case "\u{201E}", "\u{201F}":
            return (fam, .open)
        default:
            break
        }
        let straightOrSingle = s == "\"" || fam == .single
        // A mark between two letters is an apostrophe (`it"s`, `dell'officina`, `Putin’s`), and so is one before
        // a lone "s" (`<Qatar National Bank SAQ>"s`).
        if prevLetter, nextLetter { return straightOrSingle ? nil : (fam, .either) }
        if straightOrSingle, next == "s", i + 2 >= scalars.count || !QuoteText.isLetterOrDigit(scalars[i + 2]), prev.map({ !QuoteText.isSpace($0) }) ?? false {
            return nil
        }
        if prevOpen, !nextClose { return (fam, .open) }
        if !prevOpen, nextClose { return (fam, .close) }
        if prevOpen, nextClose { return (fam, .either) }
        // Neither side is a space: `detto:“Q`, `,”said`.
        if let prev, ":;,".unicodeScalars.contains(prev), nextLetter { return (fam, .open) }
        return fam == .single ? nil : (fam, .either)
    }

    /// All quotations of the text, in order of their start.
    func scan() -> [ScannedQuote] {
        let scalars = text.scalars
        let n = scalars.count
        var out: [ScannedQuote] = []
        var stack: [Open] = []
        var paragraphStart = 0
        var lastMarkEnd = 0
        // A quote left open at a paragraph end whose next paragraph does not reopen it: it continues only if the
        // next mark found closes it (Reuters prints a closing mark only at the end of a multi-paragraph quote).
        var pendingEnd: Int? = nil
        var lastNestedClose: (pos: Int, family: Family)? = nil
        var skip = -1

        func trimmedEnd(_ end: Int, from start: Int) -> Int {
            var e = end
            while e > start, QuoteText.isSpace(scalars[e - 1]) { e -= 1 }
            return e
        }
        func contentStart(after open: Int) -> Int {
            var s = open + 1
            while s < n, QuoteText.isSpace(scalars[s]) { s += 1 }
            return s
        }
        func emit(_ o: Open, close: Int?, end: Int, depth: Int) {
            // An unclosed single quote is far more often an apostrophe than a quotation.
            if close == nil, o.family == .single || o.family == .angleSingle { return }
            let start = contentStart(after: o.pos)
            let e = trimmedEnd(end, from: start)
            guard e > start else { return }
            out.append(ScannedQuote(open: o.pos, close: close, contentStart: start, contentEnd: e, family: o.family,
                                    depth: depth))
        }
        func flushPending() {
            guard let end = pendingEnd else { return }
            for (d, o) in stack.enumerated().reversed() { emit(o, close: nil, end: end, depth: d == 0 ? 0 : 1) }
            stack.removeAll()
            pendingEnd = nil
        }

        var i = 0
        while i < n {
            let s = scalars[i]
            // Letters, digits and most punctuation lie between ' and «, and are neither marks nor line ends.
            if s.value > 0x27, s.value < 0xAB {
                i += 1
                continue
            }
            if s == "\n" {
                let paragraphEnd = trimmedEnd(i, from: paragraphStart)
                var j = i
                while j < n, QuoteText.isSpace(scalars[j]) { j += 1 }
                if pendingEnd != nil {
                    // Two paragraphs without a closing mark: the quote ended where its first paragraph did.
                    flushPending()
                }
                if let nested = lastNestedClose, !stack.isEmpty, stack[0].family == nested.family,
                   paragraphEnd - nested.pos <= 2 {
                    // `"… the "haves" and the "have-nots."` — the last mark closes the inner and the outer quote.
                    let o = stack[0]
                    stack.removeAll()
                    emit(o, close: nested.pos, end: nested.pos, depth: 0)
                }
                if !stack.isEmpty {
                    if j < n, let (fam, role) = classify(j), role != .close, fam == stack[0].family {
                        skip = j  // the paragraph reopens the same quote (« at each paragraph, Reuters' ")
                    } else {
                        pendingEnd = paragraphEnd
                    }
                }
                paragraphStart = j
                lastMarkEnd = j
                lastNestedClose = nil
                i = j
                continue
            }
            guard Self.isQuoteMark(s), i != skip, let (fam, role) = classify(i) else {
                i += 1
                continue
            }
            var effective = role
            if role == .either {
                effective = stack.suffix(Self.maxDepth).contains { $0.family == fam } ? .close : .open
            }
            switch effective {
            case .open:
                flushPending()
                // `"A. "B."` — a straight quote reopened at a sentence start is the next paragraph of the same
                // speech whose line break was lost, not a quote inside it: end the first where the second begins.
                if s == "\"", let top = stack.last, scalars[top.pos] == "\"", stack.count == 1 {
                    var p = i - 1
                    while p > top.pos, QuoteText.isSpace(scalars[p]) { p -= 1 }
                    if p > top.pos, p < i - 1, ".!?".unicodeScalars.contains(scalars[p]) {
                        stack.removeLast()
                        emit(top, close: nil, end: p + 1, depth: 0)
                    }
                }
                if let top = stack.last, top.family == fam, fam != .double || scalars[top.pos] != "\"" || s != "\"" {
                    // A second « while one is open: the first was never closed; end it before this one.
                    if fam != .single {
                        stack.removeLast()
                        emit(top, close: nil, end: i, depth: stack.isEmpty ? 0 : 1)
                    }
                }
                if stack.count < Self.maxDepth { stack.append(Open(pos: i, family: fam)) }
            case .close, .either:
                if let k = stack.lastIndex(where: { $0.family == fam }) {
                    let o = stack[k]
                    stack.removeSubrange(k...)
                    emit(o, close: i, end: i, depth: k == 0 ? 0 : 1)
                    lastNestedClose = k > 0 ? (i, fam) : nil
                    pendingEnd = nil
                } else if stack.isEmpty, pendingEnd == nil, fam == .double && s != "\"" || fam == .guillemet {
                    // (A straight " with no opener is far more often a stray apostrophe: `the United States" West`.)
                    // A closing mark with no opening mark: the quote starts at the paragraph start, or at the
                    // first sentence after the previous quotation of the paragraph.
                    let from = max(paragraphStart, lastMarkEnd)
                    var start = from == paragraphStart ? from : text.sentenceStart(atOrAfter: from)
                    while start < i, QuoteText.isSpace(scalars[start]) { start += 1 }
                    let end = trimmedEnd(i, from: start)
                    if end > start {
                        out.append(ScannedQuote(open: nil, close: i, contentStart: start, contentEnd: end, family: fam,
                                                depth: 0))
                    }
                }
            }
            lastMarkEnd = i + 1
            i += 1
        }
        if let end = pendingEnd {
            for (d, o) in stack.enumerated().reversed() { emit(o, close: nil, end: end, depth: d == 0 ? 0 : 1) }
        } else {
            for (d, o) in stack.enumerated().reversed() { emit(o, close: nil, end: n, depth: d == 0 ? 0 : 1) }
        }
        out.sort { ($0.contentStart, $0.contentEnd) < ($1.contentStart, $1.contentEnd) }
        return out
    }
}
