import Exchange
import MarketData
import Testing

@Suite struct WireCodecRoundTripTests {
    static let ts: EpochMillis = 1_764_037_502_123

    static let events: [MarketEvent] = [
        .trade(Trade(symbol: "ALI", price: Price("31.45")!, quantity: 1000, timestamp: ts, seq: 1042)),
        .trade(
            Trade(
                symbol: "ICT", price: Price("623.50")!, quantity: 10, timestamp: ts, seq: 7,
                buyer: "COL", seller: "UBS", foreign: .both, board: .block)),
        .trade(Trade(symbol: "ACEN", price: Price("0.0012")!, quantity: 1_000_000, timestamp: ts, seq: 0)),
        // The extremes the codec accepts: the bounds of price and quantity, the last sequence number, the time range.
        .trade(
            Trade(
                symbol: "HUGEQ", price: WireBounds.maximumPrice, quantity: WireBounds.maximumQuantity,
                timestamp: 4_102_444_799_999, seq: .max)),
        .trade(Trade(symbol: "TINY", price: Price(units: 1), quantity: 1, timestamp: 946_684_800_000, seq: 0)),
        .quote(
            Quote(
                symbol: "ALI", bid: Price("31.40")!, bidQuantity: 52000, ask: Price("31.45")!,
                askQuantity: 12000, timestamp: ts, seq: 9)),
        .quote(Quote(symbol: "SM", bid: nil, bidQuantity: 0, ask: Price("705")!, askQuantity: 20, timestamp: ts, seq: 1)),
        .index(IndexLevel(code: .psei, value: Price("6412.57")!, timestamp: ts)),
        .index(IndexLevel(code: .miningAndOil, value: Price("8412.95")!, timestamp: ts)),
        .status(StatusChange(scope: .market, phase: .open, timestamp: ts)),
        .status(StatusChange(scope: .security("MONDE"), phase: .halted, timestamp: ts, reason: "pending \"disclosure\"")),
        .reference(
            ReferenceData(
                subject: .security("ALI"), name: "Ayala Land, Inc.", sector: "Property",
                previousClose: Price("22.05")!, boardLot: 100, date: "2026-11-25")),
        .reference(ReferenceData(subject: .index(.psei), previousClose: Price("6398.10")!, date: "2026-11-25")),
        // Schema v1's optional weighting fields: a security's shares, free float and cluster, an index's divisor
        // and members; the extremes the codec accepts.
        .reference(
            ReferenceData(
                subject: .security("ALI"), previousClose: Price("22.05")!, date: "2026-11-25", shares: 15_050_000_000,
                freeFloat: 0.4523, cluster: .a)),
        .reference(
            ReferenceData(
                subject: .security("TINY"), previousClose: Price("1")!, date: "2026-11-25",
                shares: WireBounds.maximumQuantity, freeFloat: 0.000001, cluster: .c)),
        .reference(
            ReferenceData(
                subject: .security("FULL"), previousClose: Price("1")!, date: "2026-11-25", shares: 1, freeFloat: 1,
                cluster: .b)),
        .reference(
            ReferenceData(
                subject: .index(.psei), previousClose: Price("6398.10")!, date: "2026-11-25",
                divisor: 781_553_212.0417, members: ["ALI", "BDO", "SM"])),
        .reference(
            ReferenceData(
                subject: .index(.property), previousClose: Price("2601.48")!, date: "2026-11-25",
                divisor: WireBounds.maximumDivisor, members: ["SMPH"])),
        .reference(
            ReferenceData(
                subject: .index(.allShares), previousClose: Price("3500")!, date: "2026-11-25", divisor: 0.0001,
                members: (1...WireBounds.maximumIndexMembers).map { Symbol("M\($0)")! })),
    ]

    @Test(arguments: events)
    func encodeThenDecodeGivesTheSameEvent(event: MarketEvent) throws {
        let record = FeedRecord(
            topic: event.topic.rawValue, timestamp: Self.ts, key: Array(event.key.utf8),
            value: WireCodec.encode(event))
        #expect(try WireCodec.decode(record).get() == event)
    }

    @Test func encodesTheSchemaExampleExactly() {
        let trade = MarketEvent.trade(
            Trade(
                symbol: "ALI", price: Price("31.45")!, quantity: 1000,
                timestamp: Self.ts, seq: 1042))
        #expect(
            String(decoding: WireCodec.encode(trade), as: UTF8.self)
                == #"{"sym":"ALI","px":31.45,"qty":1000,"ts":1764037502123,"seq":1042}"#)
    }

    @Test(arguments: [
        (#"31.45"#, 314_500), (#""31.45""#, 314_500), (#"31.4500"#, 314_500), (#""0.0001""#, 1),
        (#"6412.5712"#, 64_125_712), (#"3.145e1"#, 314_500), (#"3145E-2"#, 314_500), (#"100"#, 1_000_000),
        (#"1.2340e2"#, 1_234_000),
    ])
    func pricesParseExactlyFromNumbersAndStrings(text: String, units: Int64) throws {
        let record = trade(#"{"sym":"ALI","px":\#(text),"qty":100,"ts":1764037502123,"seq":1}"#)
        guard case .trade(let trade) = try WireCodec.decode(record).get() else { Issue.record("not a trade"); return }
        #expect(trade.price.units == units)
    }

    @Test func encodesTheWeightingFieldsInTheirShortestExactForm() {
        let security = MarketEvent.reference(
            ReferenceData(
                subject: .security("ALI"), previousClose: Price("22.05")!, date: "2026-11-25", shares: 15_050_000_000,
                freeFloat: 0.45, cluster: .a))
        #expect(
            String(decoding: WireCodec.encode(security), as: UTF8.self)
                == #"{"sym":"ALI","prevClose":22.05,"date":"2026-11-25","shares":15050000000,"freeFloat":0.45,"cluster":"A"}"#)
        let index = MarketEvent.reference(
            ReferenceData(
                subject: .index(.psei), previousClose: Price("6398.1")!, date: "2026-11-25", divisor: 781_553_212.5,
                members: ["ALI", "BDO"]))
        #expect(
            String(decoding: WireCodec.encode(index), as: UTF8.self)
                == #"{"code":"PSEi","prevClose":6398.1,"date":"2026-11-25","divisor":781553212.5,"members":["ALI","BDO"]}"#)
    }

    @Test func readsMembersAmongOtherFieldsInAnyOrderAndSpacing() throws {
        let json =
            #"{ "members" : [ "SM" , "ALI" ] ,"code":"PSEi","x":[1,["y"]],"divisor":7.5e8,"prevClose":6398.1,"date":"2026-11-25"}"#
        let record = FeedRecord(topic: "pse.ref", timestamp: 0, key: Array("PSEi".utf8), value: Array(json.utf8))
        guard case .reference(let reference) = try WireCodec.decode(record).get() else {
            Issue.record("not reference data"); return
        }
        #expect(reference.members == ["SM", "ALI"])
        #expect(reference.divisor == 750_000_000)
    }

    @Test func oldProducersReferenceDataStillDecodesWithoutTheWeightingFields() throws {
        let json = #"{"sym":"ALI","name":"Ayala Land, Inc.","sector":"Property","prevClose":22.05,"boardLot":100,"date":"2026-11-25"}"#
        let record = FeedRecord(topic: "pse.ref", timestamp: 0, key: Array("ALI".utf8), value: Array(json.utf8))
        guard case .reference(let reference) = try WireCodec.decode(record).get() else {
            Issue.record("not reference data"); return
        }
        #expect(reference.shares == nil && reference.freeFloat == nil && reference.cluster == nil)
        #expect(reference.divisor == nil && reference.members == nil)
    }

    @Test func acceptsVersionOneIgnoresUnknownFieldsAndWhitespace() throws {
        let json =
            #" { "v" : 1 , "sym":"BDO","extra":{"a":[1,2,{"b":null}],"c":"x"},"px":"134.60","qty":10,"ts":1764037502123,"seq":3,"flag":true } "#
        guard case .trade(let trade) = try WireCodec.decode(trade(json, key: "BDO")).get() else {
            Issue.record("not a trade"); return
        }
        #expect(trade.symbol == "BDO" && trade.price == Price("134.6")! && trade.quantity == 10)
    }

    @Test func unescapesStringsAndStripsControlCharactersFromText() throws {
        let json = #"{"sym":"MONDE","name":"Monde \u001b[2JNissin \u00e9\ud83d\ude00","prevClose":7.25,"date":"2026-11-25"}"#
        let record = FeedRecord(topic: "pse.ref", timestamp: 0, key: nil, value: Array(json.utf8))
        guard case .reference(let reference) = try WireCodec.decode(record).get() else {
            Issue.record("not reference data"); return
        }
        #expect(reference.name == "Monde ?[2JNissin é😀")
    }

    @Test func topicNamesWithAPrefixDecodeByTheirSuffix() throws {
        let record = FeedRecord(
            topic: "staging.pse.index", timestamp: 0, key: nil,
            value: Array(#"{"code":"PSEi","value":6412.57,"ts":1764037502123}"#.utf8))
        #expect(try WireCodec.decode(record).get().topic == .index)
    }

    func trade(_ json: String, key: String? = nil) -> FeedRecord {
        FeedRecord(
            topic: "pse.trades", partition: 2, offset: 41, timestamp: 0, key: key.map { Array($0.utf8) },
            value: Array(json.utf8))
    }
}
