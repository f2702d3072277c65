import KafkaFeed

/// `--offset`: where a live read starts, `StartPoint`'s words, a Manila time or an RFC 3339 timestamp.
struct StartPointValues: AcceptedValues {
    var summary: String { StartPoint.accepted }

    func parse(_ text: String) -> StartPoint? { StartPoint(parsing: text) }

    func refusal(of text: String) -> String { "not a place to start" }

    func argument(for value: StartPoint) -> String { value.argument }
}
