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

    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func err(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") || text.hasSuffix("\r") ? text : text + "\n").utf8))
    }

    static func exitCode(for error: QuotebaseError) -> Int32 {
        switch error.code {
        case .notADatabase, .newerSchema, .databaseLocked, .readOnly, .diskFull, .ioError: return 3
        case .invalidArgument, .ambiguousName: return 2
        default: return 1
        }
    }

    /// Runs `body`; a `QuotebaseError` becomes one line on stderr and the matching exit code.
    static func reporting<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as QuotebaseError {
            err("quotebase: \(error)")
            throw ExitCode(exitCode(for: error))
        }
    }
}
