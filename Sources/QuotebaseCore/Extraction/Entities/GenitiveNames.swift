/// German writes a person's genitive with an -s on the name ("Theresa Mays EU-Austrittsabkommen", "Karol
/// Wojtylas"), and the entity, named by its longest form, would be named in the genitive. When the article also
/// writes the name without the -s, that form is the name and the genitive an alias.
enum GenitiveNames {
    static func apply(to entities: [ExtractedEntity], lang: String) -> [ExtractedEntity] {
        guard lang == "de" else { return entities }
        var out = entities
        for e in out.indices where out[e].kind == .person && out[e].name.count > 3 && out[e].name.hasSuffix("s") {
            let stem = String(out[e].name.dropLast())
            guard !stem.hasSuffix("s"), out[e].mentions.contains(where: { $0.surface == stem }) else { continue }
            let genitive = out[e].name
            out[e].name = stem
            out[e].aliases.removeAll { $0 == stem }
            if !out[e].aliases.contains(genitive) { out[e].aliases.append(genitive) }
        }
        return out
    }
}
