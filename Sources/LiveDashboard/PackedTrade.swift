import MarketData

/// A trade as the live log keeps it, in 40 bytes instead of a `MarketEvent`'s 152: the numbers as they are, the
/// symbol and the brokers as codes of the log's `CodeTable`s, the foreign side and the board in one byte.
struct PackedTrade {
    let price: Int64
    let quantity: Int64
    let timestamp: EpochMillis
    let seq: Int64
    let symbol: UInt16
    /// 0: none.
    let buyer: UInt16
    let seller: UInt16
    /// The foreign side in the low two bits (0: none), the board in the next two (0: none).
    let sides: UInt8

    private static let foreignSides: [Trade.ForeignSide?] = [nil, .buy, .sell, .both]
    private static let boards: [Trade.Board?] = [nil, .main, .oddlot, .block]

    /// Nil when a table is full.
    init?(_ trade: Trade, symbols: inout CodeTable<Symbol>, brokers: inout CodeTable<BrokerCode>) {
        guard let symbol = symbols.code(for: trade.symbol), let buyer = Self.code(trade.buyer, in: &brokers),
            let seller = Self.code(trade.seller, in: &brokers)
        else { return nil }
        price = trade.price.units
        quantity = trade.quantity.shares
        timestamp = trade.timestamp
        seq = trade.seq
        self.symbol = symbol
        self.buyer = buyer
        self.seller = seller
        let foreign = UInt8(Self.foreignSides.firstIndex(of: trade.foreign)!)
        sides = foreign | UInt8(Self.boards.firstIndex(of: trade.board)!) << 2
    }

    func trade(symbols: CodeTable<Symbol>, brokers: CodeTable<BrokerCode>) -> Trade {
        Trade(
            symbol: symbols[symbol], price: Price(units: price), quantity: Quantity(quantity), timestamp: timestamp, seq: seq,
            buyer: buyer == 0 ? nil : brokers[buyer], seller: seller == 0 ? nil : brokers[seller],
            foreign: Self.foreignSides[Int(sides & 3)], board: Self.boards[Int(sides >> 2)])
    }

    /// 0 for no broker, else its code; nil when the table is full.
    private static func code(_ broker: BrokerCode?, in brokers: inout CodeTable<BrokerCode>) -> UInt16? {
        guard let broker else { return 0 }
        return brokers.code(for: broker)
    }
}
