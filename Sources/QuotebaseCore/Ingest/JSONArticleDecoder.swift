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
    }

    func decodeObject(_ bytes: [UInt8], subject: String) throws -> Record {
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
        if let date = string(object, Self.dateFields) {
            record.published = dates.firstDate(in: date)
        }
        if record.body == nil && record.html == nil {
            throw QuotebaseError(.malformedInput, subject,
                "no article text (looked for \((Self.textFields + Self.htmlFields).joined(separator: ", ")))")
        }
        return record
    }

    private func string(_ object: [String: Any], _ keys: [String]) -> String? {
        for key in keys {
            if let value = object[key] as? String {
                let trimmed = value.trimmed
                if !trimmed.isEmpty { return trimmed }
            } else if let number = object[key] as? NSNumber, key.lowercased().contains("id") {
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
