import Foundation

/// Per-language facts ingest needs: month names, byline prefixes, boilerplate lines, stop words.
/// Loaded from `Resources/languages/<code>.json`.
public struct LanguageProfile: Sendable, Decodable {
    public let language: String
    public let months: [String]
    public let monthAbbreviations: [String]
    public let weekdays: [String]
    public let bylinePrefixes: [String]
    public let stopwords: [String]
    public let boilerplate: [String]

    /// Every bundled profile, keyed by language code.
    public static let all: [String: LanguageProfile] = loadBundled()

    private static func loadBundled() -> [String: LanguageProfile] {
        guard let folder = Bundle.module.url(forResource: "Resources", withExtension: nil)?
            .appendingPathComponent("languages"),
            let files = try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
        else { return [:] }
        var profiles: [String: LanguageProfile] = [:]
        for file in files where file.pathExtension == "json" {
            // A bundled resource that does not decode is a build defect; tests load every profile.
            if let data = try? Data(contentsOf: file),
               let profile = try? JSONDecoder().decode(LanguageProfile.self, from: data) {
                profiles[profile.language] = profile
            }
        }
        return profiles
    }
}

/// Guesses an article's language from the share of each language's stop words among its first words.
public struct LanguageDetector: Sendable {
    private let stopwords: [String: Set<String>]

    public init(profiles: [String: LanguageProfile] = LanguageProfile.all) {
        stopwords = profiles.mapValues { Set($0.stopwords) }
    }

    /// The best-scoring language code, or `fallback` when the text has too few function words to tell.
    public func detect(_ text: String, fallback: String = "und") -> String {
        var counts: [String: Int] = [:]
        var seen = 0
        for word in Self.words(text, limit: 400) {
            seen += 1
            for (language, set) in stopwords where set.contains(word) {
                counts[language, default: 0] += 1
            }
        }
        guard let best = counts.max(by: { ($0.value, $1.key) < ($1.value, $0.key) }),
              best.value >= 2, Double(best.value) >= Double(seen) * 0.05
        else { return fallback }
        return best.key
    }

    private static func words(_ text: String, limit: Int) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current).lowercased())
                current.removeAll(keepingCapacity: true)
                if words.count >= limit { return words }
            }
        }
        if !current.isEmpty { words.append(String(current).lowercased()) }
        return words
    }
}
