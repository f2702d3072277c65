import MarketData

extension Price {
    /// The number of decimals the PSE quotes this price (or this magnitude) with: those of its tick, at least two.
    /// A change or difference should be shown with the decimals of the price it belongs to, not its own.
    public var displayDecimals: Int {
        let tick = PSERules.tickSize(for: Price(units: units == .min ? .max : abs(units))).units
        switch tick {
        case ..<10: return 4
        case ..<100: return 3
        default: return 2
        }
    }

    /// Formatted with the decimals of its tick band (`displayDecimals`): `Price("6412.57")!.formatted(grouping: true)`
    /// is `6,412.57`, `Price("0.0012")!.formatted()` is `0.0012`.
    public func formatted(grouping: Bool = false, alwaysSign: Bool = false) -> String {
        formatted(decimals: displayDecimals, grouping: grouping, alwaysSign: alwaysSign)
    }
}
