import Foundation
import KafkaFeed
import MarketData
import Synchronization
import Testing

/// Starting each partition at a time: through ListOffsets by timestamp when the cluster answers it, by reading from
/// the beginning and skipping when it does not (the embedded mock broker) — the same records either way. Reference
/// data and status are read whole.
@Suite struct StartAtTimeTests {
    static let wholeTopics: Set<String> = [FeedTopic.reference.rawValue, FeedTopic.status.rawValue]

    /// Every record on the broker, per partition in offset order, read by a consumer from the beginning.
    func everything(on broker: EmbeddedBroker, count: Int) throws -> [TopicPartition: [FeedRecord]] {
        let consumer = try KafkaConsumer(bootstrapServers: broker.bootstrapServers, logger: quietLogger)
        let records = consumeAll(consumer, expected: count).records
        return Dictionary(grouping: records) { TopicPartition(topic: $0.topic, partition: $0.partition) }
            .mapValues { $0.sorted { $0.offset < $1.offset } }
    }

    func brokerWithADay(records count: Int) throws -> (EmbeddedBroker, [FeedRecord]) {
        let broker = try EmbeddedBroker(partitions: 2, logger: quietLogger)
        let producer = try KafkaProducer(bootstrapServers: broker.bootstrapServers, logger: quietLogger)
        let sent = simulatedRecords(count)
        for record in sent { try producer.send(record) }
        try producer.flush()
        return (broker, sent)
    }

    @Test func theMockBrokerCannotLookUpByTimeSoOlderRecordsAreSkipped() throws {
        let (broker, sent) = try brokerWithADay(records: 6_000)
        let time = sent.map(\.timestamp).sorted()[sent.count / 2]
        // Per partition, from the first record at or after the time on: what ListOffsets by timestamp would give.
        let expected = try everything(on: broker, count: sent.count).flatMap { partition, records in
            Self.wholeTopics.contains(partition.topic) ? records[...] : records.drop { $0.timestamp < time }
        }
        #expect(expected.contains { $0.topic == FeedTopic.reference.rawValue && $0.timestamp < time })
        #expect(!expected.isEmpty && expected.count < sent.count)

        let consumer = try KafkaConsumer(bootstrapServers: broker.bootstrapServers, startOffset: .time(time), logger: quietLogger)
        let received = consumeAll(consumer, expected: expected.count).records
        // It answers "no record" (-1) even for time 0: detected, and the consumer falls back to skipping.
        #expect(consumer.timeLookupFailure?.message.contains("no record by time even at time 0") == true)
        #expect(Set(received) == Set(expected), "\(received.count) received, \(expected.count) expected")
        #expect(received.count == expected.count)
    }

    /// In a group (no committed offsets yet) the partitions come from the group, not from a lookup: skipped the same.
    @Test func aGroupSkipsTheRecordsBeforeTheTimeToo() throws {
        let (broker, sent) = try brokerWithADay(records: 3_000)
        let time = sent.map(\.timestamp).sorted()[sent.count / 3]
        let expected = try everything(on: broker, count: sent.count).flatMap { partition, records in
            Self.wholeTopics.contains(partition.topic) ? records[...] : records.drop { $0.timestamp < time }
        }
        let consumer = try KafkaConsumer(
            bootstrapServers: broker.bootstrapServers, mode: .group("psei-from-test"), startOffset: .time(time), logger: quietLogger)
        let received = consumeAll(consumer, expected: expected.count).records
        #expect(Set(received) == Set(expected), "\(received.count) received, \(expected.count) expected")
        #expect(received.count == expected.count)
    }

    @Test func aClusterThatAnswersGivesTheOffsetsTheConsumerStartsAt() throws {
        let (broker, sent) = try brokerWithADay(records: 3_000)
        let all = try everything(on: broker, count: sent.count)
        let ended = TopicPartition(topic: "pse.trades", partition: 1)
        let asked = Mutex<[(partitions: [TopicPartition], time: EpochMillis)]>([])
        let answer: OffsetsForTimes = { partitions, time in
            asked.withLock { $0.append((partitions, time)) }
            // Offset 3 where there are more records, except one partition where every record is older than the time.
            return Dictionary(uniqueKeysWithValues: partitions.map { ($0, $0 != ended && all[$0, default: []].count > 3 ? 3 : -1) })
        }
        let consumer = try KafkaConsumer(
            bootstrapServers: broker.bootstrapServers, startOffset: .time(1_234), offsetsForTimes: answer, logger: quietLogger)
        let expected = all.flatMap { partition, records in
            Self.wholeTopics.contains(partition.topic) ? records[...] : partition != ended && records.count > 3 ? records.dropFirst(3) : []
        }
        #expect(all[ended, default: []].count > 3)
        let received = consumeAll(consumer, expected: expected.count).records
        #expect(consumer.timeLookupFailure == nil)
        #expect(Set(received) == Set(expected), "\(received.count) received, \(expected.count) expected")
        #expect(received.count == expected.count)
        let firstOffsets = Dictionary(grouping: received.filter { !Self.wholeTopics.contains($0.topic) }) {
            TopicPartition(topic: $0.topic, partition: $0.partition)
        }.mapValues { $0.map(\.offset).min()! }
        #expect(Set(firstOffsets.values) == [3])
        #expect(firstOffsets[ended] == nil)
        let questions = asked.withLock { $0 }
        #expect(questions.count == 1)
        #expect(questions.first?.time == 1_234)
        #expect(Set(questions.first?.partitions ?? []) == consumer.assignment.filter { !Self.wholeTopics.contains($0.topic) })
    }
}
