import ArgumentParser
import Foundation
import QuotebaseCore

/// Standard streams, terminal facts, and the mapping from errors to one-line messages and exit codes.
enum Terminal {
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    static var width: Int {
        var size = winsize()
        if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init) { return columns }
        return 120
    }

    /// Writes to standard output. A reader that went away (`| head`) ends the program quietly with status 0;
    /// any other failure (a full disk, /dev/full) is one line on stderr and exit status 3.
    static func out(_ text: String) {
        write(text.utf8, to: STDOUT_FILENO)
    }

    static func out(_ data: Data) {
        write(data, to: STDOUT_FILENO)
    }

    /// Writes one line to standard error, with control characters made visible. When stderr itself cannot be
    /// written there is no one to tell: the message is dropped and the program goes on to its exit status.
    static func err(_ text: String) {
        var body = Substring(text)
        if body.hasSuffix("\n") { body = body.dropLast() }
        write((TerminalText.visible(String(body)) + "\n").utf8, to: STDERR_FILENO)
    }

    /// Writes `text` to standard error as it is: the progress line's own cursor controls.
    static func errRaw(_ text: String) {
        write(text.utf8, to: STDERR_FILENO)
    }

    private static func write(_ bytes: some Collection<UInt8>, to fd: Int32) {
        var chunk = Array(bytes)
        var offset = 0
        while offset < chunk.count {
            let written = chunk.withUnsafeMutableBytes { Foundation.write(fd, $0.baseAddress! + offset, $0.count - offset) }
            if written >= 0 {
                offset += written
                continue
            }
            let code = errno
            if code == EINTR { continue }
            if code == EAGAIN {
                var poller = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                _ = poll(&poller, 1, -1)
                continue
            }
            if fd == STDERR_FILENO { return }
            failedOutput(QuotebaseError.writeFailure("standard output", errno: code))
        }
        chunk.removeAll()
    }

    /// Ends the program after standard output failed.
    static func failedOutput(_ error: QuotebaseError) -> Never {
        if error.code == .brokenPipe { exit(0) }
        err("quotebase: \(error)")
        exit(3)
    }

    static func exitCode(for error: QuotebaseError) -> Int32 {
        switch error.code {
        case .notADatabase, .newerSchema, .databaseLocked, .readOnly, .diskFull, .ioError: return 3
        case .ambiguousName: return 2
        // A value the command cannot use (an --out path in a missing folder, a merge into itself): exit 64, the
        // README's "bad flag or value", never 2, which says a name matched several entities.
        case .invalidArgument: return 64
        default: return 1
        }
    }

    /// Runs `body`; a `QuotebaseError` becomes one line on stderr and the matching exit code.
    static func reporting<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as QuotebaseError {
            if error.code == .brokenPipe { failedOutput(error) }
            err("quotebase: \(error)")
            throw ExitCode(exitCode(for: error))
        }
    }
}
