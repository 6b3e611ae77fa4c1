/// What kind of thing an entity is.
public enum EntityKind: String, Sendable, Hashable, Codable, CaseIterable {
    case person
    case country
    case organization
    case location
}

/// One place in an article where an entity is named or described ("Putin", "il presidente russo").
public struct EntityMention: Sendable, Hashable, Codable {
    public var span: TextSpan
    public var surface: String

    public init(span: TextSpan, surface: String) {
        self.span = span
        self.surface = surface
    }
}

/// An entity found in one article, with every surface form the article uses for it.
public struct ExtractedEntity: Sendable, Hashable, Codable {
    /// Canonical display name: English where the gazetteer knows it ("Belarus"), else the fullest form seen ("Vladimir Putin").
    public var name: String
    public var kind: EntityKind
    /// Every other surface form used for the entity in this article ("Putin", "Bielorussia", "presidente russo").
    public var aliases: [String]
    /// Roles the article gives the entity ("presidente russo", "portavoce del Cremlino").
    public var roles: [String]
    public var mentions: [EntityMention]

    public init(name: String, kind: EntityKind, aliases: [String] = [], roles: [String] = [],
                mentions: [EntityMention] = []) {
        self.name = name
        self.kind = kind
        self.aliases = aliases
        self.roles = roles
        self.mentions = mentions
    }
}

public enum QuoteKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// A full quotation attributed to a speaker.
    case direct
    /// A few quoted words inside reported speech: `ha detto che sono “infondate e stupide”`.
    case partial
    /// A quotation in a title or heading: `Putin e Lukashenko: “Istituita difesa comune”`.
    case headline
}

/// Who said a quote: the words the article uses, and the entity they resolve to when known.
public struct QuoteSpeaker: Sendable, Hashable, Codable {
    public var surface: String
    /// Index into `ArticleAnalysis.entities`, or nil for an unresolved speaker ("un testimone").
    public var entity: Int?

    public init(surface: String, entity: Int? = nil) {
        self.surface = surface
        self.entity = entity
    }
}

public struct ExtractedQuote: Sendable, Hashable, Codable {
    /// The quoted words, without the quotation marks.
    public var text: String
    public var span: TextSpan
    public var kind: QuoteKind
    /// The speech cue that attributes it ("ha sottolineato", "said", ":"), when there is one.
    public var cue: String?
    public var speakers: [QuoteSpeaker]
    /// Indexes into `ArticleAnalysis.entities` of what or whom the quote is about.
    public var targets: [Int]
    /// How each of `targets` was found and how sure that is, in the same order; nil for quotes made or stored
    /// before targets recorded it (read as found inside the quote, confidence unknown).
    public var targetEvidence: [TargetEvidence]?
    /// 0…1, how sure the attribution is.
    public var confidence: Double
    /// The attribution rule that chose the speakers; nil for quotes stored before rules were recorded.
    public var rule: AttributionRule?
    /// The context's other possible speakers, only when `QUOTEBASE_SPEAKER_CANDIDATES=1` asks for them (the input
    /// of `scripts/train-context-ranker`); never stored.
    public var candidates: [SpeakerCandidate]?

    public init(text: String, span: TextSpan, kind: QuoteKind, cue: String? = nil,
                speakers: [QuoteSpeaker] = [], targets: [Int] = [], confidence: Double = 1,
                rule: AttributionRule? = nil, candidates: [SpeakerCandidate]? = nil,
                targetEvidence: [TargetEvidence]? = nil) {
        self.text = text
        self.span = span
        self.kind = kind
        self.cue = cue
        self.speakers = speakers
        self.targets = targets
        self.confidence = confidence
        self.rule = rule
        self.candidates = candidates
        self.targetEvidence = targetEvidence
    }

    /// The evidence of `targets[k]`: the stored one, or "inside the quote" with no confidence for older quotes.
    public func evidence(ofTarget k: Int) -> TargetEvidence {
        if let e = targetEvidence, e.indices.contains(k) { return e[k] }
        return TargetEvidence(how: .inside, confidence: nil)
    }
}

/// Which rule found a target of a quote (stored in `quote_targets.how`).
public enum TargetSource: String, Sendable, Hashable, Codable, CaseIterable {
    /// Named or designated inside the quoted words.
    case inside
    /// The stated object of the reporting clause: "said of X", "parlando di X", "al referirse a X".
    case reporting
    /// What a partial quote is said of: "il ministero si è detto «estraneo»", "called the ruling «a disgrace»".
    case partial
    /// A pronoun or description inside the quote ("il Paese", "the company") resolved within its sentence.
    case coreference
}

/// How one target of a quote was found, and how sure that is (0…1; nil when not recorded).
public struct TargetEvidence: Sendable, Hashable, Codable {
    public var how: TargetSource
    public var confidence: Double?

    public init(how: TargetSource, confidence: Double?) {
        self.how = how
        self.confidence = confidence
    }
}

/// Everything extraction found in one article.
public struct ArticleAnalysis: Sendable, Hashable, Codable {
    public var entities: [ExtractedEntity]
    public var quotes: [ExtractedQuote]

    public init(entities: [ExtractedEntity] = [], quotes: [ExtractedQuote] = []) {
        self.entities = entities
        self.quotes = quotes
    }
}

/// The one seam through which extraction plugs into ingest.
///
/// Implementations are pure functions of the article: no I/O, no shared mutable state, so ingest may call
/// them from several threads at once.
public protocol ArticleAnalyzer: Sendable {
    func analyze(_ article: Article) -> ArticleAnalysis
}

/// An analyzer that finds nothing: stores articles only.
public struct NullAnalyzer: ArticleAnalyzer {
    public init() {}
    public func analyze(_ article: Article) -> ArticleAnalysis { ArticleAnalysis() }
}
