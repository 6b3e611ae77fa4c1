import Foundation

/// Bytes of input read from disk so far (compressed bytes for gzip), for the percentage and ETA of `ingest`'s
/// progress line. Every `LineReader` adds to the one shared counter as it reads; the ingest's progress reporter
/// reads it from another thread.
public final class ReadProgress: @unchecked Sendable {
    public static let shared = ReadProgress()

    private let lock = NSLock()
    private var bytes: Int64 = 0

    public var bytesRead: Int64 {
        lock.lock()
        defer { lock.unlock() }
        return bytes
    }

    func add(_ count: Int64) {
        lock.lock()
        bytes += count
        lock.unlock()
    }

    /// The bytes on disk of `inputs` as `ArticleReader` will read them (files, and supported files in folders);
    /// nil when one is standard input, whose size is not known beforehand.
    public static func totalBytes(of inputs: [String]) -> Int64? {
        var total: Int64 = 0
        for input in inputs {
            if input == "-" { return nil }
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: input, isDirectory: &isDirectory) else { continue }
            let files: [String]
            if isDirectory.boolValue {
                files = ArticleReader.walk(input).compactMap { entry in
                    if case .file(let path) = entry { return path }
                    return nil
                }
            } else {
                files = [input]
            }
            for file in files {
                var info = stat()
                if stat(file, &info) == 0 { total += Int64(info.st_size) }
            }
        }
        return total
    }
}
