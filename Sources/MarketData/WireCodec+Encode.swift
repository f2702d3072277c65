extension WireCodec {
    /// The schema v1 JSON of an event, as our producers publish it (prices as exact JSON numbers).
    public static func encode(_ event: MarketEvent) -> [UInt8] {
        var json = JSONObjectWriter()
        switch event {
        case .trade(let trade):
            json.field("sym", trade.symbol.code)
            json.field("px", trade.price)
            json.field("qty", trade.quantity.shares)
            json.field("ts", trade.timestamp)
            json.field("seq", trade.seq)
            if let buyer = trade.buyer { json.field("buyer", buyer.code) }
            if let seller = trade.seller { json.field("seller", seller.code) }
            if let foreign = trade.foreign { json.field("foreign", foreign.rawValue) }
            if let board = trade.board { json.field("board", board.rawValue) }
        case .quote(let quote):
            json.field("sym", quote.symbol.code)
            if let bid = quote.bid { json.field("bid", bid); json.field("bidQty", quote.bidQuantity.shares) }
            if let ask = quote.ask { json.field("ask", ask); json.field("askQty", quote.askQuantity.shares) }
            json.field("ts", quote.timestamp)
            json.field("seq", quote.seq)
        case .index(let level):
            json.field("code", level.code.rawValue)
            json.field("value", level.value)
            json.field("ts", level.timestamp)
        case .status(let status):
            json.field("scope", event.key)
            json.field("phase", status.phase.rawValue)
            json.field("ts", status.timestamp)
            if let reason = status.reason { json.field("reason", reason) }
        case .reference(let reference):
            switch reference.subject {
            case .security(let symbol): json.field("sym", symbol.code)
            case .index(let code): json.field("code", code.rawValue)
            }
            if let name = reference.name { json.field("name", name) }
            if let sector = reference.sector { json.field("sector", sector) }
            json.field("prevClose", reference.previousClose)
            if let lot = reference.boardLot { json.field("boardLot", lot.shares) }
            json.field("date", reference.date)
            if let shares = reference.shares { json.field("shares", shares.shares) }
            if let freeFloat = reference.freeFloat {
                json.field("freeFloat", fixedPoint: freeFloat, decimals: WireBounds.freeFloatDecimals)
            }
            if let cluster = reference.cluster { json.field("cluster", cluster.rawValue) }
            if let divisor = reference.divisor {
                json.field("divisor", fixedPoint: divisor, decimals: WireBounds.divisorDecimals)
            }
            if let members = reference.members { json.field("members", strings: members.map(\.code)) }
        }
        return json.finish()
    }
}

/// Appends the members of one JSON object: strings escaped, integers, exact prices, raw JSON.
public struct JSONObjectWriter {
    private var bytes: [UInt8]
    /// Where the object's opening brace is in `bytes`.
    private let start: Int

    public init() {
        bytes = [UInt8(ascii: "{")]
        bytes.reserveCapacity(128)
        start = 0
    }

    /// A writer that appends the object to `buffer`'s bytes, taking them (`buffer` is left empty until `finish`
    /// hands them back), so a batch of objects is written into one reused buffer.
    public init(appendingTo buffer: inout [UInt8]) {
        bytes = []
        swap(&bytes, &buffer)
        start = bytes.count
        bytes.append(UInt8(ascii: "{"))
    }

    public mutating func field(_ name: StaticString, _ value: String) {
        key(name)
        appendString(value)
    }

    private mutating func appendString(_ value: String) {
        bytes.append(UInt8(ascii: "\""))
        defer { bytes.append(UInt8(ascii: "\"")) }
        // Nearly every text needs no escape: its UTF-8 as it is, at once.
        if !value.utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") }) {
            bytes.append(contentsOf: value.utf8)
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "\"": bytes.append(contentsOf: [0x5C, 0x22])
            case "\\": bytes.append(contentsOf: [0x5C, 0x5C])
            case _ where scalar.value < 0x20:
                bytes.append(contentsOf: Array("\\u00".utf8))
                bytes.append(contentsOf: Array(String(scalar.value >> 4, radix: 16).utf8))
                bytes.append(contentsOf: Array(String(scalar.value & 0xF, radix: 16).utf8))
            default: bytes.append(contentsOf: UTF8.encode(scalar)!)
            }
        }
    }

    public mutating func field(_ name: StaticString, _ value: Int64) {
        key(name)
        bytes.append(contentsOf: String(value).utf8)
    }

    public mutating func field(_ name: StaticString, _ value: Price) {
        key(name)
        bytes.append(contentsOf: value.wireText.utf8)
    }

    /// A number written with at most `decimals` decimals (rounded to them), shortest form: `0.4523`, `1`; the
    /// value must be finite and its `decimals`-scaled magnitude below 2^63 (the codec's bounds keep it far below).
    public mutating func field(_ name: StaticString, fixedPoint value: Double, decimals: Int) {
        key(name)
        let units = Int64((value * Double(DecimalText.power(decimals))).rounded())
        bytes.append(contentsOf: DecimalText.shortest(units, scale: decimals).utf8)
    }

    /// An array of strings, each escaped.
    public mutating func field(_ name: StaticString, strings values: [String]) {
        key(name)
        bytes.append(UInt8(ascii: "["))
        for (position, value) in values.enumerated() {
            if position > 0 { bytes.append(UInt8(ascii: ",")) }
            appendString(value)
        }
        bytes.append(UInt8(ascii: "]"))
    }

    /// A member whose value is already JSON text (the caller guarantees it is valid).
    public mutating func field(_ name: StaticString, rawJSON value: [UInt8]) {
        key(name)
        bytes.append(contentsOf: value)
    }

    /// A member whose name is known only at run time (it is escaped like a value).
    public mutating func field(named name: String, _ value: String) {
        separate()
        appendString(name)
        bytes.append(UInt8(ascii: ":"))
        appendString(value)
    }

    /// A member whose name is known only at run time and whose value is already JSON text.
    public mutating func field(named name: String, rawJSON value: String) {
        separate()
        appendString(name)
        bytes.append(UInt8(ascii: ":"))
        bytes.append(contentsOf: value.utf8)
    }

    public mutating func finish() -> [UInt8] {
        bytes.append(UInt8(ascii: "}"))
        return bytes
    }

    private mutating func separate() {
        if bytes.count > start + 1 { bytes.append(UInt8(ascii: ",")) }
    }

    private mutating func key(_ name: StaticString) {
        separate()
        bytes.append(UInt8(ascii: "\""))
        bytes.append(contentsOf: UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
        bytes.append(UInt8(ascii: "\""))
        bytes.append(UInt8(ascii: ":"))
    }
}
