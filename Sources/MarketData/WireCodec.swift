/// Decodes and encodes wire schema v1 (see DESIGN.md): one JSON object per Kafka record on the five topics.
///
/// Decoding is a hand-written byte scanner (no `JSONDecoder`, no `Double`): every record either becomes a
/// `MarketEvent` or a `DecodeError` naming the reason and the record's coordinates. Unknown fields are ignored.
public enum WireCodec {
    /// Records larger than this are rejected unread.
    public static let maxRecordBytes = 64 * 1024

    /// Decodes each of `records` according to its topic, in order.
    public static func decode(_ records: [FeedRecord]) -> [Result<MarketEvent, DecodeError>] {
        var decoded: [Result<MarketEvent, DecodeError>] = []
        decoded.reserveCapacity(records.count)
        for index in records.indices { decoded.append(decode(records[index])) }
        return decoded
    }

    /// Decodes one record according to its topic.
    @inline(__always)
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
        do throws(DecodeFailure) {
            let event = try record.value.withUnsafeBufferPointer { bytes throws(DecodeFailure) -> MarketEvent in
                if topic == .trades, let trade = TradeFastPath.decode(bytes) { return .trade(trade) }
                if topic == .quotes, let quote = QuoteFastPath.decode(bytes) { return .quote(quote) }
                return try scan(topic, bytes)
            }
            if let key = record.key, !key.isEmpty, !event.hasKey(key) {
                throw DecodeFailure(reason: .keyMismatch, detail: String(decoding: key.prefix(32), as: UTF8.self))
            }
            return .success(event)
        } catch {
            return failure(error)
        }
    }

    /// A record's value read by the general scanner, which reads every valid record and names what is wrong with
    /// the rest (the fast paths' reference).
    static func scan(_ topic: FeedTopic, _ bytes: UnsafeBufferPointer<UInt8>) throws(DecodeFailure) -> MarketEvent {
        var scanner = try JSONScanner(bytes)
        return switch topic {
        case .trades: .trade(try decodeTrade(&scanner))
        case .quotes: .quote(try decodeQuote(&scanner))
        case .index: .index(try decodeIndex(&scanner))
        case .status: .status(try decodeStatus(&scanner))
        case .reference: .reference(try decodeReference(&scanner))
        }
    }

    private static func decodeTrade(_ scanner: inout JSONScanner) throws(DecodeFailure) -> Trade {
        var symbol: Symbol?, price: Price?, quantity: Quantity?, timestamp: EpochMillis?, seq: Int64?
        var buyer: BrokerCode?, seller: BrokerCode?, foreign: Trade.ForeignSide?, board: Trade.Board?
        while let name = try scanner.nextKey() {
            switch name {
            case "sym": symbol = try scanner.symbol(0, "sym")
            case "px": price = try scanner.price(1, "px")
            case "qty": quantity = try scanner.quantity(2, "qty")
            case "ts": timestamp = try scanner.timestamp(3, "ts")
            case "seq": seq = try scanner.sequence(4, "seq")
            case "v": try scanner.version(5)
            case "buyer": buyer = try scanner.brokerCode(6, "buyer")
            case "seller": seller = try scanner.brokerCode(7, "seller")
            case "foreign": foreign = try scanner.enumeration(8, "foreign")
            case "board": board = try scanner.enumeration(9, "board")
            default: try scanner.skipMember()
            }
        }
        return Trade(
            symbol: try required(symbol, "sym"), price: try required(price, "px"),
            quantity: try required(quantity, "qty"), timestamp: try required(timestamp, "ts"),
            seq: try required(seq, "seq"), buyer: buyer, seller: seller, foreign: foreign, board: board)
    }

    private static func decodeQuote(_ scanner: inout JSONScanner) throws(DecodeFailure) -> Quote {
        var symbol: Symbol?, bid: Price?, bidQuantity: Quantity?, ask: Price?, askQuantity: Quantity?
        var timestamp: EpochMillis?, seq: Int64?
        while let name = try scanner.nextKey() {
            switch name {
            case "sym": symbol = try scanner.symbol(0, "sym")
            case "bid": bid = try scanner.optionalPrice(1, "bid")
            case "bidQty": bidQuantity = try scanner.quantity(2, "bidQty")
            case "ask": ask = try scanner.optionalPrice(3, "ask")
            case "askQty": askQuantity = try scanner.quantity(4, "askQty")
            case "ts": timestamp = try scanner.timestamp(5, "ts")
            case "seq": seq = try scanner.sequence(6, "seq")
            case "v": try scanner.version(7)
            default: try scanner.skipMember()
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

    private static func decodeIndex(_ scanner: inout JSONScanner) throws(DecodeFailure) -> IndexLevel {
        var code: IndexCode?, level: Price?, timestamp: EpochMillis?
        while let name = try scanner.nextKey() {
            switch name {
            case "code": code = try scanner.enumeration(0, "code", unknown: .unknownIndex)
            case "value": level = try scanner.price(1, "value")
            case "ts": timestamp = try scanner.timestamp(2, "ts")
            case "v": try scanner.version(3)
            default: try scanner.skipMember()
            }
        }
        return IndexLevel(
            code: try required(code, "code"), value: try required(level, "value"),
            timestamp: try required(timestamp, "ts"))
    }

    private static func decodeStatus(_ scanner: inout JSONScanner) throws(DecodeFailure) -> StatusChange {
        var scope: StatusChange.Scope?, phase: MarketPhase?, timestamp: EpochMillis?, reason: String?
        while let name = try scanner.nextKey() {
            switch name {
            case "scope":
                let text = try scanner.string(0, "scope")
                if text == "MARKET" {
                    scope = .market
                } else if let symbol = Symbol(text) {
                    scope = .security(symbol)
                } else {
                    throw DecodeFailure(reason: .badSymbol, detail: "scope")
                }
            case "phase": phase = try scanner.enumeration(1, "phase", unknown: .unknownPhase)
            case "ts": timestamp = try scanner.timestamp(2, "ts")
            case "reason": reason = try scanner.displayText(3, "reason")
            case "v": try scanner.version(4)
            default: try scanner.skipMember()
            }
        }
        return StatusChange(
            scope: try required(scope, "scope"), phase: try required(phase, "phase"),
            timestamp: try required(timestamp, "ts"), reason: reason)
    }

    private static func decodeReference(_ scanner: inout JSONScanner) throws(DecodeFailure) -> ReferenceData {
        var subject: ReferenceData.Subject?, name: String?, sector: String?, previousClose: Price?
        var boardLot: Quantity?, date: String?
        var shares: Quantity?, freeFloat: Double?, cluster: TradingCluster?, divisor: Double?, members: [Symbol]?
        scanner.arrayKey = "members"
        while let field = try scanner.nextKey() {
            switch field {
            case "sym": subject = .security(try scanner.symbol(0, "sym"))
            case "code": subject = .index(try scanner.enumeration(0, "code", unknown: .unknownIndex))
            case "name": name = try scanner.displayText(1, "name")
            case "sector": sector = try scanner.displayText(2, "sector", limit: 40)
            case "prevClose": previousClose = try scanner.price(3, "prevClose")
            case "boardLot": boardLot = try scanner.quantity(4, "boardLot")
            case "date": date = try scanner.date(5, "date")
            case "v": try scanner.version(6)
            case "shares": shares = try scanner.quantity(7, "shares")
            case "freeFloat":
                freeFloat = try scanner.fixedPoint(8, "freeFloat", decimals: WireBounds.freeFloatDecimals, within: 0...1)
            case "cluster": cluster = try scanner.enumeration(9, "cluster")
            case "divisor":
                divisor = try scanner.fixedPoint(
                    10, "divisor", decimals: WireBounds.divisorDecimals,
                    within: Double.leastNonzeroMagnitude...WireBounds.maximumDivisor)
            case "members": members = try scanner.symbolList(11, "members")
            default: try scanner.skipMember()
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
