import Foundation

/// Someone who may have said a quote: the rules' choice, a recent speaker, a person or organization named before it,
/// or a person named after it, described by the features the ranker weighs ("ev=0", "sd=1", "parstart&mb=0").
public struct SpeakerCandidate: Sendable, Hashable, Codable {
    public var speaker: QuoteSpeaker
    public var features: [String]

    public init(speaker: QuoteSpeaker, features: [String]) {
        self.speaker = speaker
        self.features = features
    }
}

/// Chooses the speaker of a quote among the candidates its context offers, by a linear score over each candidate's
/// features, where the rules' choice is the first candidate. The weights are learned by
/// `scripts/train-context-ranker` from annotated corpora (`Resources/attribution/context-ranker.tsv`; its README names
/// them), and the file also says by what margin a candidate must beat the rules' choice and for which rules and
/// languages the ranker beat the rules on held-out articles; elsewhere the rules' choice stands.
///
/// A row of the file is `feature TAB weight`, or `@margin`, `@languages`, `@rules` TAB value; a feature the file
/// does not list weighs nothing.
struct ContextSpeakerRanker: Sendable {
    private var weights: [String: Double] = [:]
    /// How much better than the rules' choice a candidate must score to replace it (the `@margin` row): chosen by
    /// cross-validation on the training data, since a small lead is often noise.
    private(set) var margin = 0.0
    /// Languages where the ranker beat the rules in that cross-validation (the `@languages` row, comma-separated);
    /// elsewhere the rules' choice stands.
    private(set) var languages: Set<String> = []
    /// The rules whose choice the ranker may overrule (the `@rules` row): those it beat in the cross-validation.
    private(set) var rules: Set<String> = []

    init(tsv: String) {
        for line in tsv.split(whereSeparator: \.isNewline) where !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 2 else { continue }
            if fields[0] == "@languages" || fields[0] == "@rules" {
                let list = Set(fields[1].split(separator: ",").map { String($0) })
                if fields[0] == "@rules" { rules = list } else { languages = list }
                continue
            }
            guard let weight = Double(fields[1]), weight.isFinite else { continue }
            if fields[0] == "@margin" { margin = weight } else { weights[String(fields[0])] = weight }
        }
    }

    var isEmpty: Bool { weights.isEmpty }

    func applies(to lang: String) -> Bool { languages.contains(lang) }

    func ranks(_ rule: AttributionRule) -> Bool { rules.contains(rule.rawValue) }

    func score(_ features: [String]) -> Double {
        features.reduce(0) { $0 + (weights[$1] ?? 0) }
    }

    /// The index of the candidate to take: the best-scoring one when it beats the rules' choice (`rules`, an index
    /// into `candidates`) by more than `margin`, else the rules' choice. Ties go to the earliest candidate.
    func choice(among candidates: [SpeakerCandidate], rules: Int?) -> Int? {
        var best: (index: Int, score: Double)? = nil
        for (k, c) in candidates.enumerated() {
            let s = score(c.features)
            if best == nil || s > best!.score { best = (k, s) }
        }
        guard let best else { return rules }
        guard let rules else { return best.index }
        return best.score - score(candidates[rules].features) > margin ? best.index : rules
    }

    /// The shipped weights; nil when the resource is missing, or when `QUOTEBASE_CONTEXT_RANKER=off` asks for the
    /// rules' choice alone (how the training script and the dev comparison see the rules without the ranker).
    static let shipped: ContextSpeakerRanker? = {
        if ProcessInfo.processInfo.environment["QUOTEBASE_CONTEXT_RANKER"] == "off" { return nil }
        guard let text = BundledText.read("context-ranker", "tsv", in: "attribution") else { return nil }
        let ranker = ContextSpeakerRanker(tsv: text)
        return ranker.isEmpty ? nil : ranker
    }()

    /// `QUOTEBASE_SPEAKER_CANDIDATES=1` makes `extract` print each ranked quote's candidates and their features:
    /// the training script's input. Never set in normal use.
    static let recordsCandidates = ProcessInfo.processInfo.environment["QUOTEBASE_SPEAKER_CANDIDATES"] == "1"
}
