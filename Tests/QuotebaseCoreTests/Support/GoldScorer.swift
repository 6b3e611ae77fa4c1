import Foundation

/// A faithful Swift port of `../shared/eval/score.py`, so `swift test` can hold quality floors on Fixtures.
/// Keep it in step with the Python scorer: same normalization, same matching, same figures.
struct GoldScorer {
    struct Figures: CustomStringConvertible {
        var articles = 0, goldQuotes = 0, predictedQuotes = 0, matched = 0, falsePositives = 0, speakerOK = 0
        var goldEntities = 0, entityHits = 0, predictedEntities = 0, predictedEntitiesOK = 0

        var quotePrecision: Double { Double(matched) / Double(max(1, matched + falsePositives)) }
        var quoteRecall: Double { Double(matched) / Double(max(1, goldQuotes)) }
        var quoteF1: Double { f1(quotePrecision, quoteRecall) }
        var speakerAccuracy: Double { Double(speakerOK) / Double(max(1, matched)) }
        var quoteSpeakerF1: Double {
            f1(Double(speakerOK) / Double(max(1, matched + falsePositives)), Double(speakerOK) / Double(max(1, goldQuotes)))
        }
        var entityRecall: Double { Double(entityHits) / Double(max(1, goldEntities)) }
        var entityPrecision: Double { Double(predictedEntitiesOK) / Double(max(1, predictedEntities)) }

        private func f1(_ p: Double, _ r: Double) -> Double { 2 * p * r / max(1e-9, p + r) }

        var description: String {
            String(format: "arts %d goldQ %d predQ %d quoteP %.3f quoteR %.3f quoteF1 %.3f spkAcc %.3f q+spkF1 %.3f entR %.3f entP %.3f",
                   articles, goldQuotes, predictedQuotes, quotePrecision, quoteRecall, quoteF1, speakerAccuracy,
                   quoteSpeakerF1, entityRecall, entityPrecision)
        }
    }

    /// Figures per language, and "all".
    private(set) var byLanguage: [String: Figures] = [:]
    /// One line per miss, extra or wrong speaker, as `score.py -v` prints them.
    private(set) var log: [String] = []

    mutating func add(gold: [String: Any], predicted: [String: Any]) {
        let file = gold["file"] as? String ?? "?"
        let lang = gold["lang"] as? String ?? "?"
        let goldQuotes = gold["quotes"] as? [[String: Any]] ?? []
        let predictedQuotes = predicted["quotes"] as? [[String: Any]] ?? []
        let skipped = (gold["skipped"] as? [Any] ?? []).compactMap { ($0 as? String) ?? (($0 as? [String: Any])?["text"] as? String) }
        let goldEntities = gold["entities"] as? [[String: Any]] ?? []
        var used = Set<Int>()
        var matched: [([String: Any], [String: Any])] = []
        for q in goldQuotes {
            let text = q["text"] as? String ?? ""
            if let hit = predictedQuotes.indices.first(where: { !used.contains($0) && Self.quoteMatch(text, predictedQuotes[$0]["text"] as? String ?? "") }) {
                used.insert(hit)
                matched.append((q, predictedQuotes[hit]))
            } else {
                log.append("MISS  \(file): \(text.prefix(80))")
            }
        }
        var falsePositives = 0
        for (index, p) in predictedQuotes.enumerated() where !used.contains(index) {
            let text = p["text"] as? String ?? ""
            if skipped.contains(where: { Self.quoteMatch($0, text) }) { continue }
            falsePositives += 1
            log.append("EXTRA \(file): \(text.prefix(80)) (\(p["speaker"] as? String ?? "-"))")
        }
        var speakerOK = 0
        for (q, p) in matched {
            if Self.speakerOK(q, p["speaker"] as? String, goldEntities) {
                speakerOK += 1
            } else {
                log.append("WHO?  \(file): \((q["text"] as? String ?? "").prefix(60)) gold=\(q["speakers"] ?? q["speaker"] ?? "-") pred=\(p["speaker"] as? String ?? "-")")
            }
        }
        let predictedEntities = predicted["entities"] as? [[String: Any]] ?? []
        let predictedNames = predictedEntities.reduce(into: Set<String>()) { $0.formUnion(Self.names($1)) }
        let goldNames = goldEntities.reduce(into: Set<String>()) { $0.formUnion(Self.names($1)) }
        let entityHits = goldEntities.filter { !Self.names($0).isDisjoint(with: predictedNames) }.count
        let predictedOK = predictedEntities.filter { !Self.names($0).isDisjoint(with: goldNames) }.count
        for e in goldEntities where Self.names(e).isDisjoint(with: predictedNames) {
            log.append("NOENT \(file): \(e["name"] ?? "?") (\(e["kind"] ?? "?"))")
        }
        for e in predictedEntities where Self.names(e).isDisjoint(with: goldNames) {
            log.append("XENT  \(file): \(e["name"] ?? "?") (\(e["kind"] ?? "?"))")
        }
        for key in [lang, "all"] {
            var f = byLanguage[key] ?? Figures()
            f.articles += 1
            f.goldQuotes += goldQuotes.count
            f.predictedQuotes += predictedQuotes.count
            f.matched += matched.count
            f.falsePositives += falsePositives
            f.speakerOK += speakerOK
            f.goldEntities += goldEntities.count
            f.entityHits += entityHits
            f.predictedEntities += predictedEntities.count
            f.predictedEntitiesOK += predictedOK
            byLanguage[key] = f
        }
    }

    /// score.py's `norm`: NFKD, no combining marks, lower case, ’‘ → ', runs of non-word characters → one space.
    static func norm(_ text: String) -> String {
        let folded = text.decomposedStringWithCompatibilityMapping.unicodeScalars
            .filter { $0.properties.generalCategory != .nonspacingMark }
        var out = ""
        var pendingSpace = false
        for scalar in String(String.UnicodeScalarView(folded)).lowercased().unicodeScalars {
            let s: Unicode.Scalar = (scalar == "\u{2019}" || scalar == "\u{2018}") ? "'" : scalar
            let isWord = s.properties.isAlphabetic || s.properties.numericType != nil || s == "_" || s == "'"
                || s.properties.generalCategory == .spacingMark
            if isWord {
                if pendingSpace, !out.isEmpty { out.append(" ") }
                pendingSpace = false
                out.unicodeScalars.append(s)
            } else {
                pendingSpace = true
            }
        }
        return out
    }

    static func tokens(_ text: String) -> [String] { norm(text).split(separator: " ").map(String.init) }

    static func quoteMatch(_ gold: String, _ predicted: String) -> Bool {
        let gt = tokens(gold), pt = tokens(predicted)
        guard !gt.isEmpty, !pt.isEmpty else { return false }
        let gs = gt.joined(separator: " "), ps = pt.joined(separator: " ")
        if gs == ps { return true }
        let (short, long) = gs.count <= ps.count ? (gs, ps) : (ps, gs)
        // Python compares lengths in code points.
        if long.contains(short), Double(short.unicodeScalars.count) >= 0.8 * Double(long.unicodeScalars.count) { return true }
        let a = Set(gt), b = Set(pt)
        return Double(a.intersection(b).count) / Double(a.union(b).count) >= 0.7
    }

    static func names(_ entity: [String: Any]) -> Set<String> {
        var out: Set<String> = [norm(entity["name"] as? String ?? "")]
        for alias in entity["aliases"] as? [String] ?? [] { out.insert(norm(alias)) }
        out.remove("")
        return out
    }

    static func speakerOK(_ gold: [String: Any], _ predicted: String?, _ entities: [[String: Any]]) -> Bool {
        var golds = gold["speakers"] as? [String] ?? (gold["speaker"] as? String).map { [$0] } ?? []
        golds += gold["accept_speakers"] as? [String] ?? []
        if golds.isEmpty { return predicted == nil || predicted == "" }
        guard let predicted, !predicted.isEmpty else { return false }
        let p = norm(predicted)
        for g in golds {
            var candidates: Set<String> = [norm(g)]
            for e in entities where norm(e["name"] as? String ?? "") == norm(g) { candidates.formUnion(names(e)) }
            for c in candidates {
                if p == c { return true }
                let pt = p.split(separator: " "), ct = c.split(separator: " ")
                if let pl = pt.last, pl == ct.last, Set(pt).isSubset(of: Set(ct)) || Set(ct).isSubset(of: Set(pt)) { return true }
            }
        }
        return false
    }
}
