/// A problem in an input file, located by file and line: benchfmt's `file:line: message`.
///
/// Malformed lines are warnings (the line is skipped and reading goes on); unreadable
/// inputs are errors that stop the load.
package struct InputError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The file label as the user named it.
    package var file: String
    /// The 1-based line, or 0 when the problem is not tied to a line.
    package var line: Int
    package var message: String

    package init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    package var description: String { "\(file):\(line): \(message)" }
}

/// A failure that stops loading an input: it cannot be opened or read, or is not text.
///
/// The wording follows Go's, because `benchq benchstat` prints these exactly as benchstat does.
package enum LoadError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input could not be opened (`open PATH: no such file or directory`).
    case open(path: String, reason: String)
    /// Reading failed after opening (`PATH:LINE: read PATH: is a directory`).
    case read(path: String, line: Int, reason: String)
    /// A line is not valid UTF-8; benchfmt accepts only UTF-8 text.
    case invalidEncoding(path: String, line: Int)

    /// The input the failure is about, as the user named it.
    package var path: String {
        switch self {
        case .open(let path, _), .read(let path, _, _), .invalidEncoding(let path, _): path
        }
    }

    package var description: String {
        switch self {
        case .open(let path, let reason): "open \(path): \(reason)"
        case .read(let path, let line, let reason): "\(path):\(line): read \(path): \(reason)"
        case .invalidEncoding(let path, _): "\(path): invalid encode, only utf-8 encoded files are supported"
        }
    }
}
