import ArgumentParser
import Dashboard
import Foundation
import KafkaFeed
import LiveDashboard
import Logging

/// `psei-ticker alerts`: the alert rules over a cluster's topics (until stopped) or a recorded session (to its end),
/// through the dashboard's own reducer; one JSON line per alert on standard output, or each alert published to a topic.
struct AlertsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alerts",
        abstract: "Print one JSON line per alert as the rules fire over a cluster's topics or a recorded session.",
        discussion: """
            The rules are --alert and --rules when given, else the configuration's alerts and alerts.toml (the \
            rule language is in the README's Alerts section). The records go through the dashboard's own reducer, so an alert fires here \
            exactly when it fires on screen. Each line is written as the alert fires, with the fields time, date, \
            dataTime, rule, kind, subject, message and value (when the alert has one). With -b it runs until SIGINT \
            or SIGTERM and then exits 0; with --replay it stops at the end of the session. --produce TOPIC publishes \
            each line to a Kafka topic instead, keyed by the alert's subject (with --replay, to the cluster -b names).
            """
    )

    @OptionGroup var config: ConfigOptions
    @OptionGroup var feed: LiveFeedOptions
    @Option(help: "Read this recorded session (.jsonl or .jsonl.gz) to its end instead of a cluster.") var replay: String?
    @OptionGroup var session: SessionOptions
    @OptionGroup var rules: AlertRuleOptions
    @Option(
        help: ArgumentHelp(
            "Publish each alert's JSON line to this Kafka topic, keyed by its subject, instead of printing it.", valueName: "topic"))
    var produce: String?
    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        guard replay != nil else { return }
        if feed.kafka.bootstrap != nil && produce == nil {
            throw ValidationError("give either -b BOOTSTRAP (a cluster) or --replay FILE (a recorded session), not both, unless --produce")
        }
        if !feed.topics.topic.isEmpty || feed.group != nil {
            throw ValidationError("--topic and --group read a cluster: not with --replay")
        }
    }

    func run() throws {
        let shutdown = ShutdownSignal()
        _ = logging.bootstrap()
        let logger = Logger(label: "alerts")
        let settings = try config.load()
        let rules = try self.rules.resolve(settings: settings)
        guard !rules.isEmpty else {
            throw CommandFailure("no alert rules: give --alert, --rules or the configuration's alerts", exitCode: 64)
        }
        // A cluster to read, or with --replay one to publish to.
        let cluster = replay == nil || produce != nil ? try feed.connection(settings: settings) : nil
        let output: AlertOutput =
            if let produce, let cluster { try .publishing(to: produce, on: cluster, logger: logger) } else { .standardOutput }
        var state = DashboardState(source: replay.map { URL(fileURLWithPath: $0).lastPathComponent } ?? cluster?.bootstrap ?? "")
        state.alerts = AlertBook(rules: rules)
        var follower = AlertFollower(state)
        if let replay {
            _ = try session.replay(replay, through: nil, logger: logger) { batch in
                for alert in follower.apply(.records(batch, receivedAt: 0)) { try output.send(alert) }
            }
        } else if let cluster {
            let inbox = try feed.start(cluster, logger: logger) { shutdown.isRequested }
            try AlertStream(source: inbox, shouldStop: { shutdown.isRequested }).run(&follower, deliver: output.send)
        }
        try output.finish()
    }
}
