/// A number of shares (trades, order sizes, volume). Whole shares only.
public struct Quantity: Hashable, Comparable, Sendable, ExpressibleByIntegerLiteral, CustomStringConvertible {
    public var shares: Int64

    public init(_ shares: Int64) { self.shares = shares }
    public init(integerLiteral value: Int64) { self.shares = value }

    public static func < (lhs: Quantity, rhs: Quantity) -> Bool { lhs.shares < rhs.shares }

    /// `1,204,000` style, as the tables show volume.
    public var grouped: String {
        (shares < 0 ? "-" : "") + DecimalText.grouped(UInt128(shares.magnitude))
    }

    public var description: String { String(shares) }
}
