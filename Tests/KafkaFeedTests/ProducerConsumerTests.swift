import Foundation
import KafkaFeed
import MarketData
import Testing

@Suite struct ProducerConsumerTests {
    @Test func everyRecordArrivesOnceAndInOrderPerKey() throws {
        let broker = try EmbeddedBroker(logger: quietLogger)
        let sent = simulatedRecords(20_000)
        let producer = try KafkaProducer(bootstrapServers: broker.bootstrapServers, logger: quietLogger)
        for record in sent { try producer.send(record) }
        try producer.flush()
        #expect(producer.deliveryReport.delivered == sent.count)

        let consumer = try KafkaConsumer(bootstrapServers: broker.bootstrapServers, logger: quietLogger)
        let (received, events) = consumeAll(consumer, expected: sent.count)
        #expect(received.count == sent.count)
        #expect(consumer.assignment.count == 5 * 16)
        #expect(events.contains(.connected(brokers: broker.bootstrapServers)))
        #expect(valuesByKey(received) == valuesByKey(sent))
        #expect(received.allSatisfy { (try? WireCodec.decode($0).get()) != nil })
        // Record timestamps are the event times the producer set.
        let sentTimes = Dictionary(sent.map { ($0.value, $0.timestamp) }, uniquingKeysWith: { first, _ in first })
        #expect(received.allSatisfy { sentTimes[$0.value] == $0.timestamp })
    }

    @Test func startingAtTheEndSkipsWhatIsAlreadyThere() throws {
        let broker = try EmbeddedBroker(partitions: 2, logger: quietLogger)
        let producer = try KafkaProducer(bootstrapServers: broker.bootstrapServers, logger: quietLogger)
        let records = simulatedRecords(600)
        for record in records.prefix(300) { try producer.send(record) }
        try producer.flush()
        let consumer = try KafkaConsumer(bootstrapServers: broker.bootstrapServers, startOffset: .end, logger: quietLogger)
        _ = consumeAll(consumer, expected: 0, seconds: 10)
        for record in records.suffix(300) { try producer.send(record) }
        try producer.flush()
        let (received, _) = consumeAll(consumer, expected: 300)
        #expect(received.count == 300)
        #expect(Set(received.map(\.value)) == Set(records.suffix(300).map(\.value)))
    }

    @Test func regexTopicsSelectEveryMatchingTopic() throws {
        let broker = try EmbeddedBroker(partitions: 2, logger: quietLogger)
        try broker.createTopic("other.topic", partitions: 1)
        let consumer = try KafkaConsumer(bootstrapServers: broker.bootstrapServers, topics: [#"^pse\..*"#], logger: quietLogger)
        _ = consumeAll(consumer, expected: 0, seconds: 10)
        #expect(Set(consumer.assignment.map(\.topic)) == Set(FeedTopic.defaultNames))
    }

    @Test func aMissingTopicIsReportedAndAssignedOnceItAppears() throws {
        let broker = try EmbeddedBroker(partitions: 1, topics: [], logger: quietLogger)
        let consumer = try KafkaConsumer(bootstrapServers: broker.bootstrapServers, topics: ["pse.trades"], logger: quietLogger)
        let (_, events) = consumeAll(consumer, expected: 1, seconds: 3)
        #expect(events.contains(.topicMissing("pse.trades")))
        try broker.createTopic("pse.trades", partitions: 1)
        let producer = try KafkaProducer(bootstrapServers: broker.bootstrapServers, logger: quietLogger)
        let trade = simulatedRecords(200).first { $0.topic == "pse.trades" }!
        try producer.send(trade)
        try producer.flush()
        let (received, _) = consumeAll(consumer, expected: 1, seconds: 15)
        #expect(received.map(\.value) == [trade.value])
    }

    @Test func groupModeSubscribesAndReadsEverything() throws {
        let broker = try EmbeddedBroker(partitions: 2, logger: quietLogger)
        let producer = try KafkaProducer(bootstrapServers: broker.bootstrapServers, logger: quietLogger)
        let sent = simulatedRecords(1_000)
        for record in sent { try producer.send(record) }
        try producer.flush()
        let consumer = try KafkaConsumer(bootstrapServers: broker.bootstrapServers, mode: .group("psei-test"), logger: quietLogger)
        let (received, _) = consumeAll(consumer, expected: sent.count, seconds: 30)
        #expect(received.count == sent.count)
    }

    @Test func anUnknownConfigurationKeyIsAClearError() {
        #expect {
            _ = try KafkaConsumer(bootstrapServers: "127.0.0.1:1", overrides: [("no.such.key", "1")], logger: quietLogger)
        } throws: { error in
            "\(error)".contains("unknown Kafka configuration property no.such.key=1")
        }
        #expect {
            _ = try KafkaProducer(
                bootstrapServers: "127.0.0.1:1", overrides: [("sasl.password", "hunter2"), ("acks", "sometimes")], logger: quietLogger)
        } throws: { error in
            "\(error)".contains("invalid Kafka configuration acks=sometimes")
        }
        #expect(KafkaConfiguration.describe("sasl.password", "hunter2") == "sasl.password=******")
    }

    func valuesByKey(_ records: [FeedRecord]) -> [String: [[UInt8]]] {
        Dictionary(grouping: records) { "\($0.topic)/\(String(decoding: $0.key ?? [], as: UTF8.self))" }.mapValues { $0.map(\.value) }
    }
}
