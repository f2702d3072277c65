/// Reads a trade record of the compact shape in our producers' order (`CompactObjectReader`): `sym`, `px`, `qty`,
/// `ts`, `seq`, then any of `buyer`, `seller`, `foreign` and `board`, with `v` first or last; every value within
/// `WireRules`. Nil for anything else, which `JSONScanner` then reads. Where this gives a trade, the scanner gives the
/// same one (`FastPathTests` checks both on every shape of record the tests have).
enum TradeFastPath {
    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Trade? {
        guard var reader = CompactObjectReader(bytes), reader.version() else { return nil }
        guard reader.member("sym"), let symbol = reader.symbol(),
            reader.member("px"), let price = reader.number(scale: 4), WireRules.price(price) == nil,
            reader.member("qty"), let quantity = reader.integer(accepting: WireRules.quantity),
            reader.member("ts"), let timestamp = reader.integer(accepting: WireRules.eventTime),
            reader.member("seq"), let seq = reader.integer(accepting: WireRules.sequence)
        else { return nil }
        var buyer = BrokerCode?.none, seller = BrokerCode?.none
        var foreign = Trade.ForeignSide?.none, board = Trade.Board?.none
        if reader.member("buyer") {
            guard let text = reader.shortString(), let code = BrokerCode(text: text) else { return nil }
            buyer = code
        }
        if reader.member("seller") {
            guard let text = reader.shortString(), let code = BrokerCode(text: text) else { return nil }
            seller = code
        }
        if reader.member("foreign") {
            guard let text = reader.shortString(), let side = Trade.ForeignSide(text: text) else { return nil }
            foreign = side
        }
        if reader.member("board") {
            guard let text = reader.shortString(), let kind = Trade.Board(text: text) else { return nil }
            board = kind
        }
        guard reader.version(), reader.atEnd else { return nil }
        return Trade(
            symbol: symbol, price: Price(units: price), quantity: Quantity(quantity), timestamp: timestamp, seq: seq,
            buyer: buyer, seller: seller, foreign: foreign, board: board)
    }
}
