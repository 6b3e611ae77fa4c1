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
                failure = QuotebaseError.writeFailure(name, errno: errno)
                break
            }
            offset += written
        }
        buffer.removeAll(keepingCapacity: true)
    }
}

extension QuotebaseError {
    /// A failed `write(2)` to `name`: a full disk, a reader that went away (`brokenPipe`, which the CLI ends
    /// quietly), or another I/O error.
    public static func writeFailure(_ name: String, errno code: Int32) -> QuotebaseError {
        switch code {
        case ENOSPC: return QuotebaseError(.diskFull, name, "cannot write: the disk is full")
        case EPIPE: return QuotebaseError(.brokenPipe, name, "cannot write: the reader closed the pipe")
        default: return QuotebaseError(.ioError, name, "cannot write: \(String(cString: strerror(code)))")
        }
    }
}
