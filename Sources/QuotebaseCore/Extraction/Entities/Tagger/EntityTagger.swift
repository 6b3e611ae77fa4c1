/// A learned sequence tagger for people, places and organizations: an averaged perceptron over the features of
/// `TaggerFeatures`, trained by `scripts/train-ner` on annotated news, decoded by Viterbi so that every span is
/// well formed (an `I-` tag only continues its own kind).
///
/// ```swift
/// let tagger = EntityTagger(lang: "it", gazetteer: .shared)!
/// tagger.spans(in: Array("Lo ha detto Mario Draghi a Bruxelles.".unicodeScalars))
/// // [person 12..<24 "Mario Draghi", location 27..<36 "Bruxelles"]
/// ```
struct EntityTagger: Sendable {
    struct Span: Sendable, Hashable {
        var kind: TaggerLabel.Kind
        /// Unicode-scalar bounds in the tagged text, end exclusive.
        var start: Int
        var end: Int
        /// The tagger tokens it covers.
        var tokens: Int
        /// How much the best labelling of the sentence outscores the best one that leaves the span's tokens `O`:
        /// the model's confidence that the span is a name at all (0 = a toss-up).
        var margin: Float
    }

    let model: TaggerModel
    let gazetteer: EntityGazetteer

    init(model: TaggerModel, gazetteer: EntityGazetteer) {
        self.model = model
        self.gazetteer = gazetteer
    }

    /// The shipped tagger of a language, or nil when none was trained for it.
    init?(lang: String, gazetteer: EntityGazetteer) {
        guard let model = TaggerModel.shipped(for: lang) else { return nil }
        self.init(model: model, gazetteer: gazetteer)
    }

    /// Entity spans of a text, every kind the model knows (MISC included; callers keep what they use). The text is
    /// the document its document features read.
    func spans(in scalars: [Unicode.Scalar]) -> [Span] {
        spans(inParts: [scalars])[0]
    }

    /// Entity spans of each of the texts of one article (its title and body), read as one document: a word's
    /// document features come from all of them.
    func spans(inParts parts: [[Unicode.Scalar]]) -> [[Span]] {
        let split = parts.map { TaggerTokenizer.sentences($0) }
        let document = TaggerDocument(sentences: Array(split.joined()), gazetteer: gazetteer)
        var k = 0
        return split.map { sentences in
            sentences.flatMap { sentence -> [Span] in
                defer { k += 1 }
                return spans(in: sentence, hashes: document.hashes(ofSentence: k))
            }
        }
    }

    /// Entity spans of one sentence of tokens, read as a document of its own.
    func spans(in sentence: [TaggerToken]) -> [Span] {
        spans(in: sentence, hashes: TaggerFeatures.hashes(of: sentence, gazetteer: gazetteer))
    }

    private func spans(in sentence: [TaggerToken], hashes: [UInt64]) -> [Span] {
        var out: [Span] = []
        let decoded = decode(sentence, hashes: hashes)
        let labels = decoded.labels
        var k = 0
        while k < labels.count {
            let label = model.labels[labels[k]]
            guard let kind = label.kind else { k += 1; continue }
            var e = k + 1
            while e < labels.count, !model.labels[labels[e]].begins, model.labels[labels[e]].kind == kind { e += 1 }
            out.append(Span(kind: kind, start: sentence[k].start, end: sentence[e - 1].end, tokens: e - k,
                            margin: decoded.best - decoded.bestOutside(k, e)))
            k = e
        }
        return out
    }

    /// The best label (index into `model.labels`) of each token of one sentence (a document of its own).
    func tag(_ tokens: [TaggerToken]) -> [Int] { tag(document: [tokens])[0] }

    /// The best labels of each sentence of one document.
    func tag(document sentences: [[TaggerToken]]) -> [[Int]] {
        let document = TaggerDocument(sentences: sentences, gazetteer: gazetteer)
        return sentences.indices.map { decode(sentences[$0], hashes: document.hashes(ofSentence: $0)).labels }
    }

    /// Emission scores of each token and label, `labelCount` per token.
    private func emissions(_ tokens: [TaggerToken], hashes: [UInt64]) -> [Float] {
        let count = tokens.count * model.labelCount
        return [Float](unsafeUninitializedCapacity: count) { out, initialized in
            hashes.withUnsafeBufferPointer { hashes in
                model.scores(of: hashes, perToken: TaggerFeatures.templateCount, into: out)
            }
            initialized = count
        }
    }

    /// A decoded sentence: its best labels and what is needed to score alternatives to them.
    struct Decoded {
        let labels: [Int]
        /// The best path's score.
        let best: Float
        let size: Int
        let oLabel: Int
        /// alpha[t * size + l]: best score of labels 0...t ending in l at t (emission at t included).
        let alpha: [Float]
        /// beta[t * size + l]: best score of labels t+1..<n given l at t.
        let beta: [Float]
        let emissions: [Float]
        let transitions: [Float]

        /// The best score of a labelling that gives `O` to every token in [a, b).
        func bestOutside(_ a: Int, _ b: Int) -> Float {
            let o = oLabel
            var entering: Float
            if a == 0 {
                entering = transitions[size * size + o]
            } else {
                entering = -.greatestFiniteMagnitude
                for p in 0..<size { entering = max(entering, alpha[(a - 1) * size + p] + transitions[p * size + o]) }
            }
            var total = entering + emissions[a * size + o]
            if a + 1 < b {
                for t in (a + 1)..<b { total += transitions[o * size + o] + emissions[t * size + o] }
            }
            return total + beta[(b - 1) * size + o]
        }
    }

    func decode(_ tokens: [TaggerToken], hashes: [UInt64]) -> Decoded {
        let size = model.labelCount
        let transitions = model.transitions
        let n = tokens.count
        guard n > 0 else {
            return Decoded(labels: [], best: 0, size: size, oLabel: model.outsideLabel, alpha: [], beta: [],
                           emissions: [], transitions: transitions)
        }
        let emissions = self.emissions(tokens, hashes: hashes)
        let forbidden = -Float.greatestFiniteMagnitude / 4
        let allowed = model.allowed
        // The same sums and comparisons in the same order as a loop over every label that skips the ones not
        // allowed, read through buffers: the loops run for every label pair of every token of a tagged sentence.
        let previous = model.allowedPrevious, following = model.allowedNext
        var alpha = [Float](repeating: forbidden, count: n * size)
        var back = [Int32](repeating: 0, count: n * size)
        var beta = [Float](repeating: 0, count: n * size)
        transitions.withUnsafeBufferPointer { transitions in
            emissions.withUnsafeBufferPointer { emissions in
                alpha.withUnsafeMutableBufferPointer { alpha in
                    for cur in 0..<size where allowed[size * size + cur] {
                        alpha[cur] = transitions[size * size + cur] + emissions[cur]
                    }
                    back.withUnsafeMutableBufferPointer { back in
                        for i in 1..<max(n, 1) {
                            for cur in 0..<size {
                                var best = forbidden * 2
                                var arg = 0
                                for prev in previous[cur] {
                                    let s = alpha[(i - 1) * size + prev] + transitions[prev * size + cur]
                                    if s > best {
                                        best = s
                                        arg = prev
                                    }
                                }
                                alpha[i * size + cur] = best + emissions[i * size + cur]
                                back[i * size + cur] = Int32(arg)
                            }
                        }
                    }
                }
                beta.withUnsafeMutableBufferPointer { beta in
                    for i in stride(from: n - 2, through: 0, by: -1) {
                        for cur in 0..<size {
                            var best = forbidden * 2
                            for next in following[cur] {
                                best = max(best, transitions[cur * size + next] + emissions[(i + 1) * size + next]
                                    + beta[(i + 1) * size + next])
                            }
                            beta[i * size + cur] = best
                        }
                    }
                }
            }
        }
        var last = 0
        for l in 1..<size where alpha[(n - 1) * size + l] > alpha[(n - 1) * size + last] { last = l }
        var path = [Int](repeating: 0, count: n)
        path[n - 1] = last
        var i = n - 1
        while i > 0 {
            path[i - 1] = Int(back[i * size + path[i]])
            i -= 1
        }
        return Decoded(labels: path, best: alpha[(n - 1) * size + last], size: size, oLabel: model.outsideLabel,
                       alpha: alpha, beta: beta, emissions: emissions, transitions: transitions)
    }
}
