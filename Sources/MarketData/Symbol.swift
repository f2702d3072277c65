/// A PSE security code such as `ALI` or `MONDE`: 1–12 characters of A–Z, 0–9, `.` or `-`, starting with a letter.
public struct Symbol: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    public let code: String

    /// Nil unless `code` is a well-formed PSE security code.
    public init?(_ code: String) {
        guard Symbol.isValid(code.utf8) else { return nil }
        self.code = code
    }

    /// For codes already checked with `isValid`.
    init(validated code: String) { self.code = code }

    /// For literals in code and tests; traps on a malformed literal.
    public init(stringLiteral value: String) {
        guard let symbol = Symbol(value) else { preconditionFailure("malformed symbol literal \(value)") }
        self = symbol
    }

    public static func < (lhs: Symbol, rhs: Symbol) -> Bool { lhs.code < rhs.code }
    public var description: String { code }

    static func isValid<C: Collection>(_ bytes: C) -> Bool where C.Element == UInt8 {
        guard (1...12).contains(bytes.count), let first = bytes.first, (0x41...0x5A).contains(first) else {
            return false
        }
        return bytes.allSatisfy { (0x41...0x5A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2E || $0 == 0x2D }
    }
}
