import Foundation

/// Buffered writes to a file descriptor: exports write a few large blocks instead of one system call per row.
///
/// `RecordWriter` sinks cannot throw, so the first write error is kept and raised by `check()` or `flush()`.
public final class BufferedOutput {
    public let fd: Int32
    /// Named in error messages.
    public let name: String
    private var buffer: [UInt8] = []
    private let capacity: Int
    private var failure: QuotebaseError?

    public init(fd: Int32, name: String, capacity: Int = 1 << 16) {
        self.fd = fd
        self.name = name
        self.capacity = capacity
        buffer.reserveCapacity(capacity + 4096)
    }

    /// Standard output.
    public static func standardOutput() -> BufferedOutput { BufferedOutput(fd: STDOUT_FILENO, name: "standard output") }

    public func write(_ text: String) {
        write(bytes: text.utf8)
    }

    public func write(bytes: some Collection<UInt8>) {
        buffer.append(contentsOf: bytes)
        if buffer.count >= capacity { drain() }
    }

    /// Throws the first write error, if any.
    public func check() throws {
        if let failure { throw failure }
    }

    public func flush() throws {
        drain()
        try check()
    }

    private func drain() {
        guard failure == nil else { buffer.removeAll(keepingCapacity: true); return }
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { bytes in
                Foundation.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                let reason = errno == ENOSPC ? "the disk is full" : String(cString: strerror(errno))
                failure = QuotebaseError(errno == ENOSPC ? .diskFull : .ioError, name, "cannot write: \(reason)")
                break
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

/// A file that appears whole or not at all: rows go to a temporary file beside the target, which `commit()`
/// renames over it. Without `commit()` (an error, a crash) the target is untouched and `discard()` removes the
/// temporary file.
public final class AtomicFileOutput {
    public let path: String
    public let temporaryPath: String
    public let output: BufferedOutput
    private var done = false

    /// Refuses a directory, a missing folder and a folder it may not write into, naming the path.
    public init(path: String) throws {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw QuotebaseError(.invalidArgument, path, "is a directory; name a file to write")
        }
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        if !FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) || !isDirectory.boolValue {
            throw QuotebaseError(.invalidArgument, path, "the folder \(folder) does not exist")
        }
        self.path = path
        temporaryPath = folder + "/." + url.lastPathComponent + ".\(getpid()).tmp"
        let fd = open(temporaryPath, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        if fd < 0 {
            throw QuotebaseError(.invalidArgument, path, "cannot write in \(folder): \(String(cString: strerror(errno)))")
        }
        output = BufferedOutput(fd: fd, name: path)
    }

    /// Flushes, syncs and renames the temporary file over `path`.
    public func commit() throws {
        do {
            try output.flush()
            if fsync(output.fd) != 0 {
                throw QuotebaseError(.ioError, path, "cannot write: \(String(cString: strerror(errno)))")
            }
            close(output.fd)
            done = true
            if rename(temporaryPath, path) != 0 {
                let reason = String(cString: strerror(errno))
                unlink(temporaryPath)
                throw QuotebaseError(.ioError, path, "cannot replace the file: \(reason)")
            }
        } catch {
            discard()
            throw error
        }
    }

    /// Removes the temporary file; the target is left as it was.
    public func discard() {
        guard !done else { return }
        done = true
        close(output.fd)
        unlink(temporaryPath)
    }

    deinit { discard() }
}
