import MarketData

/// The live log's events in order, compactly: trades and quotes — nearly all of a day — packed (`PackedTrade`,
/// `PackedQuote`, their symbols and brokers numbered in `CodeTable`s), every other event (and a trade or quote a
/// full table cannot number) as it is, and one byte per event saying which.
struct CompactEvents {
    private enum Kind: UInt8 { case trade, quote, other }

    private var kinds: [Kind] = []
    private var trades: [PackedTrade] = []
    private var quotes: [PackedQuote] = []
    private var others: [MarketEvent] = []
    private var symbols = CodeTable<Symbol>()
    private var brokers = CodeTable<BrokerCode>()
    /// The bytes the unpacked events take (`MarketEvent.footprint`).
    private var otherBytes = 0

    var count: Int { kinds.count }

    /// The bytes held: a byte per event, the packed events, the unpacked ones (`MarketEvent.footprint`), and each
    /// table entry as a value in an array plus the same value and its code in a dictionary.
    var bytes: Int {
        kinds.count + trades.count * MemoryLayout<PackedTrade>.stride + quotes.count * MemoryLayout<PackedQuote>.stride
            + otherBytes + symbols.count * (2 * MemoryLayout<Symbol>.stride + 2) + brokers.count * (2 * MemoryLayout<String>.stride + 2)
    }

    mutating func append(_ event: MarketEvent) {
        switch event {
        case .trade(let trade):
            if let packed = PackedTrade(trade, symbols: &symbols, brokers: &brokers) {
                trades.append(packed)
                kinds.append(.trade)
                return
            }
        case .quote(let quote):
            if let packed = PackedQuote(quote, symbols: &symbols) {
                quotes.append(packed)
                kinds.append(.quote)
                return
            }
        case .index, .status, .reference:
            break
        }
        others.append(event)
        otherBytes += event.footprint
        kinds.append(.other)
    }

    /// Hands the events to `body` in order, from the first, until it returns false.
    func forEach(_ body: (MarketEvent) -> Bool) {
        var (trade, quote, other) = (0, 0, 0)
        for kind in kinds {
            let event: MarketEvent
            switch kind {
            case .trade:
                event = .trade(trades[trade].trade(symbols: symbols, brokers: brokers))
                trade += 1
            case .quote:
                event = .quote(quotes[quote].quote(symbols: symbols))
                quote += 1
            case .other:
                event = others[other]
                other += 1
            }
            guard body(event) else { return }
        }
    }

    /// Drops the first `count` events (the tables keep their codes).
    mutating func removeFirst(_ count: Int) {
        let dropped = kinds[..<count]
        trades.removeFirst(dropped.count { $0 == .trade })
        quotes.removeFirst(dropped.count { $0 == .quote })
        let droppedOthers = dropped.count { $0 == .other }
        otherBytes -= others[..<droppedOthers].reduce(0) { $0 + $1.footprint }
        others.removeFirst(droppedOthers)
        kinds.removeFirst(count)
    }
}
