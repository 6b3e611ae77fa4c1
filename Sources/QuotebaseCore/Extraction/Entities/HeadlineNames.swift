/// A name first read in a headline-case line takes the headline's verbs and nouns with it ("Icon Morton Blackwell
/// Endorses", "Paul Scores Direct Hit"): the capitalized run holds more than the name. When the running text names
/// the same entity with fewer words, all of them in the headline's run, the entity takes the running text's fullest
/// form; and when that form is part of a person's name the article gives whole, both are one person.
struct HeadlineNames {
    static func apply(to entities: [ExtractedEntity], parts: [TaggedNames.TaggedPart]) -> [ExtractedEntity] {
        var titleCase: [ArticlePart: [Range<Int>]] = [:]
        for piece in parts where !piece.titleCaseLines.isEmpty { titleCase[piece.part] = piece.titleCaseLines }
        guard !titleCase.isEmpty else { return entities }
        func inHeadline(_ m: EntityMention) -> Bool {
            titleCase[m.span.part]?.contains { $0.contains(m.span.start) } ?? false
        }
        func words(_ s: String) -> [String] {
            s.split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "." && $0 != "-" }).map { $0.lowercased() }
        }
        var out = entities
        var merged = Set<Int>()
        for e in out.indices where out[e].kind == .person || out[e].kind == .organization {
            let entity = out[e]
            guard entity.mentions.contains(where: { inHeadline($0) && $0.surface == entity.name }) else { continue }
            let nameWords = words(entity.name)
            let running = entity.mentions.filter { !inHeadline($0) }
            let fitting = running.filter {
                let w = words($0.surface)
                return !w.isEmpty && w.count < nameWords.count && Set(w).isSubset(of: Set(nameWords))
            }
            let best = fitting.max(by: { words($0.surface).count < words($1.surface).count })
            // A person named whole elsewhere ("Morton Blackwell") whose words the headline run holds; of several
            // ("Chris Christie Calls Hillary Clinton"), the one the running text's mentions name.
            let people = out.indices.filter { p in
                p != e && !merged.contains(p) && out[p].kind == .person && {
                    let w = Set(words(out[p].name))
                    return w.count >= 2 && w.count < nameWords.count && w.isSubset(of: Set(nameWords))
                }()
            }
            let named = best.map { b in people.filter { Set(words(b.surface)).isSubset(of: Set(words(out[$0].name))) } } ?? []
            let chosen = named.isEmpty ? people : named
            if chosen.count == 1 {
                let p = chosen[0]
                out[p].mentions.append(contentsOf: entity.mentions)
                out[p].mentions.sort { $0.span < $1.span }
                out[p].roles.append(contentsOf: entity.roles.filter { !out[p].roles.contains($0) })
                out[p].aliases = RecognitionSession.aliases(out[p].mentions, name: out[p].name)
                merged.insert(e)
                continue
            }
            guard !running.contains(where: { $0.surface == entity.name }), let best else { continue }
            out[e].name = best.surface
            out[e].aliases = RecognitionSession.aliases(entity.mentions, name: best.surface)
        }
        return out.indices.filter { !merged.contains($0) }.map { out[$0] }
    }
}
