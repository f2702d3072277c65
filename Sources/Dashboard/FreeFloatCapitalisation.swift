import MarketData

/// A free-float capitalisation, Σ price × listed shares × free float, held exactly: in 10⁻¹⁰ PHP (a price's
/// ten-thousandths times a free float's millionths) as a 128-bit integer, so sums taken in any order, or in parts
/// and then added up (as the index processor's instances do), are equal to the last unit. The one formula for an
/// index level from its members: `MarketState.computedLevel(of:)` and the `Processing` module both use it.
public struct FreeFloatCapitalisation: Hashable, Sendable, AdditiveArithmetic {
    /// Units per peso: 10¹⁰.
    static let scale = Double(Price.scale) * 1_000_000

    public var units: Int128

    public init(units: Int128) { self.units = units }

    /// One security's free-float capitalisation at `price`; the free float counts to its six wire decimals.
    public init(price: Price, shares: Quantity, freeFloat: Double) {
        let millionths = Int128((freeFloat * 1_000_000).rounded())
        units = Int128(price.units) * Int128(shares.shares) * millionths
    }

    public static let zero = FreeFloatCapitalisation(units: 0)

    public static func + (lhs: Self, rhs: Self) -> Self { Self(units: lhs.units + rhs.units) }
    public static func - (lhs: Self, rhs: Self) -> Self { Self(units: lhs.units - rhs.units) }

    /// The index level this capitalisation gives over `divisor`.
    public func level(divisor: Double) -> Double { Double(units) / Self.scale / divisor }
}
