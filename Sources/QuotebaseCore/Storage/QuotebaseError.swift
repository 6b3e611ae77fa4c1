/// Errors Quotebase reports to its users. Every message names the file (or argument) and says what to do.
public struct QuotebaseError: Error, Sendable, CustomStringConvertible, Equatable {
    public enum Code: String, Sendable {
        case notFound, emptyInput, invalidEncoding, binaryInput, malformedInput
        case notADatabase, newerSchema, databaseLocked, readOnly, diskFull, ioError, invalidArgument
        case ambiguousName
        /// Standard output's reader went away (`quotebase … | head`): not worth a message.
        case brokenPipe
        /// An input left out on purpose (a FIFO or device in a folder): a note on stderr, not a failure.
        case skipped
    }

    public var code: Code
    /// The file, `file:line` or argument the error is about.
    public var subject: String
    public var message: String

    public init(_ code: Code, _ subject: String, _ message: String) {
        self.code = code
        self.subject = subject
        self.message = message
    }

    public var description: String { subject.isEmpty ? message : "\(subject): \(message)" }
}
