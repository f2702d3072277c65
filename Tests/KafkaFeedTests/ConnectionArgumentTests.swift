import KafkaFeed
import Testing

/// Bootstrap lists and topic names are checked before anything connects, so a typo is an error at once.
@Suite struct ConnectionArgumentTests {
    @Test(arguments: [
        "127.0.0.1:9092", "kafka-1.example.com:9093, kafka-2.example.com:9093", "[::1]:9092",
        "SSL://broker:9094", "h:1", "h:65535",
    ])
    func aListOfHostPortEntriesIsAccepted(list: String) {
        #expect(BootstrapServers.problem(in: list) == nil)
    }

    @Test(arguments: [
        ("::::", "'::::' is not HOST:PORT"),
        ("host", "'host' is not HOST:PORT"),
        ("host:", "'host:' is not HOST:PORT"),
        (":9092", "':9092' is not HOST:PORT"),
        ("host:12a", "'host:12a' is not HOST:PORT"),
        ("host:-1", "'host:-1' is not HOST:PORT"),
        ("[::1]9092", "'[::1]9092' is not HOST:PORT"),
        ("host:0", "'host:0' has port 0; ports are 1…65535"),
        ("host:99999", "'host:99999' has port 99999; ports are 1…65535"),
        ("host:123456789012345678901234567890", "has port 123456789012345678901234567890"),
        ("a:1,,b:2", "has an empty entry"),
        ("a:1,", "has an empty entry"),
        (" ", "is empty"),
    ])
    func aMalformedListSaysWhatIsWrong(list: String, problem: String) throws {
        let found = try #require(BootstrapServers.problem(in: list))
        #expect(found.contains(problem), "\(found)")
    }

    @Test(arguments: ["pse.trades", "a_b-c.1", "^pse\\..*", String(repeating: "t", count: 249)])
    func kafkaTopicNamesAndPatternsAreAccepted(topic: String) {
        #expect(TopicSelection.problem(with: topic) == nil)
    }

    @Test(arguments: [
        ("", "is empty"), ("a b", "is not a Kafka topic name"), ("pse/trades", "is not a Kafka topic name"),
        (".", "is not a Kafka topic name"), ("..", "is not a Kafka topic name"), ("é", "is not a Kafka topic name"),
        (String(repeating: "t", count: 250), "is not a Kafka topic name"), ("^(", "is not a valid regular expression"),
    ])
    func anImpossibleTopicSaysWhatIsWrong(topic: String, problem: String) {
        let found = TopicSelection.problem(with: topic)
        #expect(found?.hasPrefix(problem) == true, "\(found ?? "accepted")")
    }
}
