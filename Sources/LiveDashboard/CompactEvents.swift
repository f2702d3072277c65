import MarketData

/// The live log's events in order, compactly, in one byte stream: each event a tag byte saying its kind and which of
/// its optional fields follow, then for trades and quotes — nearly all of a day — their numbers as variable-length
/// integers (`VarintBytes`: times counted from the log's first, the symbol and brokers as codes of the log's
/// `CodeTable`s), about 17 bytes a trade and 22 a quote. Every other event (and a trade or quote a full table cannot
/// number) is kept as it is, in order beside the stream.
struct CompactEvents {
    /// A tag's low two bits.
    private enum Kind: UInt8 { case trade, quote, other }

    private static let foreignSides: [Trade.ForeignSide?] = [nil, .buy, .sell, .both]
    private static let boards: [Trade.Board?] = [nil, .main, .oddlot, .block]

    private var stream: [UInt8] = []
    private var others: [MarketEvent] = []
    private var symbols = CodeTable<Symbol>()
    private var brokers = CodeTable<BrokerCode>()
    /// The bytes the unpacked events take (`MarketEvent.footprint`).
    private var otherBytes = 0
    /// The time the stream's times count from: the first trade's or quote's.
    private var epoch: EpochMillis?

    private(set) var count = 0

    /// The bytes held: the stream, the unpacked events (`MarketEvent.footprint`), and each table entry as a value in
    /// an array plus the same value and its code in a dictionary.
    var bytes: Int {
        stream.count + otherBytes + symbols.count * (2 * MemoryLayout<Symbol>.stride + 2)
            + brokers.count * (2 * MemoryLayout<BrokerCode>.stride + 2)
    }

    mutating func append(_ event: MarketEvent) {
        count += 1
        switch event {
        case .trade(let trade): if append(trade) { return }
        case .quote(let quote): if append(quote) { return }
        case .index, .status, .reference: break
        }
        stream.append(Kind.other.rawValue)
        others.append(event)
        otherBytes += event.footprint
    }

    /// Hands the events to `body` in order, from the first, until it returns false.
    func forEach(_ body: (MarketEvent) -> Bool) {
        stream.withUnsafeBufferPointer { bytes in
            var reader = VarintBytes.Reader(bytes: bytes)
            var other = 0
            while reader.index < bytes.count {
                let event: MarketEvent
                if let read = read(&reader) {
                    event = read
                } else {
                    event = others[other]
                    other += 1
                }
                guard body(event) else { return }
            }
        }
    }

    /// Drops the first `count` events (the tables keep their codes, the times their epoch).
    mutating func removeFirst(_ count: Int) {
        let (end, droppedOthers) = stream.withUnsafeBufferPointer { bytes in
            var reader = VarintBytes.Reader(bytes: bytes)
            var others = 0
            for _ in 0..<count where read(&reader) == nil { others += 1 }
            return (reader.index, others)
        }
        stream.removeFirst(end)
        otherBytes -= others[..<droppedOthers].reduce(0) { $0 + $1.footprint }
        others.removeFirst(droppedOthers)
        self.count -= count
    }

    /// Writes `trade`; false (nothing written) when a table is full.
    private mutating func append(_ trade: Trade) -> Bool {
        guard let symbol = symbols.code(for: trade.symbol), let buyer = Self.code(trade.buyer, in: &brokers),
            let seller = Self.code(trade.seller, in: &brokers)
        else { return false }
        let foreign = UInt8(Self.foreignSides.firstIndex(of: trade.foreign)!)
        let board = UInt8(Self.boards.firstIndex(of: trade.board)!)
        let tag = Kind.trade.rawValue | foreign << 2 | board << 4 | (buyer == 0 ? 0 : 0x40) | (seller == 0 ? 0 : 0x80)
        stream.append(tag)
        VarintBytes.append(Int64(symbol), to: &stream)
        VarintBytes.append(trade.price.units, to: &stream)
        VarintBytes.append(trade.quantity.shares, to: &stream)
        VarintBytes.append(since(trade.timestamp), to: &stream)
        VarintBytes.append(trade.seq, to: &stream)
        if buyer != 0 { VarintBytes.append(Int64(buyer), to: &stream) }
        if seller != 0 { VarintBytes.append(Int64(seller), to: &stream) }
        return true
    }

    /// Writes `quote`; false (nothing written) when the symbol table is full.
    private mutating func append(_ quote: Quote) -> Bool {
        guard let symbol = symbols.code(for: quote.symbol) else { return false }
        stream.append(Kind.quote.rawValue | (quote.bid == nil ? 0 : 0x04) | (quote.ask == nil ? 0 : 0x08))
        VarintBytes.append(Int64(symbol), to: &stream)
        if let bid = quote.bid { VarintBytes.append(bid.units, to: &stream) }
        VarintBytes.append(quote.bidQuantity.shares, to: &stream)
        if let ask = quote.ask { VarintBytes.append(ask.units, to: &stream) }
        VarintBytes.append(quote.askQuantity.shares, to: &stream)
        VarintBytes.append(since(quote.timestamp), to: &stream)
        VarintBytes.append(quote.seq, to: &stream)
        return true
    }

    /// The trade or quote at the reader, read; nil, past the tag, for an event kept as it is.
    private func read(_ reader: inout VarintBytes.Reader) -> MarketEvent? {
        let tag = reader.byte()
        switch Kind(rawValue: tag & 3) {
        case .trade:
            let symbol = symbols[UInt16(reader.number())], price = reader.number(), quantity = reader.number()
            let timestamp = (epoch ?? 0) &+ reader.number(), seq = reader.number()
            let buyer = tag & 0x40 == 0 ? nil : brokers[UInt16(reader.number())]
            let seller = tag & 0x80 == 0 ? nil : brokers[UInt16(reader.number())]
            return .trade(
                Trade(
                    symbol: symbol, price: Price(units: price), quantity: Quantity(quantity), timestamp: timestamp,
                    seq: seq, buyer: buyer, seller: seller, foreign: Self.foreignSides[Int(tag >> 2 & 3)],
                    board: Self.boards[Int(tag >> 4 & 3)]))
        case .quote:
            let symbol = symbols[UInt16(reader.number())]
            let bid = tag & 0x04 == 0 ? nil : Price(units: reader.number()), bidQuantity = reader.number()
            let ask = tag & 0x08 == 0 ? nil : Price(units: reader.number()), askQuantity = reader.number()
            let timestamp = (epoch ?? 0) &+ reader.number(), seq = reader.number()
            return .quote(
                Quote(
                    symbol: symbol, bid: bid, bidQuantity: Quantity(bidQuantity), ask: ask,
                    askQuantity: Quantity(askQuantity), timestamp: timestamp, seq: seq))
        case .other, nil:
            return nil
        }
    }

    /// `time` as the distance from the stream's epoch (the first time written becomes it).
    private mutating func since(_ time: EpochMillis) -> Int64 {
        let epoch = epoch ?? time
        self.epoch = epoch
        return time &- epoch
    }

    /// 0 for no broker, else its code; nil when the table is full.
    private static func code(_ broker: BrokerCode?, in brokers: inout CodeTable<BrokerCode>) -> UInt16? {
        guard let broker else { return 0 }
        return brokers.code(for: broker)
    }
}
