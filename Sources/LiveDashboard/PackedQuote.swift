import MarketData

/// A quote as the live log keeps it, in 56 bytes instead of a `MarketEvent`'s 152: the numbers as they are, the
/// symbol as a code of the log's `CodeTable`, which sides are quoted in one byte.
struct PackedQuote {
    let bid: Int64
    let bidQuantity: Int64
    let ask: Int64
    let askQuantity: Int64
    let timestamp: EpochMillis
    let seq: Int64
    let symbol: UInt16
    /// Bit 0: a bid; bit 1: an ask.
    let sides: UInt8

    /// Nil when the symbol table is full.
    init?(_ quote: Quote, symbols: inout CodeTable<Symbol>) {
        guard let symbol = symbols.code(for: quote.symbol) else { return nil }
        bid = quote.bid?.units ?? 0
        bidQuantity = quote.bidQuantity.shares
        ask = quote.ask?.units ?? 0
        askQuantity = quote.askQuantity.shares
        timestamp = quote.timestamp
        seq = quote.seq
        self.symbol = symbol
        sides = (quote.bid == nil ? 0 : 1) | (quote.ask == nil ? 0 : 2)
    }

    func quote(symbols: CodeTable<Symbol>) -> Quote {
        Quote(
            symbol: symbols[symbol], bid: sides & 1 == 0 ? nil : Price(units: bid), bidQuantity: Quantity(bidQuantity),
            ask: sides & 2 == 0 ? nil : Price(units: ask), askQuantity: Quantity(askQuantity), timestamp: timestamp, seq: seq)
    }
}
