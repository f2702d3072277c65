import ArgumentParser
import KafkaFeed
import MarketData

/// Which topics to read.
struct TopicOptions: ParsableArguments {
    @Option(
        name: .shortAndLong,
        help: "Topic to read (repeatable; ^regex subscribes by pattern). Default: the cluster profile's topics, else the five pse.* topics."
    )
    var topic: [String] = []

    func validate() throws {
        for topic in topic {
            if let problem = TopicSelection.problem(with: topic) { throw ValidationError("--topic '\(topic)' \(problem)") }
        }
    }
}

/// Whether a command that reads topics to their end waits for a topic that does not exist yet.
struct TopicWaitOptions: ParsableArguments {
    @Flag(help: "Wait (up to --timeout) for a topic that does not exist, or for a topic that matches a ^regex, instead of failing at once.")
    var waitForTopic = false
}
