import MarketData

extension MarketState {
    /// What an applied trade adds to the market-wide figures: the broker ledgers (the stock's too, kept here), the
    /// running foreign flow and its minute in the intraday net-foreign line, and the list of block sales.
    mutating func recordMarketWide(_ trade: Trade) {
        brokers.record(trade)
        if trade.board == .block { blockSales.record(trade) }
        foreignTotal.add(trade)
        netForeignMinutes.record(trade)
    }
}
