/// Decodes and encodes wire schema v1 (see DESIGN.md): one JSON object per Kafka record on the five topics.
///
/// Decoding is a hand-written byte scanner (no `JSONDecoder`, no `Double`): every record either becomes a
/// `MarketEvent` or a `DecodeError` naming the reason and the record's coordinates. Unknown fields are ignored.
public enum WireCodec {
    /// Records larger than this are rejected unread.
    public static let maxRecordBytes = 64 * 1024

    /// Decodes one record according to its topic.
    public static func decode(_ record: FeedRecord) -> Result<MarketEvent, DecodeError> {
        func failure(_ failure: DecodeFailure) -> Result<MarketEvent, DecodeError> {
            .failure(
                DecodeError(
                    reason: failure.reason, detail: failure.detail, topic: record.topic,
                    partition: record.partition, offset: record.offset))
        }
        guard let topic = FeedTopic(topicName: record.topic) else {
            return failure(DecodeFailure(reason: .unknownTopic, detail: record.topic))
        }
        guard record.value.count <= maxRecordBytes else {
            return failure(DecodeFailure(reason: .oversized, detail: "\(record.value.count) bytes"))
        }
        let decoded = record.value.withUnsafeBufferPointer { bytes -> Result<MarketEvent, DecodeFailure> in
            do throws(DecodeFailure) {
                var scanner = try JSONScanner(bytes)
                return .success(try decode(topic, &scanner))
            } catch {
                return .failure(error)
            }
        }
        switch decoded {
        case .failure(let reason):
            return failure(reason)
        case .success(let event):
            if let key = record.key, !key.isEmpty, !event.hasKey(key) {
                return failure(DecodeFailure(reason: .keyMismatch, detail: String(decoding: key.prefix(32), as: UTF8.self)))
            }
            return .success(event)
        }
    }

    private static func decode(_ topic: FeedTopic, _ scanner: inout JSONScanner) throws(DecodeFailure) -> MarketEvent {
        switch topic {
        case .trades: .trade(try decodeTrade(&scanner))
        case .quotes: .quote(try decodeQuote(&scanner))
        case .index: .index(try decodeIndex(&scanner))
        case .status: .status(try decodeStatus(&scanner))
        case .reference: .reference(try decodeReference(&scanner))
        }
    }

    private static func decodeTrade(_ scanner: inout JSONScanner) throws(DecodeFailure) -> Trade {
        var fields = FieldSet()
        var symbol: Symbol?, price: Price?, quantity: Quantity?, timestamp: EpochMillis?, seq: Int64?
        var buyer: String?, seller: String?, foreign: Trade.ForeignSide?, board: Trade.Board?
        while let (key, _, value) = try scanner.nextMember() {
            if scanner.key(key, is: "sym") {
                try fields.mark(0, "sym"); symbol = try scanner.symbol(value, "sym")
            } else if scanner.key(key, is: "px") {
                try fields.mark(1, "px"); price = try scanner.price(value, "px")
            } else if scanner.key(key, is: "qty") {
                try fields.mark(2, "qty"); quantity = try scanner.quantity(value, "qty")
            } else if scanner.key(key, is: "ts") {
                try fields.mark(3, "ts"); timestamp = try scanner.timestamp(value, "ts")
            } else if scanner.key(key, is: "seq") {
                try fields.mark(4, "seq"); seq = try scanner.sequence(value, "seq")
            } else if scanner.key(key, is: "v") {
                try fields.mark(5, "v"); try scanner.checkVersion(value)
            } else if scanner.key(key, is: "buyer") {
                try fields.mark(6, "buyer"); buyer = try scanner.brokerCode(value, "buyer")
            } else if scanner.key(key, is: "seller") {
                try fields.mark(7, "seller"); seller = try scanner.brokerCode(value, "seller")
            } else if scanner.key(key, is: "foreign") {
                try fields.mark(8, "foreign"); foreign = try scanner.enumeration(value, "foreign")
            } else if scanner.key(key, is: "board") {
                try fields.mark(9, "board"); board = try scanner.enumeration(value, "board")
            }
        }
        return Trade(
            symbol: try required(symbol, "sym"), price: try required(price, "px"),
            quantity: try required(quantity, "qty"), timestamp: try required(timestamp, "ts"),
            seq: try required(seq, "seq"), buyer: buyer, seller: seller, foreign: foreign, board: board)
    }

    private static func decodeQuote(_ scanner: inout JSONScanner) throws(DecodeFailure) -> Quote {
        var fields = FieldSet()
        var symbol: Symbol?, bid: Price?, bidQuantity: Quantity?, ask: Price?, askQuantity: Quantity?
        var timestamp: EpochMillis?, seq: Int64?
        while let (key, _, value) = try scanner.nextMember() {
            if scanner.key(key, is: "sym") {
                try fields.mark(0, "sym"); symbol = try scanner.symbol(value, "sym")
            } else if scanner.key(key, is: "bid") {
                try fields.mark(1, "bid"); bid = try optionalPrice(scanner, value, "bid")
            } else if scanner.key(key, is: "bidQty") {
                try fields.mark(2, "bidQty"); bidQuantity = try scanner.quantity(value, "bidQty")
            } else if scanner.key(key, is: "ask") {
                try fields.mark(3, "ask"); ask = try optionalPrice(scanner, value, "ask")
            } else if scanner.key(key, is: "askQty") {
                try fields.mark(4, "askQty"); askQuantity = try scanner.quantity(value, "askQty")
            } else if scanner.key(key, is: "ts") {
                try fields.mark(5, "ts"); timestamp = try scanner.timestamp(value, "ts")
            } else if scanner.key(key, is: "seq") {
                try fields.mark(6, "seq"); seq = try scanner.sequence(value, "seq")
            } else if scanner.key(key, is: "v") {
                try fields.mark(7, "v"); try scanner.checkVersion(value)
            }
        }
        if bid != nil && bidQuantity == nil { throw DecodeFailure(reason: .missingField, detail: "bidQty") }
        if ask != nil && askQuantity == nil { throw DecodeFailure(reason: .missingField, detail: "askQty") }
        if let bid, let ask, bid > ask { throw DecodeFailure(reason: .crossedQuote, detail: "bid") }
        return Quote(
            symbol: try required(symbol, "sym"), bid: bid, bidQuantity: bid == nil ? 0 : bidQuantity ?? 0,
            ask: ask, askQuantity: ask == nil ? 0 : askQuantity ?? 0,
            timestamp: try required(timestamp, "ts"), seq: try required(seq, "seq"))
    }

    /// A side of the book: a price, or `null` for an empty side.
    private static func optionalPrice(_ scanner: JSONScanner, _ value: JSONValue, _ field: String) throws(DecodeFailure) -> Price? {
        if case .null = value { return nil }
        return try scanner.price(value, field)
    }

    private static func decodeIndex(_ scanner: inout JSONScanner) throws(DecodeFailure) -> IndexLevel {
        var fields = FieldSet()
        var code: IndexCode?, level: Price?, timestamp: EpochMillis?
        while let (key, _, value) = try scanner.nextMember() {
            if scanner.key(key, is: "code") {
                try fields.mark(0, "code"); code = try scanner.enumeration(value, "code", unknown: .unknownIndex)
            } else if scanner.key(key, is: "value") {
                try fields.mark(1, "value"); level = try scanner.price(value, "value")
            } else if scanner.key(key, is: "ts") {
                try fields.mark(2, "ts"); timestamp = try scanner.timestamp(value, "ts")
            } else if scanner.key(key, is: "v") {
                try fields.mark(3, "v"); try scanner.checkVersion(value)
            }
        }
        return IndexLevel(
            code: try required(code, "code"), value: try required(level, "value"),
            timestamp: try required(timestamp, "ts"))
    }

    private static func decodeStatus(_ scanner: inout JSONScanner) throws(DecodeFailure) -> StatusChange {
        var fields = FieldSet()
        var scope: StatusChange.Scope?, phase: MarketPhase?, timestamp: EpochMillis?, reason: String?
        while let (key, _, value) = try scanner.nextMember() {
            if scanner.key(key, is: "scope") {
                try fields.mark(0, "scope")
                let text = try scanner.string(value, "scope")
                if text == "MARKET" {
                    scope = .market
                } else if let symbol = Symbol(text) {
                    scope = .security(symbol)
                } else {
                    throw DecodeFailure(reason: .badSymbol, detail: "scope")
                }
            } else if scanner.key(key, is: "phase") {
                try fields.mark(1, "phase"); phase = try scanner.enumeration(value, "phase", unknown: .unknownPhase)
            } else if scanner.key(key, is: "ts") {
                try fields.mark(2, "ts"); timestamp = try scanner.timestamp(value, "ts")
            } else if scanner.key(key, is: "reason") {
                try fields.mark(3, "reason"); reason = try scanner.displayText(value, "reason")
            } else if scanner.key(key, is: "v") {
                try fields.mark(4, "v"); try scanner.checkVersion(value)
            }
        }
        return StatusChange(
            scope: try required(scope, "scope"), phase: try required(phase, "phase"),
            timestamp: try required(timestamp, "ts"), reason: reason)
    }

    private static func decodeReference(_ scanner: inout JSONScanner) throws(DecodeFailure) -> ReferenceData {
        var fields = FieldSet()
        var subject: ReferenceData.Subject?, name: String?, sector: String?, previousClose: Price?
        var boardLot: Quantity?, date: String?
        var shares: Quantity?, freeFloat: Double?, cluster: TradingCluster?, divisor: Double?, members: [Symbol]?
        scanner.arrayKey = "members"
        while let (key, _, value) = try scanner.nextMember() {
            if scanner.key(key, is: "sym") {
                try fields.mark(0, "sym"); subject = .security(try scanner.symbol(value, "sym"))
            } else if scanner.key(key, is: "code") {
                try fields.mark(0, "code")
                subject = .index(try scanner.enumeration(value, "code", unknown: .unknownIndex))
            } else if scanner.key(key, is: "name") {
                try fields.mark(1, "name"); name = try scanner.displayText(value, "name")
            } else if scanner.key(key, is: "sector") {
                try fields.mark(2, "sector"); sector = try scanner.displayText(value, "sector", limit: 40)
            } else if scanner.key(key, is: "prevClose") {
                try fields.mark(3, "prevClose"); previousClose = try scanner.price(value, "prevClose")
            } else if scanner.key(key, is: "boardLot") {
                try fields.mark(4, "boardLot"); boardLot = try scanner.quantity(value, "boardLot")
            } else if scanner.key(key, is: "date") {
                try fields.mark(5, "date"); date = try scanner.date(value, "date")
            } else if scanner.key(key, is: "v") {
                try fields.mark(6, "v"); try scanner.checkVersion(value)
            } else if scanner.key(key, is: "shares") {
                try fields.mark(7, "shares"); shares = try scanner.quantity(value, "shares")
            } else if scanner.key(key, is: "freeFloat") {
                try fields.mark(8, "freeFloat")
                freeFloat = try scanner.fixedPoint(value, "freeFloat", decimals: WireBounds.freeFloatDecimals, within: 0...1)
            } else if scanner.key(key, is: "cluster") {
                try fields.mark(9, "cluster"); cluster = try scanner.enumeration(value, "cluster")
            } else if scanner.key(key, is: "divisor") {
                try fields.mark(10, "divisor")
                divisor = try scanner.fixedPoint(
                    value, "divisor", decimals: WireBounds.divisorDecimals,
                    within: Double.leastNonzeroMagnitude...WireBounds.maximumDivisor)
            } else if scanner.key(key, is: "members") {
                try fields.mark(11, "members"); members = try scanner.symbolList(value, "members")
            }
        }
        let reference = ReferenceData(
            subject: try required(subject, "sym"), name: name, sector: sector,
            previousClose: try required(previousClose, "prevClose"), boardLot: boardLot,
            date: try required(date, "date"), shares: shares, freeFloat: freeFloat, cluster: cluster,
            divisor: divisor, members: members)
        if let misplaced = misplacedField(reference) { throw DecodeFailure(reason: .badValue, detail: misplaced) }
        return reference
    }

    /// The first field that belongs to the other kind of subject: a security's `shares`, `freeFloat` or `cluster`
    /// on an index, an index's `divisor` or `members` on a security.
    private static func misplacedField(_ reference: ReferenceData) -> String? {
        switch reference.subject {
        case .security:
            if reference.divisor != nil { return "divisor" }
            if reference.members != nil { return "members" }
        case .index:
            if reference.shares != nil { return "shares" }
            if reference.freeFloat != nil { return "freeFloat" }
            if reference.cluster != nil { return "cluster" }
        }
        return nil
    }
}
