/// Reads one article from plain text or Markdown: title, byline, date line, boilerplate, body.
///
/// The conventions are those of text saved from news sites: the title on the first line (sometimes printed
/// twice), then a line with the date and/or byline (`20 Dicembre 2022 0 Di Pierfrancesco Maresca`), then the body.
/// Ad labels, photo credits and "read also" lines are dropped wherever they stand.
public struct PlainTextArticleParser: Sendable {
    public struct Parsed: Sendable, Hashable {
        public var title: String?
        public var author: String?
        public var published: String?
        public var body: String
    }

    private let boilerplatePrefixes: [String]
    private let bylinePrefixes: [String]
    private let dates: DateParser
    /// A first line longer than this, or ending like a sentence, is body text rather than a title.
    private let maxTitleLength = 300

    public init(profiles: [String: LanguageProfile] = LanguageProfile.all) {
        boilerplatePrefixes = Array(Set(profiles.values.flatMap(\.boilerplate).map { $0.lowercased() })).sorted()
        bylinePrefixes = Array(Set(profiles.values.flatMap(\.bylinePrefixes).map { Normalizer.key($0) })).sorted()
        dates = DateParser(profiles: profiles)
    }

    public func parse(_ text: String, markdown: Bool = false) -> Parsed {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let trimmed = line.trimmed
            return markdown ? Self.plainMarkdown(trimmed) : trimmed
        }
        lines = lines.filter { !isBoilerplate($0) }

        var index = lines.firstIndex { !$0.isEmpty } ?? lines.endIndex
        var title: String?
        if index < lines.endIndex, looksLikeTitle(lines[index]) {
            title = lines[index]
            index += 1
            // Pages saved from the web often repeat the title as the first heading.
            if let next = lines[index...].firstIndex(where: { !$0.isEmpty }),
               Normalizer.key(lines[next]) == Normalizer.key(title!) {
                index = next + 1
            }
        }

        var author: String?
        var published: String?
        var scanned = 0
        var probe = index
        // The date and byline stand within the few lines after the title.
        while probe < lines.endIndex, scanned < 3 {
            let line = lines[probe]
            probe += 1
            if line.isEmpty { continue }
            scanned += 1
            guard line.count <= 120 else { break }
            let date = dates.firstDate(in: line)
            let byline = self.byline(in: line)
            guard date != nil || byline != nil else { continue }
            published = published ?? date
            author = author ?? byline
            lines[probe - 1] = ""
        }

        let body = Self.joinParagraphs(lines[index...])
        return Parsed(title: title, author: author, published: published, body: body)
    }

    func isBoilerplate(_ line: String) -> Bool {
        guard !line.isEmpty, line.count <= 160 else { return false }
        let lower = line.lowercased()
        return boilerplatePrefixes.contains { lower.hasPrefix($0) }
    }

    private func looksLikeTitle(_ line: String) -> Bool {
        guard line.count <= maxTitleLength else { return false }
        guard let last = line.last else { return false }
        return last != "." || line.count < 80
    }

    /// "… Di Pierfrancesco Maresca", "By Jane Doe": the prefix, then two to five name words.
    func byline(in line: String) -> String? {
        let words = line.split(separator: " ").map(String.init)
        for (i, word) in words.enumerated() where bylinePrefixes.contains(Normalizer.key(word)) {
            var name: [String] = []
            for candidate in words[(i + 1)...] {
                guard let first = candidate.first, first.isUppercase || ["de", "di", "van", "von", "da", "del", "della"].contains(candidate)
                else { break }
                name.append(candidate.trimmingCharacters(in: CharacterSet(charactersIn: ",;|")))
                if name.count == 5 { break }
            }
            while let last = name.last, let first = last.first, !first.isUppercase { name.removeLast() }
            if name.count >= 2 { return name.joined(separator: " ") }
        }
        return nil
    }

    /// Paragraphs separated by one blank line, no leading or trailing blank lines.
    static func joinParagraphs(_ lines: ArraySlice<String>) -> String {
        var out: [String] = []
        var pendingBreak = false
        for line in lines {
            if line.isEmpty {
                pendingBreak = !out.isEmpty
                continue
            }
            if pendingBreak { out.append("") }
            pendingBreak = false
            out.append(line)
        }
        return out.joined(separator: "\n")
    }

    /// Headings, emphasis and links reduced to their text.
    static func plainMarkdown(_ line: String) -> String {
        var text = Substring(line)
        while text.hasPrefix("#") { text = text.dropFirst() }
        if text.hasPrefix("> ") { text = text.dropFirst(2) }
        var out = ""
        var iterator = text.makeIterator()
        var pendingLinkText: String?
        while let character = iterator.next() {
            switch character {
            case "*":
                continue  // Markdown emphasis.
            case "_" where out.last == nil || out.last == " " || out.last == "_":
                continue  // Emphasis at a word's edge; snake_case inside a word stays.
            case "[":
                pendingLinkText = ""
            case "]" where pendingLinkText != nil:
                out += pendingLinkText!
                pendingLinkText = nil
                var lookahead = iterator
                if lookahead.next() == "(" {
                    while let c = lookahead.next(), c != ")" {}
                    iterator = lookahead
                }
            default:
                if pendingLinkText != nil { pendingLinkText!.append(character) } else { out.append(character) }
            }
        }
        if let pending = pendingLinkText { out += "[" + pending }
        return out.trimmed
    }
}

import Foundation
