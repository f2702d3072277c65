/// A session file that cannot be read (or written), naming the file and, where it applies, the line.
public struct SessionError: Error, CustomStringConvertible, Sendable {
    public let file: String
    /// 1-based line number; nil for problems with the file as a whole.
    public let line: Int?
    public let message: String

    public init(file: String, line: Int? = nil, message: String) {
        self.file = file; self.line = line; self.message = message
    }

    /// `day.jsonl:42: not a record line (…)`
    public var description: String { line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)" }
}
