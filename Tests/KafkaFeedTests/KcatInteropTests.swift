import Foundation
import KafkaFeed
import MarketData
import Testing

/// kcat is a Kafka client nobody here wrote: what it produces we must read, and what we produce it must read.
@Suite struct KcatInteropTests {
    @Test func schemaLinesProducedByKcatDecode() throws {
        let broker = try EmbeddedBroker(partitions: 4, logger: quietLogger)
        let lines = """
            ALI|{"sym":"ALI","px":31.45,"qty":1000,"ts":1764037502123,"seq":1042}
            ALI|{"sym":"ALI","px":"31.50","qty":200,"ts":1764037503000,"seq":1043,"foreign":"B","board":"main"}
            ICT|{"v":1,"sym":"ICT","px":623.5,"qty":10,"ts":1764037504000,"seq":1}
            BDO|this is not json

            """
        let (_, status) = try run(
            kcat, ["-P", "-b", broker.bootstrapServers, "-t", "pse.trades", "-K", "|"],
            input: Data(lines.utf8))
        #expect(status == 0)
        let consumer = try KafkaConsumer(bootstrapServers: broker.bootstrapServers, topics: ["pse.trades"], logger: quietLogger)
        let (records, _) = consumeAll(consumer, expected: 4)
        #expect(records.count == 4)
        let decoded = records.map { WireCodec.decode($0) }
        let trades = decoded.compactMap { result -> Trade? in
            guard case .success(.trade(let trade)) = result else { return nil }
            return trade
        }.sorted { ($0.symbol, $0.seq) < ($1.symbol, $1.seq) }
        #expect(trades.map(\.symbol) == ["ALI", "ALI", "ICT"])
        #expect(trades.map(\.price) == [Price("31.45")!, Price("31.50")!, Price("623.50")!])
        #expect(trades[1].foreign == .buy && trades[1].board == .main)
        let rejected = decoded.compactMap { result -> DecodeError? in
            guard case .failure(let error) = result else { return nil }
            return error
        }
        #expect(rejected.map(\.reason) == [.notJSON])
        #expect(rejected.first?.topic == "pse.trades")
    }

    @Test func recordsWeProduceReadBackWithKcatAsTheSchemaSays() throws {
        let broker = try EmbeddedBroker(partitions: 4, logger: quietLogger)
        let sent = simulatedRecords(3_000)
        let producer = try KafkaProducer(bootstrapServers: broker.bootstrapServers, logger: quietLogger)
        for record in sent { try producer.send(record) }
        try producer.flush()

        var seen = 0
        for topic in FeedTopic.allCases {
            let (output, status) = try run(
                kcat,
                [
                    "-C", "-b", broker.bootstrapServers, "-t", topic.rawValue,
                    "-o", "beginning", "-e", "-q", "-J",
                ])
            #expect(status == 0)
            for line in output.split(separator: UInt8(ascii: "\n")) {
                let envelope = try #require(try JSONSerialization.jsonObject(with: Data(line)) as? [String: Any])
                let payload = try #require(envelope["payload"] as? String)
                let value = try #require(try JSONSerialization.jsonObject(with: Data(payload.utf8)) as? [String: Any])
                try checkSchema(topic: topic, key: envelope["key"] as? String, value: value, timestamp: envelope["ts"] as? Int)
                seen += 1
            }
        }
        #expect(seen == sent.count)
    }

    /// The schema of DESIGN.md, checked with Foundation's JSON parser rather than our codec.
    func checkSchema(topic: FeedTopic, key: String?, value: [String: Any], timestamp: Int?) throws {
        switch topic {
        case .trades:
            #expect(key == value["sym"] as? String)
            #expect(value["px"] is NSNumber && value["qty"] is NSNumber && value["seq"] is NSNumber)
            #expect(timestamp == (value["ts"] as? Int))
        case .quotes:
            #expect(key == value["sym"] as? String)
            let bid = try #require(value["bid"] as? Double), ask = try #require(value["ask"] as? Double)
            #expect(bid < ask)
        case .index:
            #expect(IndexCode(rawValue: key ?? "") != nil && key == value["code"] as? String)
            #expect(value["value"] is NSNumber)
        case .status:
            #expect(key == value["scope"] as? String)
            #expect(MarketPhase(rawValue: value["phase"] as? String ?? "") != nil)
        case .reference:
            #expect(key == (value["sym"] ?? value["code"]) as? String)
            #expect(value["prevClose"] is NSNumber && value["date"] as? String == "2026-11-25")
        }
    }
}
