/// Reads the common shape of a trade record in one tight pass over its bytes, with everything in local variables:
/// compact JSON (no whitespace), every member one of the trade's fields, numbers as plain digits with an optional
/// fraction, strings as plain ASCII codes, no field twice, every value within `WireRules`.
///
/// Anything else — whitespace, an escape, an unknown member, a value out of bounds, a field missing or repeated —
/// gives nil, and the record goes through `JSONScanner`, which reads every valid record and names what is wrong with
/// the rest. Where this path gives a trade, the scanner gives the same one (`TradeFastPathTests` checks both on
/// every shape of record the tests have). Its helpers are `@_transparent`: the optimiser left them as calls under
/// `@inline(__always)`, which cost 150 instructions a record (callgrind).
enum TradeFastPath {
    /// The fields in `seen`'s bits.
    private enum Field: UInt16 {
        case symbol = 1, price = 2, quantity = 4, timestamp = 8, seq = 16, version = 32, buyer = 64, seller = 128
        case foreign = 256, board = 512
        static let required: UInt16 = 1 | 2 | 4 | 8 | 16
    }

    static func decode(_ bytes: UnsafeBufferPointer<UInt8>) -> Trade? {
        let count = bytes.count
        guard count > 2, bytes[0] == UInt8(ascii: "{"), bytes[count - 1] == UInt8(ascii: "}") else { return nil }
        var symbol = Symbol?.none, price: Int64 = 0, quantity: Int64 = 0, timestamp: Int64 = 0, seq: Int64 = 0
        var buyer = BrokerCode?.none, seller = BrokerCode?.none, foreign = Trade.ForeignSide?.none
        var board = Trade.Board?.none
        var seen: UInt16 = 0
        var index = 1
        while true {
            // A member name: its bytes and closing quote matched as one word, then its colon.
            guard index < count, bytes[index] == UInt8(ascii: "\"") else { return nil }
            let word = ByteWord(bytes, at: index + 1)
            guard let (field, nameLength) = field(startingWith: word) else { return nil }
            index &+= nameLength &+ 2
            guard index < count, bytes[index] == UInt8(ascii: ":"), seen & field.rawValue == 0 else { return nil }
            seen |= field.rawValue
            index &+= 1
            switch field {
            case .symbol, .buyer, .seller, .foreign, .board:
                guard let text = plainString(bytes, at: &index) else { return nil }
                switch field {
                case .symbol: guard let code = Symbol(bytes: text) else { return nil }; symbol = code
                case .buyer: guard let code = BrokerCode(bytes: text) else { return nil }; buyer = code
                case .seller: guard let code = BrokerCode(bytes: text) else { return nil }; seller = code
                case .foreign: guard let side = Trade.ForeignSide(wireBytes: text) else { return nil }; foreign = side
                default: guard let kind = Trade.Board(wireBytes: text) else { return nil }; board = kind
                }
            case .price, .quantity, .timestamp, .seq, .version:
                guard let value = number(bytes, at: &index, scale: field == .price ? 4 : 0) else { return nil }
                switch field {
                case .price: guard WireRules.price(value) == nil else { return nil }; price = value
                case .quantity: guard WireRules.quantity(value) == nil else { return nil }; quantity = value
                case .timestamp: guard WireRules.eventTime(value) == nil else { return nil }; timestamp = value
                case .seq: guard WireRules.sequence(value) == nil else { return nil }; seq = value
                default: guard value == WireRules.version else { return nil }
                }
            }
            guard index < count else { return nil }
            if bytes[index] == UInt8(ascii: ",") {
                index &+= 1
                continue
            }
            guard index == count - 1, seen & Field.required == Field.required, let symbol else { return nil }
            return Trade(
                symbol: symbol, price: Price(units: price), quantity: Quantity(quantity), timestamp: timestamp, seq: seq,
                buyer: buyer, seller: seller, foreign: foreign, board: board)
        }
    }

    /// The field whose name and closing quote `word` starts with, and the name's length.
    @_transparent
    private static func field(startingWith word: ByteWord) -> (Field, Int)? {
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

    /// A plain non-negative JSON number at `index` (left after it) as fixed point at `scale`: digits without a
    /// leading zero and, at scale 4, a fraction of one to four digits; nil for anything else (a sign, an exponent,
    /// more decimals, more than 18 digits at the scale).
    @_transparent
    private static func number(_ bytes: UnsafeBufferPointer<UInt8>, at index: inout Int, scale: Int) -> Int64? {
        var word = ByteWord(bytes, at: index)
        var digits = word.leadingDigits
        guard digits > 0, bytes[index] != UInt8(ascii: "0") || digits == 1 else { return nil }
        var value = word.digitsValue(digits)
        var end = index + digits
        if digits == 8 {
            word = ByteWord(bytes, at: end)
            let more = word.leadingDigits
            if more > 0 {
                value = value &* power(more) &+ word.digitsValue(more)
                digits += more
                end += more
            }
        }
        guard digits + scale <= 18 else { return nil }
        var decimals = 0
        if end < bytes.count, bytes[end] == UInt8(ascii: ".") {
            word = ByteWord(bytes, at: end + 1)
            decimals = word.leadingDigits
            guard decimals > 0, decimals <= scale else { return nil }
            value = value &* power(decimals) &+ word.digitsValue(decimals)
            end += 1 + decimals
        }
        index = end
        return value &* power(scale - decimals)
    }

    /// 10 to the `exponent` (0–8).
    @inline(__always)
    private static func power(_ exponent: Int) -> Int64 {
        switch exponent {
        case 0: 1
        case 1: 10
        case 2: 100
        case 3: 1_000
        case 4: 10_000
        case 5: 100_000
        case 6: 1_000_000
        case 7: 10_000_000
        default: 100_000_000
        }
    }

    /// The bytes of a string of at most 12 bytes between quotes at `index` (left after the closing quote); nil when
    /// there is no such string. The caller's type validates the bytes, which excludes escapes and control bytes.
    @inline(__always)
    private static func plainString(_ bytes: UnsafeBufferPointer<UInt8>, at index: inout Int) -> UnsafeBufferPointer<UInt8>? {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
        let start = index + 1
        var end = start
        while end < bytes.count, end - start <= Symbol.maximumLength, bytes[end] != UInt8(ascii: "\"") { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else { return nil }
        index = end + 1
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }
}
