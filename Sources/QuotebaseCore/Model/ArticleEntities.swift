/// The entities of one article with a position index over their mentions.
///
/// Built by `EntityRecognizer`; read by the quote extractor to resolve a speaker phrase at a position
/// ("ha sottolineato il presidente russo" → the entity whose mentions include that role description).
public struct ArticleEntities: Sendable {
    public struct Located: Sendable, Hashable {
        public var entity: Int
        public var mention: EntityMention
    }

    public private(set) var entities: [ExtractedEntity]
    /// Every mention of every entity, sorted by span.
    public private(set) var located: [Located]

    public init(entities: [ExtractedEntity]) {
        self.entities = entities
        located = entities.enumerated()
            .flatMap { index, entity in entity.mentions.map { Located(entity: index, mention: $0) } }
            .sorted { $0.mention.span < $1.mention.span }
    }

    /// The entity mentioned at `span`, if a mention overlaps it.
    public func entity(at span: TextSpan) -> Int? {
        located.first {
            $0.mention.span.part == span.part && $0.mention.span.start < span.end && span.start < $0.mention.span.end
        }?.entity
    }
}
