import Foundation
import KafkaFeed
import Testing

/// The first metadata answer tells which requested topics the cluster lacks — a `^pattern` that matches no topic
/// included — so a reader can say so at once instead of waiting for records that cannot come.
@Suite struct MissingTopicTests {
    /// Polls until the consumer reports a missing topic (the metadata request answers in milliseconds; the bound
    /// only keeps a broken consumer from hanging the test).
    func missingTopics(_ consumer: KafkaConsumer) -> [String] {
        let giveUp = Date().addingTimeInterval(30)
        while Date() < giveUp {
            let missing = consumer.poll(timeoutMs: 100).events.compactMap { event -> String? in
                if case .topicMissing(let topic) = event { topic } else { nil }
            }
            if !missing.isEmpty { return missing }
        }
        return []
    }

    @Test func aPatternThatMatchesNoTopicIsReported() throws {
        let broker = try EmbeddedBroker(partitions: 1, logger: quietLogger)
        let consumer = try KafkaConsumer(
            bootstrapServers: broker.bootstrapServers, topics: ["^nomatch", #"^pse\.trades$"#],
            logger: quietLogger)
        #expect(missingTopics(consumer) == ["^nomatch"])
        #expect(!consumer.isCaughtUp)
    }

    @Test func aPatternIsReadOnceATopicMatchesIt() throws {
        let broker = try EmbeddedBroker(partitions: 1, topics: [], logger: quietLogger)
        let consumer = try KafkaConsumer(bootstrapServers: broker.bootstrapServers, topics: ["^later"], logger: quietLogger)
        #expect(missingTopics(consumer) == ["^later"])
        try broker.createTopic("later.topic", partitions: 1)
        _ = consumeAll(consumer, expected: 0)
        #expect(consumer.assignment.map(\.topic) == ["later.topic"])
        #expect(consumer.isCaughtUp)
    }
}
