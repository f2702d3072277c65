/// Reads a quote record of the compact shape (`CompactObjectReader`): every member one of the quote's fields, none
/// twice, a side's price a number or `null`, every value within `WireRules`, a side with a price also with its
/// quantity, the bid not above the ask; nil for anything else, which `JSONScanner` then reads. Where this gives a
/// quote, the scanner gives the same one (`FastPathTests`).
enum QuoteFastPath {
    /// The fields in `seen`'s bits.
    private enum Field: UInt16, CompactField {
        case symbol = 1, bid = 2, bidQuantity = 4, ask = 8, askQuantity = 16, timestamp = 32, seq = 64, version = 128
        static let required: UInt16 = 1 | 32 | 64

        @_transparent
        static func matching(_ word: ByteWord) -> (Field, Int)? {
            if word.starts(with: "sym\"") { return (.symbol, 3) }
            if word.starts(with: "bid\"") { return (.bid, 3) }
            if word.starts(with: "bidQty\"") { return (.bidQuantity, 6) }
            if word.starts(with: "ask\"") { return (.ask, 3) }
            if word.starts(with: "askQty\"") { return (.askQuantity, 6) }
            if word.starts(with: "ts\"") { return (.timestamp, 2) }
            if word.starts(with: "seq\"") { return (.seq, 3) }
            if word.starts(with: "v\"") { return (.version, 1) }
            return nil
        }
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Quote? {
        guard var reader = CompactObjectReader(bytes) else { return nil }
        var symbol = Symbol?.none, bid = Price?.none, bidQuantity: Int64 = 0, ask = Price?.none, askQuantity: Int64 = 0
        var timestamp: Int64 = 0, seq: Int64 = 0
        var seen: UInt16 = 0
        repeat {
            guard let field: Field = reader.nextField(seen: &seen) else { return nil }
            switch field {
            case .symbol:
                guard let text = reader.plainString(), let code = Symbol(bytes: text) else { return nil }
                symbol = code
            case .bid, .ask:
                var price = Price?.none
                if !reader.null() {
                    guard let units = reader.number(scale: 4), WireRules.price(units) == nil else { return nil }
                    price = Price(units: units)
                }
                if field == .bid { bid = price } else { ask = price }
            case .bidQuantity, .askQuantity:
                guard let value = reader.integer(accepting: WireRules.quantity) else { return nil }
                if field == .bidQuantity { bidQuantity = value } else { askQuantity = value }
            case .timestamp: guard let value = reader.integer(accepting: WireRules.eventTime) else { return nil }; timestamp = value
            case .seq: guard let value = reader.integer(accepting: WireRules.sequence) else { return nil }; seq = value
            case .version: guard reader.integer(accepting: WireRules.version) != nil else { return nil }
            }
            guard let more = reader.nextMember() else { return nil }
            if !more { break }
        } while true
        guard seen & Field.required == Field.required, let symbol,
            bid == nil || seen & Field.bidQuantity.rawValue != 0, ask == nil || seen & Field.askQuantity.rawValue != 0
        else { return nil }
        if let bid, let ask, bid > ask { return nil }
        return Quote(
            symbol: symbol, bid: bid, bidQuantity: Quantity(bid == nil ? 0 : bidQuantity), ask: ask,
            askQuantity: Quantity(ask == nil ? 0 : askQuantity), timestamp: timestamp, seq: seq)
    }
}
