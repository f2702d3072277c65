import MarketData

/// An index computed from its members (`docs/reference/pse/rules.md` §4): the level is Σ(price × shares × free
/// float) ÷ divisor, so a member moves the index by its change × shares × free float ÷ divisor points.
extension IndexState {
    /// Index points per peso of `stock`'s price: its free-float shares ÷ the divisor; nil when the stock is not a
    /// member or the feed has not given the divisor, the members, the stock's shares or its free float.
    public func pointsPerPeso(of stock: StockState) -> Double? {
        guard let divisor, divisor > 0, let members, members.contains(stock.symbol), let shares = stock.shares,
            let freeFloat = stock.freeFloat
        else { return nil }
        return Double(shares.shares) * freeFloat / divisor
    }
}

extension StockState {
    /// The stock's contribution to the PSEi's change, in index points: (last − previous close) × shares × free
    /// float ÷ divisor; 0 before its first trade; nil outside the PSEi or when a figure is missing.
    public var pseiPoints: Double? {
        guard let pseiPointsPerPeso = self.pseiPointsPerPeso, let previousClose else { return nil }
        return ((self.last ?? previousClose) - previousClose).doubleValue * pseiPointsPerPeso
    }
}

/// The PSEi level the feed published next to the one computed from its members, when they differ by more than
/// `IndexDiscrepancy.tolerance`: a data problem worth seeing.
public struct IndexDiscrepancy: Hashable, Sendable {
    /// Index points the two levels may differ by (the feed rounds to 0.01; the wire's free floats carry four
    /// decimals).
    public static let tolerance = 0.05
    public let feed: Price
    public let computed: Double
}

extension MarketState {
    /// The level of index `code` computed from its members, each at its last price or, before its first trade, its
    /// previous close; nil when any figure it needs is missing.
    public func computedLevel(of code: IndexCode) -> Double? {
        guard let index = indices[code], let divisor = index.divisor, divisor > 0, let members = index.members,
            !members.isEmpty
        else { return nil }
        var capitalisation = FreeFloatCapitalisation.zero
        for symbol in members {
            guard let stock = stocks[symbol], let price = stock.last ?? stock.previousClose, let shares = stock.shares,
                let freeFloat = stock.freeFloat
            else { return nil }
            capitalisation += FreeFloatCapitalisation(price: price, shares: shares, freeFloat: freeFloat)
        }
        return capitalisation.level(divisor: divisor)
    }

    /// The PSEi's latest feed level and the level computed from the members' prices when they disagree by more than
    /// the tolerance; nil when they agree, a figure is missing, or a member has news newer than the level. The feed
    /// publishes a level every few seconds, and a consumer may read the index topic ahead of (or behind) the
    /// trades, so the two can only be compared when no member has moved since the level's own time: at a quiet
    /// moment, and at the close, where a level read before the closing trades would otherwise stay a false alarm.
    public var pseiDiscrepancy: IndexDiscrepancy? {
        guard let feed = psei.value, let time = psei.valueTime, let members = psei.members,
            !members.contains(where: { (stocks[$0]?.lastUpdate ?? time) > time }),
            let computed = computedLevel(of: .psei), abs(feed.doubleValue - computed) > IndexDiscrepancy.tolerance
        else { return nil }
        return IndexDiscrepancy(feed: feed, computed: computed)
    }

    /// Keeps a security's shares and free float from its reference data and its PSEi points per peso in step.
    mutating func applyIndexFigures(_ reference: ReferenceData, of symbol: Symbol) {
        guard var stock = stocks[symbol] else { return }
        stock.shares = reference.shares ?? stock.shares
        stock.freeFloat = reference.freeFloat ?? stock.freeFloat
        stocks[symbol] = stock
        refreshPseiPointsPerPeso(of: [symbol])
    }

    /// Keeps an index's divisor and members from its reference data; for the PSEi, the points per peso of its old
    /// and new members in step.
    mutating func applyIndexFigures(_ reference: ReferenceData, of code: IndexCode) {
        guard var index = indices[code] else { return }
        let before = index.members ?? []
        index.divisor = reference.divisor ?? index.divisor
        index.members = reference.members ?? index.members
        indices[code] = index
        if code == .psei { refreshPseiPointsPerPeso(of: before + (index.members ?? [])) }
    }

    private mutating func refreshPseiPointsPerPeso(of symbols: [Symbol]) {
        for symbol in symbols where stocks[symbol] != nil {
            stocks[symbol]!.pseiPointsPerPeso = psei.pointsPerPeso(of: stocks[symbol]!)
        }
    }
}

extension Array where Element == StockState {
    /// The `count` members that pushed the PSEi up (or dragged it down) the most, in points, biggest first; ties by
    /// symbol.
    public func movers(byPoints gainers: Bool, count: Int) -> [StockState] {
        top(count) { stock -> Double? in
            guard let points = stock.pseiPoints, points != 0, (points > 0) == gainers else { return nil }
            return gainers ? points : -points
        }
    }
}
