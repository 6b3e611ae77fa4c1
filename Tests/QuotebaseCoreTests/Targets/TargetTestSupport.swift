@testable import QuotebaseCore

/// The target names of each quote found, in quote order.
func targetNames(_ found: (quotes: [ExtractedQuote], entities: ArticleEntities)) -> [[String]] {
    found.quotes.map { $0.targets.map { found.entities.entities[$0].name } }
}

/// How each target of each quote was found, in quote order.
func targetSources(_ found: (quotes: [ExtractedQuote], entities: ArticleEntities)) -> [[TargetSource]] {
    found.quotes.map { q in q.targets.indices.map { q.evidence(ofTarget: $0).how } }
}

/// `extractQuotes` with roles the article gives some entities but never writes as a mention.
func extractQuotes(_ body: String, lang: String, known: [(name: String, kind: EntityKind, forms: [String])],
                   roles: [String: [String]]) -> (quotes: [ExtractedQuote], entities: ArticleEntities) {
    let gold = known.map { GoldEntityIndex.GoldEntity(name: $0.name, kind: $0.kind.rawValue, aliases: $0.forms, role: nil) }
    var entities = GoldEntityIndex.build(gold, title: nil, body: body).entities
    for k in entities.indices { entities[k].roles = roles[entities[k].name] ?? [] }
    let index = ArticleEntities(entities: entities)
    let article = Article(source: "test", title: nil, lang: lang, body: body)
    return (QuoteExtractor().extract(from: article, entities: index), index)
}
