import MarketData

/// How a computed index level becomes a wire price: rounded to the nearest ten-thousandth (the wire's four
/// decimals); nil when it is not a price the wire can carry.
public enum IndexLevelRounding {
    public static func price(_ level: Double) -> Price? {
        let units = (level * Double(Price.scale)).rounded()
        guard units.isFinite, units > 0, units <= Double(WireBounds.maximumPrice.units) else { return nil }
        return Price(units: Int64(units))
    }
}
