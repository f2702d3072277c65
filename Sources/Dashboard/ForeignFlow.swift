import MarketData

/// Foreign brokers' buying and selling, in 1/10,000 PHP (like `Trade.valueUnits`), of one stock, a sector or the
/// whole market. A trade with a foreign buyer counts as foreign buying, one with a foreign seller as foreign selling,
/// and one with both (`BS`) as both; every board counts (block sales are a large part of foreign flow).
public struct ForeignFlow: Hashable, Sendable {
    public var buyUnits: Int128 = 0
    public var sellUnits: Int128 = 0

    public init(buyUnits: Int128 = 0, sellUnits: Int128 = 0) {
        self.buyUnits = buyUnits; self.sellUnits = sellUnits
    }

    /// Net foreign buying: buying − selling (negative is net foreign selling).
    public var netUnits: Int128 { buyUnits - sellUnits }

    /// Adds a trade's value to the side(s) its foreign flag names; a trade without one changes nothing.
    mutating func add(_ trade: Trade) {
        switch trade.foreign {
        case .buy: buyUnits += trade.valueUnits
        case .sell: sellUnits += trade.valueUnits
        case .both: buyUnits += trade.valueUnits; sellUnits += trade.valueUnits
        case nil: break
        }
    }

    static func + (lhs: ForeignFlow, rhs: ForeignFlow) -> ForeignFlow {
        ForeignFlow(buyUnits: lhs.buyUnits + rhs.buyUnits, sellUnits: lhs.sellUnits + rhs.sellUnits)
    }
}

extension MarketState {
    /// The foreign flow of each sector's stocks (by `StockState.sector`).
    public var foreignFlowBySector: [String: ForeignFlow] { totals.foreignBySector }

    /// The foreign flow of one sector's stocks.
    public func foreignFlow(sector: String) -> ForeignFlow { foreignFlowBySector[sector] ?? ForeignFlow() }
}
