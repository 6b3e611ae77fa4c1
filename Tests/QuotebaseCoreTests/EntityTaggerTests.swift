import Foundation
import XCTest
@testable import QuotebaseCore

/// The learned entity tagger: its model file, its features (against the training script's), its tokenizer and
/// what it finds in real sentences.
final class EntityTaggerTests: XCTestCase {
    let gazetteer = EntityGazetteer.shared

    // MARK: - Parity with scripts/train-ner

    /// scripts/train-ner tags `Fixtures/tagger/parity-sentences.tsv` with each model it writes; the Swift decoder
    /// must give every token the same tag, or the two feature extractors have drifted apart. Sentences of one
    /// document (third column) are tagged together, so that its document features are checked too.
    func testSwiftTaggerPredictsWhatTheTrainingScriptPredicts() throws {
        for lang in ["it", "en", "de", "es", "fr"] {
            let url = fixturesFolder.appendingPathComponent("tagger/parity-\(lang).tsv")
            let text = try String(contentsOf: url, encoding: .utf8)
            let tagger = try XCTUnwrap(EntityTagger(lang: lang, gazetteer: gazetteer))
            var groups: [(document: String, lines: [(tokens: [TaggerToken], tags: [String])])] = []
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let fields = line.split(separator: "\t")
                XCTAssertEqual(fields.count, 3, "\(url.lastPathComponent): \(line)")
                guard fields.count == 3 else { continue }
                var offset = 0
                let tokens = fields[0].split(separator: " ").map { word -> TaggerToken in
                    defer { offset += word.unicodeScalars.count + 1 }
                    return TaggerToken(start: offset, end: offset + word.unicodeScalars.count, text: String(word))
                }
                let entry = (tokens: tokens, tags: fields[1].split(separator: " ").map(String.init))
                let document = String(fields[2])
                if document != "-", groups.last?.document == document {
                    groups[groups.count - 1].lines.append(entry)
                } else {
                    groups.append((document, [entry]))
                }
            }
            var documents = 0
            for group in groups {
                let predicted = tagger.tag(document: group.lines.map(\.tokens))
                for (line, labels) in zip(group.lines, predicted) {
                    XCTAssertEqual(labels.map { tagger.model.labels[$0].text }, line.tags,
                                   "\(lang): \(line.tokens.map(\.text).joined(separator: " "))")
                }
                if group.lines.count > 1 { documents += 1 }
            }
            XCTAssertGreaterThan(groups.count, 1, lang)
            XCTAssertGreaterThan(documents, 0, lang)
        }
    }

    /// The document features: a word's other occurrences in the document, its own left out.
    func testDocumentFeaturesReadTheWordsOtherOccurrences() {
        func tokens(_ text: String) -> [TaggerToken] {
            var offset = 0
            return text.split(separator: " ").map { word in
                defer { offset += word.unicodeScalars.count + 1 }
                return TaggerToken(start: offset, end: offset + word.unicodeScalars.count, text: String(word))
            }
        }
        let document = TaggerDocument(sentences: [tokens("Angela Merkel sagte das ."), tokens("Merkel kam ."),
                                                  tokens("Die Kessler AG und die merkel .")], gazetteer: gazetteer)
        let t = TaggerFeatures.templateCount
        let second = document.hashes(ofSentence: 1)
        // "Merkel" elsewhere: in lower case and inside a sentence; after a first name; last of a capitalized run.
        XCTAssertEqual(second[34], TaggerFeatures.hash(ofFeature: "dl=11|0"))
        XCTAssertEqual(second[35], TaggerFeatures.hash(ofFeature: "dt=100"))
        XCTAssertEqual(second[36], TaggerFeatures.hash(ofFeature: "dr=001"))
        XCTAssertEqual(second[t + 34], TaggerFeatures.hash(ofFeature: "dl=-"), "no capital: no document values")
        // Its only occurrence: nothing elsewhere.
        let third = document.hashes(ofSentence: 2)
        XCTAssertEqual(third[t + 34], TaggerFeatures.hash(ofFeature: "dl=00|n"))
        XCTAssertEqual(third[t + 35], TaggerFeatures.hash(ofFeature: "dt=000"))
    }

    func testFeatureHashesAreFNV1aOfTheFeatureStrings() {
        let tokens = [TaggerToken(start: 0, end: 5, text: "Putin"), TaggerToken(start: 6, end: 10, text: "said")]
        let hashes = TaggerFeatures.hashes(of: tokens, gazetteer: gazetteer)
        XCTAssertEqual(hashes.count, 2 * TaggerFeatures.templateCount)
        XCTAssertEqual(hashes[0], TaggerFeatures.hash(ofFeature: "b"))
        XCTAssertEqual(hashes[1], TaggerFeatures.hash(ofFeature: "w=putin"))
        XCTAssertEqual(hashes[2], TaggerFeatures.hash(ofFeature: "w-1=<s>"))
        XCTAssertEqual(hashes[6], TaggerFeatures.hash(ofFeature: "w-1w=<s>|putin"))
        XCTAssertEqual(hashes[8], TaggerFeatures.hash(ofFeature: "sh=Xx"))
        XCTAssertEqual(hashes[18], TaggerFeatures.hash(ofFeature: "s4=utin"))
        XCTAssertEqual(hashes[TaggerFeatures.templateCount + 3], TaggerFeatures.hash(ofFeature: "w+1=</s>"))
        // The word-class templates, with the classes the lexicon file lists for "putin" (read here on its own).
        let classes = TaggerWordClasses.shared.classes(of: "putin")
        let fine = String(decoding: classes.fine, as: UTF8.self)
        XCTAssertNotEqual(fine, "-", "putin is in the lexicon")
        XCTAssertEqual(hashes[29], TaggerFeatures.hash(ofFeature: "C=" + fine))
        XCTAssertEqual(hashes[31], TaggerFeatures.hash(ofFeature: "C-1=<s>"))
        XCTAssertEqual(hashes[32], TaggerFeatures.hash(ofFeature: "C+1=" + String(
            decoding: TaggerWordClasses.shared.classes(of: "said").fine, as: UTF8.self)))
        XCTAssertEqual(hashes[33], TaggerFeatures.hash(ofFeature: "cap=U|Xx"))
        // FNV-1a 64 of "a", a published test vector.
        XCTAssertEqual(TaggerFeatures.hash(ofFeature: "a"), 0xAF63_DC4C_8601_EC8C)
    }

    func testWordClassesComeFromUnlabeledText() throws {
        let lexicon = TaggerWordClasses.shared
        XCTAssertGreaterThan(lexicon.count, 20_000)
        // Capitalization inside a sentence, counted over the texts the lexicon learned from.
        XCTAssertEqual(lexicon.classes(of: "milano").capital, UInt8(ascii: "U"))
        XCTAssertEqual(lexicon.classes(of: "disse").capital, UInt8(ascii: "l"))
        // Words that occur in the same contexts share a class: Italian towns with Italian towns.
        XCTAssertEqual(lexicon.classes(of: "modena").fine, lexicon.classes(of: "bologna").fine)
        XCTAssertNotEqual(lexicon.classes(of: "modena").fine, lexicon.classes(of: "disse").fine)
        let unknown = lexicon.classes(of: "zzqxv-not-a-word")
        XCTAssertEqual(String(decoding: unknown.fine, as: UTF8.self), "-")
        XCTAssertEqual(unknown.capital, UInt8(ascii: "?"))
        // The file format: comments skipped, malformed lines ignored.
        let small = TaggerWordClasses(text: "# comment\nroma\t3\t1\tU\nbroken line\n")
        XCTAssertEqual(small.count, 1)
        XCTAssertEqual(small.classes(of: "roma").fine, Array("3".utf8))
    }

    func testShapesCollapseRunsAndKeepPunctuation() {
        XCTAssertEqual(String(decoding: TaggerFeatures.shape("Putin"), as: UTF8.self), "Xx")
        XCTAssertEqual(String(decoding: TaggerFeatures.shape("NATO"), as: UTF8.self), "X")
        XCTAssertEqual(String(decoding: TaggerFeatures.shape("1996-08-22"), as: UTF8.self), "d-d-d")
        XCTAssertEqual(String(decoding: TaggerFeatures.shape("Élysée"), as: UTF8.self), "Xx")
        XCTAssertEqual(String(decoding: TaggerFeatures.shape("U.S."), as: UTF8.self), "X.X.")
    }

    // MARK: - The model file

    func testMalformedModelIsAnErrorNotACrash() {
        XCTAssertThrowsError(try TaggerModel(data: Data("QBTAG001".utf8), name: "x.qbtag")) { error in
            XCTAssertEqual(error as? TaggerModel.LoadError, .malformed("x.qbtag", reason: "ends after 8 bytes"))
        }
        XCTAssertThrowsError(try TaggerModel(data: Data("NOTAMODEL-------------".utf8), name: "y.qbtag"))
        XCTAssertNil(TaggerModel.shipped(for: "pt"))
    }

    func testShippedModelsAreSmallAndTagIOB2() throws {
        for lang in ["it", "en", "de", "es", "fr"] {
            let model = try XCTUnwrap(TaggerModel.shipped(for: lang))
            XCTAssertEqual(model.labels.first?.text, "O")
            XCTAssertEqual(Set(model.labels.compactMap(\.kind)), [.person, .location, .organization, .miscellaneous])
            XCTAssertLessThan(model.weights.count, 4_000_000, "\(lang): a few MB at most")
        }
    }

    // MARK: - Tokenizer

    func tokens(_ text: String) -> [[String]] {
        TaggerTokenizer.sentences(Array(text.unicodeScalars)).map { $0.map(\.text) }
    }

    func testTokenizerSplitsAsTheAnnotatedCorporaDo() {
        XCTAssertEqual(tokens("Secondo l’Istat, dell'Italia."), [["Secondo", "l’", "Istat", ",", "dell'", "Italia", "."]])
        XCTAssertEqual(tokens("Mr. Reagan's aides don't know U.S. plans."),
                       [["Mr.", "Reagan", "'s", "aides", "do", "n't", "know", "U.S.", "plans", "."]])
        XCTAssertEqual(tokens("«Basta», ha detto D'Alema (Pd)."),
                       [["«", "Basta", "»", ",", "ha", "detto", "D'Alema", "(", "Pd", ")", "."]])
        XCTAssertEqual(tokens("Uno. Due!\n\nTre"), [["Uno", "."], ["Due", "!"], ["Tre"]])
    }

    func testTokenOffsetsCountUnicodeScalars() {
        let text = "Città di Forlì-Cesena"
        let scalars = Array(text.unicodeScalars)
        for token in TaggerTokenizer.sentences(scalars).joined() {
            XCTAssertEqual(String(String.UnicodeScalarView(scalars[token.start..<token.end])), token.text)
        }
    }

    func testOneLongLineIsCutIntoBoundedSentences() {
        let text = String(repeating: "parola ", count: 2_000)
        let sentences = TaggerTokenizer.sentences(Array(text.unicodeScalars))
        XCTAssertEqual(sentences.map(\.count).reduce(0, +), 2_000)
        XCTAssertLessThanOrEqual(sentences.map(\.count).max() ?? 0, TaggerTokenizer.maxSentenceTokens)
    }

    // MARK: - Real sentences

    func spans(_ text: String, _ lang: String) throws -> [String] {
        let tagger = try XCTUnwrap(EntityTagger(lang: lang, gazetteer: gazetteer))
        let scalars = Array(text.unicodeScalars)
        return tagger.spans(in: scalars).map {
            "\($0.kind.rawValue) " + String(String.UnicodeScalarView(scalars[$0.start..<$0.end]))
        }
    }

    func testFindsPeoplePlacesAndOrganizationsInNews() throws {
        // Seed article (Italian news, see Fixtures/README.md).
        let it = try spans("Il presidente russo Vladimir Putin è tornato a Minsk per incontrare Alexander Lukashenko.", "it")
        XCTAssertTrue(it.contains("PER Vladimir Putin"), "\(it)")
        XCTAssertTrue(it.contains("LOC Minsk"), "\(it)")
        XCTAssertTrue(it.contains("PER Alexander Lukashenko"), "\(it)")
        let en = try spans("Secretary of State George Shultz said on Tuesday that Washington would consult NATO allies.", "en")
        XCTAssertTrue(en.contains("PER George Shultz"), "\(en)")
        XCTAssertTrue(en.contains("LOC Washington"), "\(en)")
        XCTAssertTrue(en.contains("ORG NATO"), "\(en)")
    }

    // MARK: - The tagger inside the recognizer

    func recognized(_ body: String, lang: String) -> [String: EntityKind] {
        let result = EntityRecognizer().recognize(Article(source: "test", title: nil, lang: lang, body: body))
        return Dictionary(result.entities.map { ($0.name, $0.kind) }, uniquingKeysWith: { first, _ in first })
    }

    func testTaggerTypesASpeakingCompanyAsAnOrganization() {
        // Fixtures/articles/dice-4623377.json (DICE, CC BY-NC-SA 4.0): the rules took "Pfizer" before a speech
        // cue for a person.
        let it = recognized("due giorni fa aveva ricevuto la seconda dose del vaccino anti - Covid, Pfizer, come ha "
            + "raccontato il padre a La Pressa. «L'ho accompagnata io ieri a Castelfranco per la seconda dose di "
            + "vaccino Pfizer – ha spiegato Lorenzo", lang: "it")
        XCTAssertEqual(it["Pfizer"], .organization, "\(it)")
        // Constructed: a company named like a person's surname, then "said".
        let en = recognized("Spectra Industries Inc said it would close two plants in Ohio.", lang: "en")
        XCTAssertEqual(en["Spectra Industries Inc"], .organization, "\(en)")
    }

    func testARoleBeforeANameOutweighsTheTagger() {
        // Fixtures/articles/dice-224303.json (DICE, CC BY-NC-SA 4.0): "deputato Pd" introduces a person even where
        // the tagger reads "Pd Ivano Miglioli" as one organization.
        let it = recognized("Lo ha affermato il sottosegretario all'interno Alfredo Mantovano rispondendo a una "
            + "interrogazione del deputato Pd Ivano Miglioli sulla necessità di istituire una Dia.", lang: "it")
        XCTAssertEqual(it["Ivano Miglioli"], .person, "\(it)")
        XCTAssertEqual(it["Alfredo Mantovano"], .person, "\(it)")
    }

    func testALanguageWithoutAModelKeepsTheRules() {
        let pt = recognized("O presidente Luiz Inácio Lula da Silva disse que o Brasil vai crescer.", lang: "pt")
        XCTAssertNotNil(pt["Luiz Inácio Lula da Silva"] ?? pt["Lula"] ?? pt["Luiz Inácio Lula"], "\(pt)")
    }
}
