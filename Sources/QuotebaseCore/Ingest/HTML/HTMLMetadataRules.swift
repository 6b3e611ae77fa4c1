import Foundation

/// Titles without the site name pages append to them ("Story - Site", "Story | Site.it").
enum HTMLTitle {
    static let separators = [" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / "]

    /// Strips trailing segments that name the site: the og:site_name, something that looks like a domain, or —
    /// when `aggressive` (a `<title>`) — a short last segment after a longer story title. A title equal to a
    /// heading on the page is kept whole.
    static func clean(_ title: String, siteName: String?, headings: [String], aggressive: Bool) -> String {
        var title = title
        let headingKeys = Set(headings.map(Normalizer.key))
        let siteKey = siteName.map(Normalizer.key) ?? ""
        while !headingKeys.contains(Normalizer.key(title)) {
            guard let (story, suffix) = splitLast(title) else { break }
            let suffixKey = Normalizer.key(suffix)
            let namesSite = !siteKey.isEmpty && (suffixKey == siteKey || suffixKey.contains(siteKey)
                || siteKey.contains(suffixKey))
            let looksLikeDomain = !suffix.contains(" ") && suffix.contains(".")
            let storyIsHeading = headingKeys.contains(Normalizer.key(story))
            let shortSuffix = aggressive && suffix.split(separator: " ").count <= 4
                && story.split(separator: " ").count >= 3
            guard namesSite || looksLikeDomain || storyIsHeading || shortSuffix else { break }
            title = story
        }
        return title
    }

    private static func splitLast(_ title: String) -> (String, String)? {
        var best: Range<String.Index>?
        for separator in separators {
            if let range = title.range(of: separator, options: .backwards), range.lowerBound > title.startIndex,
               best.map({ range.lowerBound > $0.lowerBound }) ?? true {
                best = range
            }
        }
        guard let range = best else { return nil }
        let story = HTMLWhitespace.collapse(title[..<range.lowerBound])
        let suffix = HTMLWhitespace.collapse(title[range.upperBound...])
        guard !story.isEmpty, !suffix.isEmpty else { return nil }
        return (story, suffix)
    }
}

/// Author names out of bylines: "By Jane Doe and John Roe", "di ROBERTO MANIA", "Jane Doe | Reuters".
enum HTMLByline {
    static let prefixes = ["written by ", "posted by ", "by ", "di ", "a cura di ", "testo di ", "da ", "von ", "par ",
                           "por "]

    static func clean(_ raw: String) -> String? {
        var text = HTMLWhitespace.collapse(raw)
        let lower = text.lowercased()
        for prefix in prefixes where lower.hasPrefix(prefix) {
            text = String(text.dropFirst(prefix.count))
            break
        }
        // Cut at what follows a name in bylines: a date, a role, a separator.
        for stop in [" | ", " - ", " – ", " — ", ",", " on ", " il ", "\n", " updated", " published", " posted"] {
            if let range = text.range(of: stop, options: .caseInsensitive) { text = String(text[..<range.lowerBound]) }
        }
        // A name never holds digits: "Jane Doe 16 November 2017 • 2:15pm" ends before the date; but a line that
        // starts as a timestamp ("Updated 12:30") holds no name at all.
        let firstWord = text.prefix { $0.isLetter }.lowercased()
        if ["updated", "published", "posted", "modified", "aggiornato", "pubblicato"].contains(firstWord) { return nil }
        if let firstNumber = text.split(separator: " ").firstIndex(where: { $0.first?.isNumber ?? false }),
           firstNumber > 0 {
            text = text.split(separator: " ").prefix(firstNumber).joined(separator: " ")
        }
        text = text.trimmingCharacters(in: .whitespacesAndNewlines.union(.punctuationCharacters))
        let words = text.split(separator: " ")
        guard (1...6).contains(words.count), text.count <= 60,
              !text.contains(where: { $0.isNumber || $0 == "@" || $0 == "/" }),
              words.allSatisfy({ $0.first?.isUppercase ?? false || ["and", "e", "de", "da", "di", "van", "von", "del",
                                                                    "della", "la", "le"].contains(String($0)) })
        else { return nil }
        return fixCase(text)
    }

    /// "ROBERTO MANIA" → "Roberto Mania"; names already in mixed case are left alone.
    static func fixCase(_ name: String) -> String {
        guard name == name.uppercased(), name.contains(where: \.isLetter) else { return name }
        return name.lowercased().split(separator: " ").map { word in
            word.prefix(1).uppercased() + word.dropFirst()
        }.joined(separator: " ")
    }

    /// A byline as the first short line of the article ("By Jane Doe", "di Mario Rossi").
    static func find(inLeadOf body: String) -> String? {
        for paragraph in body.components(separatedBy: "\n\n").prefix(4) where paragraph.count < 80 {
            let lower = paragraph.lowercased()
            if prefixes.contains(where: { lower.hasPrefix($0) }), let name = clean(paragraph) { return name }
        }
        return nil
    }
}

/// Dates in the many shapes pages write them, normalized to `YYYY-MM-DD`.
enum HTMLDate {
    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11,
        "dec": 12,
        "gennaio": 1, "febbraio": 2, "marzo": 3, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "agosto": 8,
        "settembre": 9, "ottobre": 10, "novembre": 11, "dicembre": 12,
        "gen": 1, "mag": 5, "giu": 6, "lug": 7, "ago": 8, "set": 9, "ott": 10, "dic": 12,
    ]

    static func normalize(_ raw: String) -> String? {
        let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        let digits = Array(text.utf8)
        // 2012-05-12, 2012/05/12, 2012.05.12 and ISO 8601 timestamps.
        if digits.count >= 10, let y = number(digits, 0, 4), isSeparator(digits[4]), let m = number(digits, 5, 2),
           isSeparator(digits[7]), let d = number(digits, 8, 2) {
            return format(y, m, d)
        }
        // 20120512
        if digits.count >= 8, let y = number(digits, 0, 4), let m = number(digits, 4, 2), let d = number(digits, 6, 2),
           digits.count == 8 || !(digits[8] >= 0x30 && digits[8] <= 0x39) {
            return format(y, m, d)
        }
        // 12/05/2012, 12.05.2012 (day first, as in Italian and British usage).
        if digits.count >= 10, let d = number(digits, 0, 2), isSeparator(digits[2]), let m = number(digits, 3, 2),
           isSeparator(digits[5]), let y = number(digits, 6, 4) {
            return format(y, m, d)
        }
        return fromWords(text)
    }

    /// "May 12, 2012", "12 maggio 2012", "Sat, 12 May 2012 05:40:00 GMT".
    static func fromWords(_ text: String) -> String? {
        let tokens = text.lowercased().split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        var month: Int?
        var day: Int?
        var year: Int?
        for token in tokens {
            if let value = Int(token) {
                if token.count == 4, year == nil, (1900...2100).contains(value) { year = value }
                else if token.count <= 2, day == nil, (1...31).contains(value) { day = value }
            } else if let value = months[String(token)], month == nil {
                month = value
            }
        }
        guard let year, let month, let day else { return nil }
        return format(year, month, day)
    }

    /// A date in a URL path: /2012/05/12/ or /2012-05-12/.
    static func fromURLPath(_ url: String) -> String? {
        let parts = url.split(whereSeparator: { $0 == "/" || $0 == "-" || $0 == "_" })
        for i in parts.indices.dropLast(2) {
            guard parts[i].count == 4, let y = Int(parts[i]), (1990...2100).contains(y),
                  parts[i + 1].count == 2, let m = Int(parts[i + 1]),
                  parts[i + 2].count == 2, let d = Int(parts[i + 2]) else { continue }
            if let date = format(y, m, d) { return date }
        }
        return nil
    }

    private static func isSeparator(_ byte: UInt8) -> Bool { byte == 0x2D || byte == 0x2F || byte == 0x2E }

    private static func number(_ bytes: [UInt8], _ start: Int, _ length: Int) -> Int? {
        guard start + length <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[start..<start + length] {
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            value = value * 10 + Int(byte - 0x30)
        }
        return value
    }

    private static func format(_ year: Int, _ month: Int, _ day: Int) -> String? {
        guard (1900...2100).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        return String(format: "%04d-%02d-%02d", year, month, day)
    }
}
