/// Reads a quote record of the compact shape in our producers' order (`CompactObjectReader`): `sym`, then `bid`,
/// `bidQty`, `ask` and `askQty` (each optional, a price a number or `null`), then `ts` and `seq`, with `v` first or
/// last; every value within `WireRules`, a side with a price also with its quantity, the bid not above the ask. Nil
/// for anything else, which `JSONScanner` then reads. Where this gives a quote, the scanner gives the same one
/// (`FastPathTests`).
enum QuoteFastPath {
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Quote? {
        guard var reader = CompactObjectReader(bytes), reader.version(), reader.member("sym"), let symbol = reader.symbol()
        else { return nil }
        guard let (bid, bidQuantity) = side(&reader, "bid", "bidQty"), let (ask, askQuantity) = side(&reader, "ask", "askQty")
        else { return nil }
        guard reader.member("ts"), let timestamp = reader.integer(accepting: WireRules.eventTime),
            reader.member("seq"), let seq = reader.integer(accepting: WireRules.sequence),
            reader.version(), reader.atEnd,
            bid == nil || bidQuantity != nil, ask == nil || askQuantity != nil
        else { return nil }
        if let bid, let ask, bid > ask { return nil }
        return Quote(
            symbol: symbol, bid: bid, bidQuantity: Quantity(bid == nil ? 0 : bidQuantity ?? 0), ask: ask,
            askQuantity: Quantity(ask == nil ? 0 : askQuantity ?? 0), timestamp: timestamp, seq: seq)
    }

    /// One side of the book: member `price` (a price or `null`), then member `quantity`, each there or not; nil when
    /// one is there with a value the rules reject.
    @_transparent
    private static func side(_ reader: inout CompactObjectReader, _ price: StaticString, _ quantity: StaticString)
        -> (price: Price?, quantity: Int64?)?
    {
        var side: (price: Price?, quantity: Int64?) = (nil, nil)
        if reader.member(price), !reader.null() {
            guard let units = reader.number(scale: 4), WireRules.price(units) == nil else { return nil }
            side.price = Price(units: units)
        }
        if reader.member(quantity) {
            guard let value = reader.integer(accepting: WireRules.quantity) else { return nil }
            side.quantity = value
        }
        return side
    }
}
