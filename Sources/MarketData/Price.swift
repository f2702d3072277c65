/// A price in Philippine pesos held as fixed point: `units` are 1/10,000 PHP, so 31.45 is 314,500 units.
///
/// Parsed straight from decimal text (never through `Double`); `Exchange` formats it with the decimals its PSE tick
/// band needs (two for every price of 0.50 and up, three or four for sub-peso prices).
public struct Price: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Units per peso: four decimal places.
    public static let scale: Int64 = 10_000
    public static let zero = Price(units: 0)

    public var units: Int64

    public init(units: Int64) { self.units = units }

    /// `Price(pesos: 31, hundredths: 45)` reads better in tests than raw units.
    public init(pesos: Int64, tenThousandths: Int64 = 0) {
        self.units = pesos * Price.scale + tenThousandths
    }

    /// Parses decimal text such as `"31.45"`, `"0.0012"` or `"6412.57"`; nil if it is not a plain decimal
    /// with at most four fractional digits.
    public init?(_ text: String) {
        var text = text
        let parsed = text.withUTF8 { DecimalParser.parse($0[...], scale: 4) }
        guard case .value(let units) = parsed else { return nil }
        self.units = units
    }

    public static func < (lhs: Price, rhs: Price) -> Bool { lhs.units < rhs.units }
    public static func + (lhs: Price, rhs: Price) -> Price { Price(units: lhs.units + rhs.units) }
    public static func - (lhs: Price, rhs: Price) -> Price { Price(units: lhs.units - rhs.units) }

    /// The value as a `Double`, for charts and ratios only; never for arithmetic that is shown as a price.
    public var doubleValue: Double { Double(units) / Double(Price.scale) }

    /// Formats with `decimals` fractional digits (rounding half away from zero), an optional sign and
    /// optional thousands separators: `Price("6412.57")!.formatted(decimals: 2, grouping: true)` is `6,412.57`.
    public func formatted(decimals: Int, grouping: Bool = false, alwaysSign: Bool = false) -> String {
        let decimals = min(max(decimals, 0), 4)
        let rounded = DecimalText.rounded(UInt128(units.magnitude), scale: 4, decimals: decimals)
        let text = DecimalText.text(rounded, decimals: decimals, grouping: grouping)
        if units < 0 && rounded != 0 { return "-" + text }
        return alwaysSign ? "+" + text : text
    }

    /// The shortest exact decimal text (`31.45`, `7`, `0.0012`), as written on the wire.
    public var wireText: String { DecimalText.shortest(units, scale: 4) }

    public var description: String { wireText }
}
