/// One entity per name in an article. The rules and the tagger can each make an entity of one name with different
/// kinds ("Alfa Romeo" the firm, and "Alfa Romeo" read as a person in another sentence); stored apart, the two
/// article entities share a cross-article entity or not depending on what the other articles say, and the rows of
/// one article (its quotes' targets) could not tell which was meant. They are one entity, of the kind most of their
/// mentions were read as (on a tie, the first one's).
enum SameNameEntities {
    static func merge(_ entities: [ExtractedEntity]) -> [ExtractedEntity] {
        var firstOfName: [String: Int] = [:]
        var out: [ExtractedEntity] = []
        var mentionsByKind: [[EntityKind: Int]] = []
        for entity in entities {
            let key = Normalizer.key(entity.name)
            guard let index = firstOfName[key] else {
                firstOfName[key] = out.count
                out.append(entity)
                mentionsByKind.append([entity.kind: entity.mentions.count])
                continue
            }
            mentionsByKind[index][entity.kind, default: 0] += entity.mentions.count
            for alias in entity.aliases where alias != out[index].name && !out[index].aliases.contains(alias) {
                out[index].aliases.append(alias)
            }
            for role in entity.roles where !out[index].roles.contains(role) { out[index].roles.append(role) }
            out[index].mentions.append(contentsOf: entity.mentions)
            out[index].mentions.sort { $0.span < $1.span }
        }
        for index in out.indices where mentionsByKind[index].count > 1 {
            let first = out[index].kind
            out[index].kind = mentionsByKind[index].max {
                $0.value != $1.value ? $0.value < $1.value : ($1.key == first)
            }!.key
        }
        return out
    }
}
