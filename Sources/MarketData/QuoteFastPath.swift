/// Reads a quote record of the compact shape in our producers' order (`CompactObjectReader`): `sym`, then `bid`,
/// `bidQty`, `ask` and `askQty` (each optional, a price a number or `null`), then `ts` and `seq`, with `v` first or
/// last; every value within `WireRules`, a side with a price also with its quantity, the bid not above the ask. Nil
/// for anything else, which `JSONScanner` then reads. Where this gives a quote, the scanner gives the same one
/// (`FastPathTests`).
enum QuoteFastPath {
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Quote? {
        guard var reader = CompactObjectReader(bytes), reader.version(), reader.member("sym"), let symbol = reader.symbol()
        else { return nil }
        var bid = Price?.none, bidQuantity = Int64?.none, ask = Price?.none, askQuantity = Int64?.none
        if reader.member("bid"), !reader.null() {
            guard let units = reader.number(scale: 4), WireRules.price(units) == nil else { return nil }
            bid = Price(units: units)
        }
        if reader.member("bidQty") {
            guard let value = reader.integer(accepting: WireRules.quantity) else { return nil }
            bidQuantity = value
        }
        if reader.member("ask"), !reader.null() {
            guard let units = reader.number(scale: 4), WireRules.price(units) == nil else { return nil }
            ask = Price(units: units)
        }
        if reader.member("askQty") {
            guard let value = reader.integer(accepting: WireRules.quantity) else { return nil }
            askQuantity = value
        }
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
}
