import MarketData

/// Anything quoted against yesterday's close (a stock, an index): its change and percentage change.
public protocol ChangeFromPreviousClose {
    /// The latest price or level.
    var current: Price? { get }
    var previousClose: Price? { get }
}

extension ChangeFromPreviousClose {
    public var change: Price? {
        guard let current, let previousClose else { return nil }
        return current - previousClose
    }

    /// Percentage change from the previous close.
    public var changePercent: Double? {
        guard let change, let previousClose, previousClose.units > 0 else { return nil }
        return Double(change.units) * 100 / Double(previousClose.units)
    }
}
