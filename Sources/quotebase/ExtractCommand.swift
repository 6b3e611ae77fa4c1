import ArgumentParser
import Foundation
import QuotebaseCore

struct ExtractCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Print the entities and quotes of articles as JSON lines, without a database.",
        discussion: Help.flow("""
            One JSON object per article on stdout (with --pretty: one indented JSON array of them): file,
            source, lang, title, published, author,
            entities [{name, kind, aliases, roles, mentions}] and quotes [{text, speaker, speakers,
            speaker_kind, about, about_how, kind, cue, part, start, end, confidence, rule}]. about lists the
            targets' names as the article writes them ("Milano" where the entity is Milan); about_how the same
            targets as {name, entity, how, confidence}, entity being the canonical name, how being inside (named in
            the quote), reporting (the reporting clause's object or the question it answers), partial (what a
            partial quote is said of) or coreference ("il Paese", "the company"). Offsets count Unicode scalars
            in the article's title or body (part). As in ingest, entities and quotes are looked for in the
            first 4 MB of a body, with a note on stderr.

            Reads the same inputs as ingest, including JSONL on standard input, so it works as the map
            step of any pipeline:
              quotebase extract Fixtures/articles > predictions.jsonl
              zcat corpus.jsonl.gz | quotebase extract - | jq -c '.quotes[]'

            --full adds the complete article and analysis to each line, so that `quotebase load` can store
            the output without extracting again (see docs/SCALING.md):
              zcat corpus.jsonl.gz | quotebase extract --full - > extracted.jsonl
              quotebase load --db news.sqlite extracted.jsonl
            """))

    @Argument(help: ArgumentHelp("Files, folders, or - for standard input.", valueName: "path"))
    var paths: [String]

    @Flag(help: "One indented JSON array of the objects (for reading; jq . works on it) instead of JSON lines.")
    var pretty = false

    @Flag(help: "Add the complete article and analysis to each line, loadable with `quotebase load`.")
    var full = false

    func run() throws {
        NewsAnalyzer.startLoading()
        let analyzer = NewsAnalyzer()
        var failed = 0
        // Batches keep memory flat and let every core analyze; lines still come out in input order.
        var batch: [ReadArticle] = []
        var printed = 0
        func flush() throws {
            var out = Data()
            for var line in try ExtractionRecord.encodedLines(batch, analyzer: analyzer, full: full, pretty: pretty) {
                if pretty {
                    // Objects of one JSON array, each indented under it.
                    line.removeLast()
                    out.append(contentsOf: Array((printed == 0 ? "[\n" : ",\n").utf8))
                    let indented = String(decoding: line, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                        .map { "  " + $0 }.joined(separator: "\n")
                    out.append(contentsOf: Array(indented.utf8))
                } else {
                    out.append(line)
                }
                printed += 1
            }
            Terminal.out(out)
            batch.removeAll(keepingCapacity: true)
        }
        try ArticleReader().read(paths) { event in
            switch event {
            case .article(let read):
                // The bound ingest applies (a 50 MB one-line article took 20 s and 1.7 GB), with its note.
                if let note = AnalysisBudget.note(for: read.article, whatIsKept: full ? "--full prints all of it" : nil) {
                    Terminal.err("quotebase: \(note)")
                }
                batch.append(read)
                if batch.count >= 256 { try flush() }
            case .failure(let error):
                if error.code != .skipped { failed += 1 }
                Terminal.err("quotebase: \(error)")
            }
        }
        try flush()
        if pretty { Terminal.out(printed == 0 ? "[]\n" : "\n]\n") }
        if failed > 0 { throw ExitCode(1) }
    }
}
