/// Reads a trade record of the compact shape (`CompactObjectReader`): every member one of the trade's fields, none
/// twice, every value within `WireRules`; nil for anything else, which `JSONScanner` then reads. Where this gives a
/// trade, the scanner gives the same one (`FastPathTests` checks both on every shape of record the tests have).
enum TradeFastPath {
    /// The fields in `seen`'s bits.
    private enum Field: UInt16, CompactField {
        case symbol = 1, price = 2, quantity = 4, timestamp = 8, seq = 16, version = 32, buyer = 64, seller = 128
        case foreign = 256, board = 512
        static let required: UInt16 = 1 | 2 | 4 | 8 | 16

        @_transparent
        static func matching(_ word: ByteWord) -> (Field, Int)? {
            if word.starts(with: "sym\"") { return (.symbol, 3) }
            if word.starts(with: "px\"") { return (.price, 2) }
            if word.starts(with: "qty\"") { return (.quantity, 3) }
            if word.starts(with: "ts\"") { return (.timestamp, 2) }
            if word.starts(with: "seq\"") { return (.seq, 3) }
            if word.starts(with: "buyer\"") { return (.buyer, 5) }
            if word.starts(with: "seller\"") { return (.seller, 6) }
            if word.starts(with: "board\"") { return (.board, 5) }
            if word.starts(with: "foreign\"") { return (.foreign, 7) }
            if word.starts(with: "v\"") { return (.version, 1) }
            return nil
        }
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Trade? {
        guard var reader = CompactObjectReader(bytes) else { return nil }
        var symbol = Symbol?.none, price: Int64 = 0, quantity: Int64 = 0, timestamp: Int64 = 0, seq: Int64 = 0
        var buyer = BrokerCode?.none, seller = BrokerCode?.none, foreign = Trade.ForeignSide?.none
        var board = Trade.Board?.none
        var seen: UInt16 = 0
        repeat {
            guard let field: Field = reader.nextField(seen: &seen) else { return nil }
            switch field {
            case .symbol, .buyer, .seller, .foreign, .board:
                guard let text = reader.plainString() else { return nil }
                switch field {
                case .symbol: guard let code = Symbol(bytes: text) else { return nil }; symbol = code
                case .buyer: guard let code = BrokerCode(bytes: text) else { return nil }; buyer = code
                case .seller: guard let code = BrokerCode(bytes: text) else { return nil }; seller = code
                case .foreign: guard let side = Trade.ForeignSide(wireBytes: text) else { return nil }; foreign = side
                default: guard let kind = Trade.Board(wireBytes: text) else { return nil }; board = kind
                }
            case .price:
                guard let units = reader.number(scale: 4), WireRules.price(units) == nil else { return nil }
                price = units
            case .quantity: guard let value = reader.integer(accepting: WireRules.quantity) else { return nil }; quantity = value
            case .timestamp: guard let value = reader.integer(accepting: WireRules.eventTime) else { return nil }; timestamp = value
            case .seq: guard let value = reader.integer(accepting: WireRules.sequence) else { return nil }; seq = value
            case .version: guard reader.integer(accepting: WireRules.version) != nil else { return nil }
            }
            guard let more = reader.nextMember() else { return nil }
            if !more { break }
        } while true
        guard seen & Field.required == Field.required, let symbol else { return nil }
        return Trade(
            symbol: symbol, price: Price(units: price), quantity: Quantity(quantity), timestamp: timestamp, seq: seq,
            buyer: buyer, seller: seller, foreign: foreign, board: board)
    }
}
