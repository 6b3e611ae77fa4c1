import Foundation

/// Maps one JSON object from a news export (news-please, trafilatura, newspaper, our corpus files) to an article.
///
/// Field names are matched in order of preference; the first present, non-empty one wins.
public struct JSONArticleDecoder: Sendable {
    static let titleFields = ["title", "headline"]
    static let textFields = ["text", "maintext", "content", "body", "article", "raw_text"]
    static let htmlFields = ["html", "raw_html", "content_html"]
    static let dateFields = ["date_publish", "date", "published", "publish_date", "pubDate", "date_published",
                             "datePublished", "published_at"]
    static let authorFields = ["authors", "author", "byline"]
    static let urlFields = ["url", "source_url", "link", "canonical_url"]
    static let languageFields = ["language", "lang"]
    static let idFields = ["id", "_id", "uuid"]
    static let siteFields = ["site", "source", "outlet", "publisher", "sitename", "site_name", "source_domain"]
    static let sectionFields = ["section", "category"]
    /// Where the input was, as a pipeline names it for `extract -` (scripts/spark/extract.py): taken as the
    /// article's source instead of `-:line`.
    static let inputSourceFields = ["quotebase_source"]
    /// Every field some list above names: the others go to `extra`.
    static let knownFields: Set<String> = Set(titleFields + textFields + htmlFields + dateFields + authorFields
        + urlFields + languageFields + idFields + siteFields + sectionFields + inputSourceFields)

    private let dates: DateParser

    public init(profiles: [String: LanguageProfile] = LanguageProfile.all) {
        dates = DateParser(profiles: profiles)
    }

    /// The fields of one record. `body` is nil when the record has HTML only (the caller extracts it).
    struct Record {
        var id: String?
        var title: String?
        var author: String?
        var published: String?
        var lang: String?
        var url: String?
        var body: String?
        var html: String?
        var site: String?
        var section: String?
        var inputSource: String?
        /// The fields no list names, as one JSON object with sorted keys (nulls left out); nil when none.
        var extra: String?
    }

    func decodeObject(_ bytes: [UInt8], subject: String) throws -> Record {
        // Nearly every line is plain JSON: read just our fields from its bytes. Anything else goes through
        // JSONSerialization, so a broken line gets the same error as it always did.
        if let fields = bytes.withUnsafeBufferPointer({ JSONFieldScanner.fields(of: $0) }) {
            return try record(from: fields, subject: subject)
        }
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: Data(bytes), options: [])
        } catch {
            throw QuotebaseError(.malformedInput, subject, "broken JSON (\(Self.reason(error)))")
        }
        guard let dictionary = object as? [String: Any] else {
            throw QuotebaseError(.malformedInput, subject, "expected a JSON object with a text field, found \(Self.typeName(object))")
        }
        return try record(from: dictionary, subject: subject)
    }

    func record(from object: [String: Any], subject: String) throws -> Record {
        var record = Record()
        record.id = string(object, Self.idFields)
        record.title = string(object, Self.titleFields)
        record.body = string(object, Self.textFields)
        record.html = string(object, Self.htmlFields)
        record.url = string(object, Self.urlFields)
        record.lang = string(object, Self.languageFields).map { String($0.prefix(2)).lowercased() }
        record.author = authors(object)
        record.site = string(object, Self.siteFields)
        record.section = string(object, Self.sectionFields)
        record.inputSource = string(object, Self.inputSourceFields)
        record.extra = Self.extra(object)
        if let date = string(object, Self.dateFields) {
            record.published = dates.firstDate(in: date)
        }
        if record.body == nil && record.html == nil {
            throw QuotebaseError(.malformedInput, subject,
                "no article text (looked for \((Self.textFields + Self.htmlFields).joined(separator: ", ")))")
        }
        return record
    }

    /// The fields of `object` that no field list names, as compact JSON with sorted keys. The byte scanner hands
    /// their values over as `RawJSONValue`s, parsed here, so both paths give the same text.
    static func extra(_ object: [String: Any]) -> String? {
        var fields: [String: Any] = [:]
        for (key, value) in object where !knownFields.contains(key) {
            var value = value
            if let raw = value as? RawJSONValue {
                guard let parsed = try? JSONSerialization.jsonObject(with: Data(raw.bytes), options: [.fragmentsAllowed])
                else { continue }
                value = parsed
            }
            if value is NSNull { continue }
            fields[key] = value
        }
        guard !fields.isEmpty,
              let data = try? JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys, .withoutEscapingSlashes])
        else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    private func string(_ object: [String: Any], _ keys: [String]) -> String? {
        for key in keys {
            guard let value = object[key] else { continue }
            if let value = value as? String {
                let trimmed = value.trimmed
                if !trimmed.isEmpty { return trimmed }
            } else if let number = value as? NSNumber, key.lowercased().contains("id") {
                return number.stringValue
            }
        }
        return nil
    }

    private func authors(_ object: [String: Any]) -> String? {
        for key in Self.authorFields {
            if let list = object[key] as? [Any] {
                let names = list.compactMap { item -> String? in
                    if let name = item as? String { return name }
                    return (item as? [String: Any])?["name"] as? String
                }.filter { !$0.isEmpty }
                if !names.isEmpty { return names.joined(separator: ", ") }
            } else if let name = object[key] as? String, !name.isBlank {
                return name.trimmed
            }
        }
        return nil
    }

    private static func reason(_ error: Error) -> String {
        let description = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String
        return description ?? "not valid JSON"
    }

    private static func typeName(_ value: Any) -> String {
        switch value {
        case is [Any]: return "an array"
        case is String: return "a string"
        case is NSNumber: return "a number"
        default: return "null"
        }
    }
}

/// The JSON text of a value `JSONFieldScanner` skipped: a field for `extra`, parsed only when there is one.
struct RawJSONValue {
    var bytes: [UInt8]
}

/// Reads the fields `JSONArticleDecoder` looks at from the bytes of one JSON object, without building the whole
/// object: a JSONL line is mostly one long text value, and JSONSerialization's dictionary of boxed values cost
/// several times more than this scan.
///
/// The result holds what `record(from:)` would read from JSONSerialization's dictionary: strings, and author
/// lists as the names they hold (other values read as absent there). The scanner is strict RFC 8259 and
/// answers nil for anything it is not sure to read exactly as JSONSerialization does (broken or deeply nested
/// JSON, numbers with an exponent or many digits, lone surrogates, an id given as a number); the caller then
/// parses the line with JSONSerialization.
struct JSONFieldScanner {
    private enum Field { case text, authors, identifier }

    private static let fields: [String: Field] = {
        var out: [String: Field] = [:]
        let decoder = JSONArticleDecoder.self
        for key in decoder.titleFields + decoder.textFields + decoder.htmlFields + decoder.dateFields + decoder.urlFields
            + decoder.languageFields + decoder.siteFields + decoder.sectionFields + decoder.inputSourceFields { out[key] = .text }
        for key in decoder.authorFields { out[key] = .authors }
        for key in decoder.idFields { out[key] = .identifier }
        return out
    }()

    /// Deeper than this, let JSONSerialization decide (it has a nesting limit of its own).
    private static let maxDepth = 32

    private let bytes: UnsafeBufferPointer<UInt8>
    private var i = 0

    private init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    static func fields(of bytes: UnsafeBufferPointer<UInt8>) -> [String: Any]? {
        var scanner = JSONFieldScanner(bytes)
        scanner.skipSpace()
        guard let object = scanner.topObject() else { return nil }
        scanner.skipSpace()
        return scanner.i == bytes.count ? object : nil
    }

    private mutating func topObject() -> [String: Any]? {
        var out: [String: Any] = [:]
        let complete = members { scanner, key in
            guard let field = Self.fields[key] else {
                // A field we do not read goes to `extra` as its JSON text.
                let start = scanner.i
                guard scanner.skipValue(depth: 1) else { return false }
                out[key] = RawJSONValue(bytes: Array(UnsafeBufferPointer(rebasing: scanner.bytes[start..<scanner.i])))
                return true
            }
            switch (field, scanner.peek) {
            case (_, UInt8(ascii: "\"")):
                guard let value = scanner.string() else { return false }
                out[key] = value
            case (.authors, UInt8(ascii: "[")):
                guard let names = scanner.authorNames() else { return false }
                out[key] = names
            case (.identifier, UInt8(ascii: "t")), (.identifier, UInt8(ascii: "f")), (.identifier, UInt8(ascii: "-")),
                 (.identifier, UInt8(ascii: "0")...UInt8(ascii: "9")):
                return false  // NSNumber.stringValue has its own spelling of numbers; leave it to JSONSerialization
            default:
                // JSONSerialization's value would not cast to String (nor to a list for authors): absent.
                out[key] = nil
                return scanner.skipValue(depth: 1)
            }
            return true
        }
        return complete ? out : nil
    }

    /// `["A", {"name": "B"}, 3]` → ["A", "B"]: what `authors(_:)` keeps of the list.
    private mutating func authorNames() -> [String]? {
        var names: [String] = []
        let complete = elements { scanner in
            switch scanner.peek {
            case UInt8(ascii: "\""):
                guard let name = scanner.string() else { return false }
                names.append(name)
            case UInt8(ascii: "{"):
                var name: String?
                let complete = scanner.members { scanner, key in
                    if key == "name", scanner.peek == UInt8(ascii: "\"") {
                        guard let value = scanner.string() else { return false }
                        name = value
                        return true
                    }
                    if key == "name" { name = nil }
                    return scanner.skipValue(depth: 3)
                }
                guard complete else { return false }
                if let name { names.append(name) }
            default:
                return scanner.skipValue(depth: 2)
            }
            return true
        }
        return complete ? names : nil
    }

    // MARK: Grammar

    private var peek: UInt8 { i < bytes.count ? bytes[i] : 0 }

    private mutating func skipSpace() {
        while i < bytes.count, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    /// `{ "key": value, … }` at `i`; `member` reads the value of each key (at its first byte).
    private mutating func members(_ member: (inout JSONFieldScanner, String) -> Bool) -> Bool {
        guard peek == UInt8(ascii: "{") else { return false }
        i += 1
        skipSpace()
        if peek == UInt8(ascii: "}") { i += 1; return true }
        while true {
            guard peek == UInt8(ascii: "\""), let key = string() else { return false }
            skipSpace()
            guard peek == UInt8(ascii: ":") else { return false }
            i += 1
            skipSpace()
            guard member(&self, key) else { return false }
            skipSpace()
            if peek == UInt8(ascii: ",") { i += 1; skipSpace(); continue }
            guard peek == UInt8(ascii: "}") else { return false }
            i += 1
            return true
        }
    }

    /// `[ value, … ]` at `i`; `element` reads each value (at its first byte).
    private mutating func elements(_ element: (inout JSONFieldScanner) -> Bool) -> Bool {
        guard peek == UInt8(ascii: "[") else { return false }
        i += 1
        skipSpace()
        if peek == UInt8(ascii: "]") { i += 1; return true }
        while true {
            guard element(&self) else { return false }
            skipSpace()
            if peek == UInt8(ascii: ",") { i += 1; skipSpace(); continue }
            guard peek == UInt8(ascii: "]") else { return false }
            i += 1
            return true
        }
    }

    private mutating func skipValue(depth: Int) -> Bool {
        guard depth <= Self.maxDepth else { return false }
        switch peek {
        case UInt8(ascii: "\""): return skipString()
        case UInt8(ascii: "{"): return members { scanner, _ in scanner.skipValue(depth: depth + 1) }
        case UInt8(ascii: "["): return elements { scanner in scanner.skipValue(depth: depth + 1) }
        case UInt8(ascii: "t"): return literal("true")
        case UInt8(ascii: "f"): return literal("false")
        case UInt8(ascii: "n"): return literal("null")
        default: return number()
        }
    }

    private mutating func literal(_ word: StaticString) -> Bool {
        let count = word.utf8CodeUnitCount
        guard i + count <= bytes.count else { return false }
        for k in 0..<count where bytes[i + k] != word.utf8Start[k] { return false }
        i += count
        return true
    }

    /// `-?(0|[1-9][0-9]*)(.[0-9]+)?` with at most 15 digits: always a Double JSONSerialization can represent.
    private mutating func number() -> Bool {
        if peek == UInt8(ascii: "-") { i += 1 }
        var digits = 0
        func digitRun(_ scanner: inout JSONFieldScanner) -> Int {
            let start = scanner.i
            while scanner.i < scanner.bytes.count, (0x30...0x39).contains(scanner.bytes[scanner.i]) { scanner.i += 1 }
            return scanner.i - start
        }
        let first = peek
        let integer = digitRun(&self)
        guard integer > 0, first != UInt8(ascii: "0") || integer == 1 else { return false }
        digits += integer
        if peek == UInt8(ascii: ".") {
            i += 1
            let fraction = digitRun(&self)
            guard fraction > 0 else { return false }
            digits += fraction
        }
        return digits <= 15 && peek != UInt8(ascii: "e") && peek != UInt8(ascii: "E")
    }

    private mutating func skipString() -> Bool {
        var scratch: [UInt8]? = nil
        return readString(into: &scratch)
    }

    /// The string at `i`, unescaped.
    private mutating func string() -> String? {
        let start = i + 1
        var unescaped: [UInt8]? = nil
        guard readString(into: &unescaped) else { return nil }
        if let unescaped { return String(decoding: unescaped, as: UTF8.self) }
        // The bytes are valid UTF-8 (the line was decoded as text before), so no repair happens here.
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(i - 1)]), as: UTF8.self)
    }

    /// Scans a string at `i` (its opening quote) to after its closing quote. A string with escapes leaves its
    /// bytes, escapes resolved, in `unescaped`; for one without, `unescaped` is untouched and the string is the
    /// bytes between the quotes.
    private mutating func readString(into unescaped: inout [UInt8]?) -> Bool {
        guard peek == UInt8(ascii: "\""), let base = bytes.baseAddress else { return false }
        i += 1
        var out: [UInt8] = []
        var escaped = false
        while true {
            // The hot loop of the scanner (an article body is most of a line): a local index, three comparisons,
            // and the run up to the next escape copied at once.
            let run = i
            var end = i
            let count = bytes.count
            while end < count {
                let byte = base[end]
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { break }
                end += 1
            }
            i = end
            guard i < count, bytes[i] >= 0x20 else { return false }
            if escaped { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i])) }
            if bytes[i] == UInt8(ascii: "\"") {
                i += 1
                if escaped { unescaped = out }
                return true
            }
            if !escaped {
                escaped = true
                out.reserveCapacity(count - run)
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[run..<i]))
            }
            guard i + 1 < count else { return false }
            let escape = bytes[i + 1]
            i += 2
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard var code = hexQuad() else { return false }
                if (0xD800...0xDBFF).contains(code) {
                    // A lone surrogate (as JavaScript writes a string cut in half) becomes U+FFFD, not a lost record.
                    let high = code
                    code = 0xFFFD
                    if peek == UInt8(ascii: "\\"), i + 1 < count, bytes[i + 1] == UInt8(ascii: "u") {
                        let mark = i
                        i += 2
                        if let low = hexQuad(), (0xDC00...0xDFFF).contains(low) {
                            code = 0x10000 + (high - 0xD800) << 10 + (low - 0xDC00)
                        } else {
                            i = mark
                        }
                    }
                } else if (0xDC00...0xDFFF).contains(code) {
                    code = 0xFFFD
                }
                guard let scalar = Unicode.Scalar(code) else { return false }
                out.append(contentsOf: String(scalar).utf8)
            default:
                return false
            }
        }
    }

    private mutating func hexQuad() -> UInt32? {
        guard i + 4 <= bytes.count else { return nil }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[i]
            let digit: UInt8
            switch byte {
            case 0x30...0x39: digit = byte - 0x30
            case 0x41...0x46: digit = byte - 0x41 + 10
            case 0x61...0x66: digit = byte - 0x61 + 10
            default: return nil
            }
            value = value << 4 | UInt32(digit)
            i += 1
        }
        return value
    }
}
