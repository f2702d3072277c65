import Exchange
import MarketData

/// Something odd about a record the dashboard still shows: counted per kind and named in the status bar.
public enum FeedWarning: String, CaseIterable, Hashable, Sendable {
    case offTickPrice = "price off the tick grid"
    case oddLot = "quantity not in board lots"
    case unknownSymbol = "symbol with no reference data"
    /// Far ahead of the rest of the feed (`DataClock`): shown, but it does not move the data clock.
    case outlierTimestamp = "timestamp far ahead of the feed"
    /// A trade beyond the day's static band around the previous close (`PSERules.staticLimits`): the exchange would
    /// not have matched it, but the feed says it happened, so it is applied.
    case outsideStaticLimits = "price outside the static limits"
    /// A halt, suspension or resumption of a symbol the board has no row for: counted, not made into a stock.
    case statusForUnknownSymbol = "status for an unknown symbol"

    /// The first warning about what `event` says (its time is the data clock's to judge); `row` is a trade's or a
    /// quote's stock in `market`.
    static func check(_ event: MarketEvent, in market: MarketState, row: MarketState.Row?) -> FeedWarning? {
        // No array of the prices: this runs for every trade and quote.
        let symbol: Symbol, onTick: Bool
        switch event {
        case .trade(let trade): (symbol, onTick) = (trade.symbol, PSERules.isOnTick(trade.price))
        case .quote(let quote):
            symbol = quote.symbol
            onTick = (quote.bid.map(PSERules.isOnTick) ?? true) && (quote.ask.map(PSERules.isOnTick) ?? true)
        case .status(let status):
            guard case .security(let symbol) = status.scope, market.stocks[symbol] == nil else { return nil }
            return .statusForUnknownSymbol
        default: return nil
        }
        if !onTick { return .offTickPrice }
        if case .trade(let trade) = event, trade.board == nil || trade.board == .main,
            !PSERules.isBoardLot(trade.quantity, at: trade.price)
        {
            return .oddLot
        }
        let figures = row.map { market.stocks.values[$0].figures }
        if case .trade(let trade) = event, let limits = figures?.value.staticLimits, !limits.contains(trade.price) {
            return .outsideStaticLimits
        }
        if figures?.value.previousClose == nil, !PSERules.isConstituent(symbol) { return .unknownSymbol }
        return nil
    }
}
