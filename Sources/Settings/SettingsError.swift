import MarketData

/// A configuration or watchlists file that cannot be used, with the place to fix it: one line,
/// `file:line: key: message` (the line and key left out when there is none, as for a file that cannot be read).
public struct SettingsError: Error, Equatable, CustomStringConvertible, Sendable {
    public let file: String
    public let line: Int?
    /// The key as TOML writes it, e.g. `clusters.prod.bootstrap_servers`.
    public let key: String?
    public let message: String

    public init(file: String, line: Int?, key: String?, message: String) {
        self.file = file
        self.line = line
        self.key = key
        self.message = message
    }

    public var description: String {
        let text = "\(file)\(line.map { ":\($0)" } ?? ""): \(key.map { "\($0): " } ?? "")\(message)"
        return TerminalSafe.sanitize(text.split(whereSeparator: \.isNewline).joined(separator: " "))
    }
}
