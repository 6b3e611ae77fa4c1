import Foundation

/// An article read from an input, with the name it goes by in per-article output (`extract`).
public struct ReadArticle: Sendable, Hashable {
    /// The file's basename for a one-article file; the record's `id` (or `file:line`) inside JSONL.
    public var name: String
    public var article: Article
}

/// Reads articles from files, folders (recursively) and standard input (`-`), streaming JSONL line by line.
///
/// Each input yields articles or failures through `handle`; a failure never stops the other inputs.
/// Formats by extension: `.txt`, `.md` (one article); `.json` (one object); `.jsonl`, `.ndjson`, `.jsonl.gz`
/// (one object per line); `.html`, `.htm` (a saved web page). Standard input and unknown extensions are sniffed.
public struct ArticleReader: Sendable {
    public enum Event: Sendable {
        case article(ReadArticle)
        case failure(QuotebaseError)
    }

    enum Format { case text, markdown, json, jsonLines, html }

    static let supportedSuffixes: [(String, Format)] = [
        (".jsonl.gz", .jsonLines), (".ndjson.gz", .jsonLines), (".json.gz", .jsonLines), (".jsonl", .jsonLines),
        (".ndjson", .jsonLines), (".json", .json), (".txt", .text), (".text", .text), (".md", .markdown),
        (".markdown", .markdown), (".html", .html), (".htm", .html),
    ]

    private let textParser: PlainTextArticleParser
    private let jsonDecoder: JSONArticleDecoder
    private let detector: LanguageDetector

    public init(profiles: [String: LanguageProfile] = LanguageProfile.all) {
        textParser = PlainTextArticleParser(profiles: profiles)
        jsonDecoder = JSONArticleDecoder(profiles: profiles)
        detector = LanguageDetector(profiles: profiles)
    }

    /// Reads every input in order. `handle` may throw to stop reading (for example when the database fails): its
    /// error ends the whole read and is rethrown as it is, never reported as a failure of the input being read.
    public func read(_ inputs: [String], handle: (Event) throws -> Void) throws {
        do {
            try readEach(inputs) { event in
                do { try handle(event) } catch { throw HandlerStopped(error: error) }
            }
        } catch let stopped as HandlerStopped {
            throw stopped.error
        }
    }

    /// What `handle` threw, kept apart from the reading errors that become `.failure` events: a database that is
    /// full used to come back as a failure of the line being read, once for every line that followed.
    private struct HandlerStopped: Error {
        var error: Error
    }

    private func readEach(_ inputs: [String], handle: (Event) throws -> Void) throws {
        for input in inputs {
            if input == "-" {
                try readFile("-", format: nil, handle: handle)
                continue
            }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else {
                try handle(.failure(QuotebaseError(.notFound, input, "no such file or directory")))
                continue
            }
            if isDirectory.boolValue {
                for entry in Self.walk(input) {
                    switch entry {
                    case .file(let file): try readFile(file, format: Self.format(of: file), handle: handle)
                    case .problem(let error): try handle(.failure(error))
                    }
                }
            } else {
                try readFile(input, format: Self.format(of: input), handle: handle)
            }
        }
    }

    static func format(of path: String) -> Format? {
        let lower = path.lowercased()
        return supportedSuffixes.first { lower.hasSuffix($0.0) }?.1
    }

    enum FolderEntry: Equatable {
        case file(String)
        /// A folder that cannot be listed (a failure), or a FIFO, socket or device that is not read (a note).
        case problem(QuotebaseError)
    }

    /// Supported regular files below `folder`, sorted by path so that ingest order (and article ids) are reproducible, with the sub-folders that cannot be listed and
    /// the special files that are not read (a FIFO would block the ingest forever). Hidden names are skipped;
    /// symlinks to files are followed, symlinks to folders are not (no loops).
    static func walk(_ folder: String) -> [FolderEntry] {
        func path(of entry: FolderEntry) -> String {
            switch entry {
            case .file(let path): return path
            case .problem(let error): return error.subject
            }
        }
        return entries(under: folder).sorted { path(of: $0) < path(of: $1) }
    }

    private static func entries(under folder: String) -> [FolderEntry] {
        var out: [FolderEntry] = []
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            let reason = access(folder, R_OK | X_OK) != 0 ? String(cString: strerror(errno)) : "cannot list it"
            return [.problem(QuotebaseError(.notFound, folder, "cannot read the folder (\(reason)); skipped"))]
        }
        for name in names where !name.hasPrefix(".") {
            let path = (folder as NSString).appendingPathComponent(name)
            var link = stat(), info = stat()
            guard lstat(path, &link) == 0 else { continue }
            let isLink = link.st_mode & S_IFMT == S_IFLNK
            if isLink && stat(path, &info) != 0 {
                if format(of: name) != nil {
                    out.append(.problem(QuotebaseError(.notFound, path, "a symbolic link to a missing file; skipped")))
                }
                continue
            }
            if !isLink { info = link }
            switch info.st_mode & S_IFMT {
            case S_IFDIR:
                if !isLink { out += entries(under: path) }
            case S_IFREG:
                if format(of: name) != nil { out.append(.file(path)) }
            case S_IFIFO:
                out.append(.problem(QuotebaseError(.skipped, path, "a FIFO, not a regular file; skipped")))
            case S_IFSOCK:
                out.append(.problem(QuotebaseError(.skipped, path, "a socket, not a regular file; skipped")))
            default:
                out.append(.problem(QuotebaseError(.skipped, path, "a device, not a regular file; skipped")))
            }
        }
        return out
    }

    private func readFile(_ path: String, format declared: Format?, handle: (Event) throws -> Void) throws {
        let reader: LineReader
        do {
            reader = try LineReader(path: path)
        } catch let error as QuotebaseError {
            try handle(.failure(error))
            return
        }
        do {
            var format = declared
            if format == nil || format == .json {
                // Sniff: one JSON object per line, or a single (possibly pretty-printed) object.
                let bytes = try reader.readAll(limit: TextDecoding.maxArticleBytes)
                format = format ?? Self.sniff(bytes)
                try readWhole(bytes, path: path, format: format!, handle: handle)
                return
            }
            if format == .jsonLines {
                try readLines(reader, path: path, handle: handle)
            } else {
                try readWhole(try reader.readAll(limit: TextDecoding.maxArticleBytes), path: path, format: format!,
                              handle: handle)
            }
        } catch let error as QuotebaseError {
            try handle(.failure(error))
        }
    }

    private static func sniff(_ bytes: [UInt8]) -> Format {
        let first = bytes.first { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0xEF && $0 != 0xBB && $0 != 0xBF }
        switch first {
        case UInt8(ascii: "{"):
            // A pretty-printed object has a line that is just "{" or ends without "}".
            let firstLine = bytes.split(separator: 0x0A, maxSplits: 1).first ?? []
            return firstLine.last(where: { $0 != 0x20 && $0 != 0x0D }) == UInt8(ascii: "}") ? .jsonLines : .json
        case UInt8(ascii: "<"): return .html
        default: return .text
        }
    }

    private func readWhole(_ bytes: [UInt8], path: String, format: Format, handle: (Event) throws -> Void) throws {
        if format == .jsonLines {
            var lineNumber = 0
            for line in bytes.split(separator: 0x0A, omittingEmptySubsequences: false) {
                lineNumber += 1
                try handleLine(Array(line), path: path, lineNumber: lineNumber, handle: handle)
            }
            return
        }
        let name = path == "-" ? "-" : (path as NSString).lastPathComponent
        switch format {
        case .json:
            let text = try TextDecoding.decode(bytes, subject: path)
            let record = try jsonDecoder.decodeObject(Array(text.utf8), subject: path)
            try handle(.article(ReadArticle(name: name, article: article(from: record, source: path))))
        case .html:
            let page = try HTMLPage.read(bytes, source: path, detector: detector)
            try handle(.article(ReadArticle(name: name, article: page)))
        case .text, .markdown:
            let text = try TextDecoding.decode(bytes, subject: path)
            let parsed = textParser.parse(text, markdown: format == .markdown)
            guard !parsed.body.isEmpty else {
                throw QuotebaseError(.emptyInput, path, "no article body after the title and boilerplate")
            }
            let lang = detector.detect((parsed.title ?? "") + "\n" + parsed.body)
            let article = Article(source: path, title: parsed.title, author: parsed.author,
                                  published: parsed.published, lang: lang, body: parsed.body)
            try handle(.article(ReadArticle(name: name, article: article)))
        case .jsonLines:
            break
        }
    }

    private func readLines(_ reader: LineReader, path: String, handle: (Event) throws -> Void) throws {
        while true {
            let line: [UInt8]?
            do {
                line = try reader.nextLine()
            } catch let error as QuotebaseError where error.code == .malformedInput {
                try handle(.failure(error))
                continue
            }
            guard let line else { return }
            try handleLine(line, path: path, lineNumber: reader.lineNumber, handle: handle)
        }
    }

    private func handleLine(_ line: [UInt8], path: String, lineNumber: Int, handle: (Event) throws -> Void) throws {
        if line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) { return }
        let subject = "\(path):\(lineNumber)"
        do {
            let text = try TextDecoding.decode(line, subject: subject)
            let record = try jsonDecoder.decodeObject(Array(text.utf8), subject: subject)
            let name = record.id ?? "\((path as NSString).lastPathComponent):\(lineNumber)"
            try handle(.article(ReadArticle(name: name, article: try article(from: record, source: subject))))
        } catch let error as QuotebaseError {
            try handle(.failure(error))
        }
    }

    private func article(from record: JSONArticleDecoder.Record, source: String) throws -> Article {
        // A JSON `\u0000` is dropped: SQLite's text functions and C strings end at it, so the stored text would end
        // there while the offsets of quotes and mentions went on past it.
        func clean(_ text: String?) -> String? { text.map(TextDecoding.removingNUL) }
        var body = clean(record.body).map(TextDecoding.normalizingLineEnds) ?? ""
        var title = clean(record.title)
        var author = clean(record.author)
        var published = clean(record.published)
        var lang = clean(record.lang)
        var url = clean(record.url)
        if body.isEmpty, let html = clean(record.html) {
            let page = try HTMLPage.read(Array(html.utf8), source: source, detector: detector)
            body = page.body
            title = title ?? page.title
            author = author ?? page.author
            published = published ?? page.published
            lang = lang ?? page.lang
            url = url ?? page.url
        }
        guard !body.isBlank else {
            throw QuotebaseError(.emptyInput, source, "the record's text is empty")
        }
        let detected = lang ?? detector.detect((title ?? "") + "\n" + body)
        // The source is where the user's input was (path:line); what the record says of itself has its own fields.
        return Article(source: clean(record.inputSource) ?? source, title: title, author: author, published: published,
                       lang: detected, body: body, externalID: clean(record.id), url: url, site: clean(record.site),
                       section: clean(record.section), extra: clean(record.extra))
    }
}
