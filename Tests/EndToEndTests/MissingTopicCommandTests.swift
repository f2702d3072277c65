import KafkaFeed
import Logging
import Testing

/// `snapshot` and `record` say at once that a topic does not exist, or that a pattern matches none — the cluster's
/// first metadata answer tells — instead of waiting for their timeout and blaming the cluster; `--wait-for-topic`
/// keeps waiting, up to `--timeout`.
@Suite struct MissingTopicCommandTests {
    static func broker() throws -> EmbeddedBroker {
        try EmbeddedBroker(partitions: 1, logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
    }

    static func commands(_ bootstrap: String) -> [[String]] {
        [["snapshot", "-b", bootstrap], ["record", "-b", bootstrap, "-o", "session.jsonl", "--until-caught-up"]]
    }

    @Test(arguments: [("nosuch.topic", "topic nosuch.topic does not exist on "), ("^nomatch", "no topic on BOOTSTRAP matches ^nomatch")])
    func aMissingTopicEndsTheCommandAtTheFirstAnswer(topic: String, problem: String) throws {
        let broker = try Self.broker()
        let problem = problem.replacingOccurrences(of: "BOOTSTRAP", with: broker.bootstrapServers)
        for command in Self.commands(broker.bootstrapServers) {
            // The default --timeout (30 s for snapshot) would be reached if the answer were not acted on.
            let ending = try CommandCatalog.run(command + ["-t", topic, "-t", "pse.trades", "--log-file", "/dev/null"])
            #expect(ending.status == 1)
            #expect(ending.stderrLines.count == 1, "\(ending.stderr)")
            #expect(ending.stderr.hasPrefix("psei-ticker: \(command[0]) stopped: \(problem)"), "\(ending.stderr)")
            #expect(ending.stderr.contains("--wait-for-topic"), "\(ending.stderr)")
        }
    }

    @Test(arguments: [("nosuch.topic", "topic nosuch.topic does not exist on "), ("^nomatch", "no topic on BOOTSTRAP matches ^nomatch")])
    func waitForTopicWaitsUpToTheTimeout(topic: String, problem: String) throws {
        let broker = try Self.broker()
        let problem = problem.replacingOccurrences(of: "BOOTSTRAP", with: broker.bootstrapServers)
        for command in Self.commands(broker.bootstrapServers) {
            let ending = try CommandCatalog.run(command + ["-t", topic, "--wait-for-topic", "--timeout", "1", "--log-file", "/dev/null"])
            #expect(ending.status == 1)
            #expect(ending.stderr.hasPrefix("psei-ticker: \(command[0]) gave up after 1 s: \(problem)"), "\(ending.stderr)")
        }
    }
}
