extension ExtractedEntity {
    /// The name as an article in `lang` writes it: the canonical `name` when a mention spells it, else the
    /// capitalized mention with the most words (then the most frequent, then the first). A gazetteer gives places,
    /// countries and organizations an English canonical name that an Italian or French article never writes
    /// ("Milan" for "Milano", "Vienna" for "Vienne"); a reader names them as the article does. In English the
    /// canonical name is the reader's own (and English capitalizes adjectives, "Soviet", which are no name). A
    /// person keeps the canonical name: it is the article's fullest form of the name, or the gazetteer's fuller one
    /// ("Putin" → "Vladimir Putin"), which a reader accepts.
    public func writtenName(in lang: String) -> String {
        guard kind != .person, lang != "en" else { return name }
        let canonical = Normalizer.key(name)
        var best: (surface: String, words: Int, count: Int, first: Int)?
        var counts: [String: Int] = [:]
        for mention in mentions { counts[mention.surface, default: 0] += 1 }
        for (index, mention) in mentions.enumerated() {
            let surface = mention.surface
            if Normalizer.key(surface) == canonical { return name }
            guard let initial = surface.unicodeScalars.first, initial.properties.isUppercase else { continue }
            let words = surface.split(whereSeparator: { $0 == " " }).count
            let count = counts[surface] ?? 0
            if let b = best, (b.words, b.count, -b.first) >= (words, count, -index) { continue }
            best = (surface, words, count, index)
        }
        return best?.surface ?? name
    }
}
