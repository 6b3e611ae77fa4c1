import Foundation

/// The learned tagger's reading of an article laid over the entities the rules found: the rules link forms of one
/// entity (surname → full name, role → person, gazetteer canonical names), the tagger decides what is a name and
/// of which kind, which hand rules tuned on a few articles did poorly on news they never saw.
///
/// Four steps, each kept narrow, in this order:
/// 1. **Pruning**: an entity none of whose capitalized mentions the tagger reads as a name (of any kind) is dropped,
///    unless the gazetteer lists the words written, the article quotes the name, or a lower-case head word ends it;
/// 2. **Kind by majority**: an entity takes the kind the tagger gives most of its name mentions (a gazetteer country
///    stays a country, a listed organization stays one unless the tagger reads a person);
/// 3. **Longer names**: a tagger span that strictly holds a rule mention of the same kind widens it ("Guardia di
///    Finanza" over "Guardia"), and the entity takes the longer name; one holding several mentions replaces them;
/// 4. **Names the rules missed**: a tagger span that overlaps no mention becomes a mention of the entity already
///    named so (or, for a one-word person span, of the one person whose surname it is), else a new entity.
/// An all-caps text (a wire headline) is not tagged, and in a headline-case line (`TitleCaseLines`) the tagger's
/// spans neither widen nor add names: the tagger learned from sentences.
struct TaggedNames {
    struct Options: OptionSet {
        let rawValue: Int
        static let kinds = Options(rawValue: 1)
        static let additions = Options(rawValue: 2)
        static let widening = Options(rawValue: 4)
        static let pruning = Options(rawValue: 8)
        static let all: Options = [.kinds, .additions, .widening, .pruning]

        /// `QUOTEBASE_TAGGED_NAMES=kinds,additions` (or `none`) switches steps off to measure each one.
        /// Read once: the environment is no cheap lookup to make per article.
        static let fromEnvironment: Options = {
            guard let raw = ProcessInfo.processInfo.environment["QUOTEBASE_TAGGED_NAMES"] else { return .all }
            var options: Options = []
            for word in raw.split(separator: ",") {
                switch word {
                case "kinds": options.insert(.kinds)
                case "additions": options.insert(.additions)
                case "widening": options.insert(.widening)
                case "pruning": options.insert(.pruning)
                default: break
                }
            }
            return options
        }()
    }

    /// A span the tagger gives a new name only above this margin (`EntityTagger.Span.margin`).
    /// Chosen on the Fixtures and attribution dev sets (entity precision 0.921 → 0.937 on Fixtures dev at 120, CoNLL
    /// and KIND dev chunk F1 −0.002): below it, capitalized programme and tax names ("Public Sector Borrowing
    /// Requirement") that CoNLL would call MISC.
    static let additionMargin: Float = 120

    /// A one-word span is a new name only above this margin: single capitalized words the tagger is unsure of are
    /// mostly sentence-initial words, titles and sign-offs ("Chancellor", "REUTER").
    /// 100 chosen on the same sets: at 60, Fixtures dev entity precision falls 0.921 → 0.907 and French speakers 0.697 →
    /// 0.677.
    static let singleWordMargin: Float = 100

    /// A street, square or road ("via Cesena", "Piazza Tasso"): an address, not an entity quotes are about.
    static func isAddress(_ surface: String, _ gazetteer: EntityGazetteer) -> Bool {
        guard let first = surface.split(separator: " ").first else { return false }
        return isStreetWord(String(first), gazetteer)
    }

    static func isStreetWord(_ word: String, _ gazetteer: EntityGazetteer) -> Bool {
        gazetteer.words[EntityGazetteer.phraseKey(word)]?.lists.contains(.streetWords) ?? false
    }

    struct TaggedSpan {
        var tokens: Int
        var kind: EntityKind
        var span: TextSpan
        var surface: String
        var margin: Float
    }

    /// Spans of one part, sorted and disjoint (the tagger's spans never overlap), found by binary search.
    struct SpanIndex {
        private var byPart: [ArticlePart: [TaggedSpan]] = [:]

        init(_ spans: [TaggedSpan]) {
            for span in spans { byPart[span.span.part, default: []].append(span) }
            for part in byPart.keys { byPart[part]!.sort { $0.span.start < $1.span.start } }
        }

        /// The spans overlapping `span`, in order.
        func overlapping(_ span: TextSpan) -> ArraySlice<TaggedSpan> {
            guard let spans = byPart[span.part] else { return [] }
            var lo = 0, hi = spans.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if spans[mid].span.end <= span.start { lo = mid + 1 } else { hi = mid }
            }
            var end = lo
            while end < spans.count, spans[end].span.start < span.end { end += 1 }
            return spans[lo..<end]
        }
    }

    /// Where the entities' mentions are: (entity, mention) by position, for overlap queries.
    struct MentionIndex {
        struct Entry {
            var start: Int
            var end: Int
            var entity: Int
            var mention: Int
        }
        private var byPart: [ArticlePart: [Entry]] = [:]
        private var longest = 0

        init(_ entities: [ExtractedEntity]) {
            for (e, entity) in entities.enumerated() {
                for (m, mention) in entity.mentions.enumerated() {
                    byPart[mention.span.part, default: []].append(
                        Entry(start: mention.span.start, end: mention.span.end, entity: e, mention: m))
                    longest = max(longest, mention.span.end - mention.span.start)
                }
            }
            for part in byPart.keys { byPart[part]!.sort { ($0.start, $0.end) < ($1.start, $1.end) } }
        }

        /// The mentions overlapping `span`.
        func overlapping(_ span: TextSpan) -> [Entry] {
            guard let entries = byPart[span.part] else { return [] }
            // No mention starting before span.start - longest can reach span.start.
            let from = span.start - longest
            var lo = 0, hi = entries.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if entries[mid].start < from { lo = mid + 1 } else { hi = mid }
            }
            var out: [Entry] = []
            var k = lo
            while k < entries.count, entries[k].start < span.end {
                if entries[k].end > span.start { out.append(entries[k]) }
                k += 1
            }
            return out
        }
    }

    /// One part of an article and the tagger's spans of it (nil when it was not tagged).
    struct TaggedPart {
        var part: ArticlePart
        var scalars: [Unicode.Scalar]
        var spans: [EntityTagger.Span]?
        /// Written as a sentence, not in title case (every title but an English one).
        var sentenceCase: Bool
        /// Its headline-case lines (`TitleCaseLines`), found once for this step and `HeadlineNames`.
        let titleCaseLines: [Range<Int>]

        init(part: ArticlePart, scalars: [Unicode.Scalar], spans: [EntityTagger.Span]?, sentenceCase: Bool = true) {
            self.part = part
            self.scalars = scalars
            self.spans = spans
            self.sentenceCase = sentenceCase
            titleCaseLines = TitleCaseLines.ranges(in: scalars)
        }
    }

    static func apply(to entities: [ExtractedEntity], tagged parts: [TaggedPart], gazetteer: EntityGazetteer,
                      options: Options = .fromEnvironment) -> [ExtractedEntity] {
        guard !options.isEmpty, parts.contains(where: { $0.spans != nil }) else { return entities }
        var tagged: [TaggedSpan] = []
        var all: [TaggedSpan] = []  // MISC included: a name of another kind still is a name
        var taggedParts = Set<ArticlePart>()
        var quoted = Set<TextSpan>()
        var afterAddressWord = Set<TextSpan>()
        var inTitleCaseLine = Set<TextSpan>()
        for piece in parts {
            let part = piece.part, scalars = piece.scalars
            for entity in entities {
                // The whole quoted text ("la \"Nuova Salus\""), or a name after an elided article ("l'Operazione
                // Penelope"); a quotation's first word («Vorrei proporre…») is neither.
                for m in entity.mentions where m.span.part == part && m.span.start > 0 && m.span.end <= scalars.count
                    && quoteMarks.contains(scalars[m.span.start - 1]) {
                    let elided = m.span.start >= 2 && (scalars[m.span.start - 1] == "'" || scalars[m.span.start - 1] == "\u{2019}")
                        && scalars[m.span.start - 2].isLetter
                    let closed = m.span.end < scalars.count && quoteMarks.contains(scalars[m.span.end])
                    if elided || closed { quoted.insert(m.span) }
                }
            }
            guard let spans = piece.spans else { continue }
            // An English title capitalizes every word: the tagger's silence there says nothing.
            if part == .body || piece.sentenceCase { taggedParts.insert(part) }
            for span in spans {
                let kind: EntityKind?
                switch span.kind {
                case .person: kind = .person
                case .location: kind = .location
                case .organization: kind = .organization
                case .miscellaneous: kind = nil
                }
                guard let (start, end, tokens) = trimmed(span, scalars, gazetteer) else { continue }
                let view = scalars[start..<end]
                // A span across a bracket ("chairman Roger) Smith") is no name the tagger saw whole.
                guard view.contains(where: { $0.isCapitalLetter }),
                      !view.contains(where: { $0 == "(" || $0 == ")" }) else { continue }
                let t = TaggedSpan(tokens: tokens, kind: kind ?? .location,
                                   span: TextSpan(part: part, start: start, end: end),
                                   surface: scalars.text(start, end), margin: span.margin)
                all.append(t)
                guard kind != nil else { continue }
                if let word = wordBefore(start, scalars), isStreetWord(word, gazetteer) {
                    afterAddressWord.insert(t.span)
                }
                if piece.titleCaseLines.contains(where: { $0.contains(start) }) { inTitleCaseLine.insert(t.span) }
                tagged.append(t)
            }
        }
        var out = entities
        if options.contains(.pruning) {
            out = pruning(out, SpanIndex(all), parts: taggedParts, quoted: quoted, gazetteer: gazetteer)
        }
        if options.contains(.kinds) { out = votingKinds(out, SpanIndex(tagged), gazetteer: gazetteer) }
        let outsideTitleCase = tagged.filter { !inTitleCaseLine.contains($0.span) }
        if options.contains(.widening) { out = widening(out, outsideTitleCase) }
        if options.contains(.additions) {
            out = adding(out, outsideTitleCase.filter { !afterAddressWord.contains($0.span) }, gazetteer: gazetteer)
        }
        for k in out.indices { out[k].mentions.sort { $0.span < $1.span } }
        return out
    }

    /// A span's bounds without what is no part of a name: lower-case words it opens with ("l'agence Health
    /// Canada"), an honorific ("Mr O'Brien": CoNLL and KIND leave titles out, the rules keep them as roles), a wire
    /// ticker ("Ford Motor Co <F>") and punctuation at either end ("Amartya Sen.", "Citibank NA>"); nil when
    /// nothing is left.
    static func trimmed(_ span: EntityTagger.Span, _ scalars: [Unicode.Scalar],
                        _ gazetteer: EntityGazetteer) -> (start: Int, end: Int, tokens: Int)? {
        var start = span.start, end = span.end, tokens = span.tokens
        while tokens > 1, let space = scalars[start..<end].firstIndex(of: " ") {
            let first = scalars[start..<space]
            let lower = !first.contains { $0.isCapitalLetter }
            let honorific = gazetteer.honorifics.contains(EntityGazetteer.phraseKey(scalars.text(start, space)))
            guard lower || honorific else { break }
            start = space + 1
            tokens -= 1
        }
        while tokens > 1, let space = scalars[start..<end].lastIndex(of: " "), scalars[space + 1] == "<" {
            end = space
            tokens -= 1
        }
        func isNameScalar(_ s: Unicode.Scalar) -> Bool { s.isLetter || ("0"..."9").contains(s) }
        func trimPunctuation() {
            while start < end, !isNameScalar(scalars[start]) { start += 1 }
            while end > start, !isNameScalar(scalars[end - 1]) {
                // "U.S.", "John F.": the period of a one-letter initial stays.
                if scalars[end - 1] == ".", end - start >= 2, isNameScalar(scalars[end - 2]),
                   end - start == 2 || !isNameScalar(scalars[end - 3]) { break }
                end -= 1
            }
        }
        trimPunctuation()
        if span.kind == .person, start < end {
            let edges = PersonSpanEdges.trimmed(start: start, end: end, in: scalars, gazetteer: gazetteer)
            if (edges.start, edges.end) != (start, end) {
                (start, end) = (edges.start, edges.end)
                tokens = max(1, tokens - edges.cut)
                trimPunctuation()
            }
        }
        return start < end ? (start, end, tokens) : nil
    }

    /// The word just before `start`, when only spaces separate them.
    static func wordBefore(_ start: Int, _ scalars: [Unicode.Scalar]) -> String? {
        var end = start
        while end > 0, scalars[end - 1] == " " { end -= 1 }
        guard end < start else { return nil }
        var from = end
        while from > 0, scalars[from - 1].isLetter { from -= 1 }
        guard from < end else { return nil }
        return scalars.text(from, end)
    }

    static let quoteMarks: Set<Unicode.Scalar> = ["\"", "\u{201C}", "\u{201D}", "\u{00AB}", "\u{00BB}", "\u{2018}", "\u{2019}", "'"]

    /// Whether the tagger's kind and an entity's kind are the same reading (a country is a place).
    static func agrees(_ tagged: EntityKind, _ kind: EntityKind) -> Bool {
        tagged == kind || (tagged == .location && kind == .country)
    }

    static func hasCapital(_ s: String) -> Bool { s.unicodeScalars.contains { $0.isCapitalLetter } }

    /// Step 1. A mention votes with the kind of the tagger span holding it whole: a rule name longer than the
    /// tagger's ("Tower commission" over "Tower") is a reading the tagger did not make.
    static func votingKinds(_ entities: [ExtractedEntity], _ index: SpanIndex,
                            gazetteer: EntityGazetteer) -> [ExtractedEntity] {
        var out = entities
        for (e, entity) in entities.enumerated() {
            var votes: [EntityKind: Int] = [:]
            var names = 0
            for mention in entity.mentions where hasCapital(mention.surface) {
                names += 1
                if let holder = index.overlapping(mention.span).first(where: {
                    $0.span.start <= mention.span.start && $0.span.end >= mention.span.end
                }) {
                    votes[holder.kind, default: 0] += 1
                }
            }
            guard let (kind, count) = votes.max(by: { ($0.value, $0.key.rawValue) < ($1.value, $1.key.rawValue) }),
                  count * 2 > names, !agrees(kind, entity.kind) else { continue }
            // The gazetteer's kinds are finer than the tagger's: a country stays a country (the tagger learned to
            // call a state acting in the news an organization), a listed organization stays one unless the tagger
            // reads a person there.
            if entity.kind == .country { continue }
            if kind != .person, entity.kind == .organization,
               gazetteer.names[EntityGazetteer.phraseKey(entity.name)]?.contains(where: { $0.kind == .organization }) == true {
                continue
            }
            out[e].kind = kind
        }
        return out
    }

    /// Step 4: an entity whose every capitalized mention the tagger reads as no name at all is dropped, unless the
    /// gazetteer lists the words written (not a spelling variant it was matched by: German "Dabei" is no Dubai), the article puts it in quotation marks ("la \"Nuova Salus\"": shop and brand names,
    /// found by the rules for them, which the tagger's news did not teach it) or it ends in a lower-case head word
    /// the rules read ("Tower commission", "Reagan administration").
    static func pruning(_ entities: [ExtractedEntity], _ index: SpanIndex, parts: Set<ArticlePart>,
                        quoted: Set<TextSpan>, gazetteer: EntityGazetteer) -> [ExtractedEntity] {
        var out: [ExtractedEntity] = []
        for var entity in entities {
            func judged(_ m: EntityMention) -> Bool { parts.contains(m.span.part) && hasCapital(m.surface) }
            func unsupported(_ m: EntityMention) -> Bool {
                judged(m) && !quoted.contains(m.span) && index.overlapping(m.span).isEmpty
                    && m.surface.split(separator: " ").last.map { hasCapital(String($0)) } ?? true
                    && gazetteer.names[EntityGazetteer.phraseKey(m.surface)] == nil
            }
            let names = entity.mentions.filter(judged)
            if !names.isEmpty, names.allSatisfy(unsupported) { entity.mentions.removeAll(where: unsupported) }
            if !entity.mentions.isEmpty { out.append(entity) }
        }
        return out
    }

    /// Step 3: a tagger span that strictly holds rule mentions (none of them reaching outside it) is the name.
    /// One mention of the same kind widens ("Guardia" → "Guardia di Finanza", "Ben-Elissar" → "Eliahu
    /// Ben-Elissar"), and its entity takes the longer name when it was named by the shorter one; several mentions
    /// ("Kurdistan" + "Democratic Party") leave their entities and the span is added in step 2.
    static func widening(_ entities: [ExtractedEntity], _ tagged: [TaggedSpan]) -> [ExtractedEntity] {
        var out = entities
        let index = MentionIndex(entities)
        var removed = Set<[Int]>()  // [entity, mention]
        for t in tagged {
            let inside = index.overlapping(t.span).filter { !removed.contains([$0.entity, $0.mention]) }
            guard !inside.isEmpty, !inside.contains(where: { $0.start < t.span.start || $0.end > t.span.end }) else {
                continue
            }
            if inside.count == 1 {
                let (e, m) = (inside[0].entity, inside[0].mention)
                let mention = out[e].mentions[m]
                guard mention.span != t.span, hasCapital(mention.surface), agrees(t.kind, out[e].kind) else { continue }
                out[e].mentions[m] = EntityMention(span: t.span, surface: t.surface)
                if out[e].name == mention.surface, t.surface.count > mention.surface.count {
                    // The shorter name stays an alias only where the article still writes it: "Kim Mahn", the
                    // rules' cut of "Kim Mahn-je", is no name of his.
                    if out[e].mentions.contains(where: { $0.surface == mention.surface }),
                       !out[e].aliases.contains(out[e].name) {
                        out[e].aliases.append(out[e].name)
                    }
                    out[e].name = t.surface
                }
            } else {
                for entry in inside where hasCapital(out[entry.entity].mentions[entry.mention].surface) {
                    removed.insert([entry.entity, entry.mention])
                }
            }
        }
        guard !removed.isEmpty else { return out }
        var kept: [ExtractedEntity] = []
        for (e, var entity) in out.enumerated() {
            entity.mentions = entity.mentions.enumerated().filter { !removed.contains([e, $0.offset]) }.map(\.element)
            if !entity.mentions.isEmpty { kept.append(entity) }
        }
        return kept
    }

    /// Step 2. A one-word span that is an organization's head word alone ("la Commissione") stays out, as the
    /// rules keep it out.
    static func adding(_ entities: [ExtractedEntity], _ tagged: [TaggedSpan],
                       gazetteer: EntityGazetteer) -> [ExtractedEntity] {
        var out = entities
        let index = MentionIndex(entities)
        var byName: [String: [Int]] = [:]
        var bySurname: [String: [Int]] = [:]
        func note(_ e: Int) {
            for name in [out[e].name] + out[e].aliases { byName[name, default: []].append(e) }
            if out[e].kind == .person, let last = out[e].name.split(separator: " ").last, out[e].name.contains(" ") {
                bySurname[String(last), default: []].append(e)
            }
        }
        for e in out.indices { note(e) }
        let heads: WordFacts.Lists = [.organizationHeads, .italianOrganizationHeads]
        // Full names first, so that a later lone surname finds its person.
        let ordered = tagged.filter {
            $0.margin >= ($0.tokens == 1 ? singleWordMargin : additionMargin) && hasCapital($0.surface)
                && !isAddress($0.surface, gazetteer)
                && !($0.tokens == 1
                     && !(gazetteer.words[EntityGazetteer.phraseKey($0.surface)]?.lists.isDisjoint(with: heads) ?? true))
        }
        .sorted { ($0.tokens, $1.span) > ($1.tokens, $0.span) }
        for t in ordered where index.overlapping(t.span).isEmpty {
            let mention = EntityMention(span: t.span, surface: t.surface)
            if let same = byName[t.surface]?.first(where: { agrees(t.kind, out[$0].kind) }) {
                out[same].mentions.append(mention)
                continue
            }
            if t.kind == .person, !t.surface.contains(" "), let people = bySurname[t.surface], Set(people).count == 1 {
                out[people[0]].mentions.append(mention)
                if !out[people[0]].aliases.contains(t.surface) { out[people[0]].aliases.append(t.surface) }
                byName[t.surface, default: []].append(people[0])
                continue
            }
            // New names come from the body only: a title in title case is no sentence the tagger learned from.
            guard t.span.part == .body else { continue }
            out.append(ExtractedEntity(name: t.surface, kind: t.kind, mentions: [mention]))
            note(out.count - 1)
        }
        return out
    }
}
