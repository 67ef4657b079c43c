/// Why a corpus could not be read. The message names the file (and line) at fault.
public struct IngestionError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable {
        /// A path does not exist (on the command line or named by a manifest).
        case missing
        /// A file or folder exists but cannot be read.
        case unreadable
        /// A file was read but its content is wrong: bad date, bad JSON, unclosed front matter.
        case invalidData
        /// A folder, or the whole corpus, holds no article.
        case noArticles
        /// Some articles have no publication date.
        case undated
        /// Two articles have the same id.
        case duplicateID
        /// The options do not fit the corpus (`--published` with several articles).
        case usage
    }

    public var kind: Kind
    public var message: String
    /// What the user can do about it, if anything.
    public var hint: String?

    public init(_ kind: Kind, _ message: String, hint: String? = nil) {
        self.kind = kind
        self.message = message
        self.hint = hint
    }

    public var description: String { message }

    /// `FILE:LINE: message` or `FILE: message`.
    static func at(_ kind: Kind, file: String, line: Int? = nil, _ message: String, hint: String? = nil) -> IngestionError {
        IngestionError(kind, "\(Location.describe(file: file, line: line)): \(message)", hint: hint)
    }
}

/// Something odd about the input that did not stop the reading: a skipped file, a guessed encoding.
public struct IngestionWarning: Sendable, CustomStringConvertible, Equatable {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `FILE:LINE: message` or `FILE: message`.
    public var description: String { "\(Location.describe(file: file, line: line)): \(message)" }
}

/// How a place in the input is written in messages and in `Article.location`.
enum Location {
    static func describe(file: String, line: Int?) -> String {
        line.map { "\(file):\($0)" } ?? file
    }
}
