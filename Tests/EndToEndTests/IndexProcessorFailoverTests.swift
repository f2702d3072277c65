import Dashboard
import Foundation
import KafkaFeed
import Logging
import MarketData
import Processing
import Simulator
import Testing

/// `index-processor` on a three-broker embedded cluster. Two instances in one group split the work on the morning
/// of a simulated day; once they have published up to its last trade, one is killed with SIGKILL, the rest of the
/// day is published and a third instance starts (output B). Then one instance alone reads the whole day (output A).
/// A and B are the same under the output's rule — per index and time, the last level published — and the final
/// levels of the morning and of the day are the dashboard's own computed levels over the same records.
@Suite(.serialized) struct IndexProcessorFailoverTests {
    static let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }

    @Test func twoInstancesWithOneKilledPublishWhatOneInstanceDoes() throws {
        let broker = try EmbeddedBroker(brokers: 3, partitions: 6, topics: ["pse.trades", "pse.ref"], logger: Self.logger)
        for run in ["a", "b"] {
            try broker.createTopic("partials.\(run)", partitions: 3)
            try broker.createTopic("\(run).computed.index", partitions: 1)
        }
        var day = try SimulatedDay(broker: broker)
        let directory = temporaryDirectory()
        var children: [ChildProcess] = []
        defer { for child in children where child.process.isRunning { _ = child.stop(SIGKILL) } }
        func start(run: String, name: String) throws -> ChildProcess {
            children.append(try Self.instance(broker, run: run, name: name, in: directory))
            return children.last!
        }

        let morning = try day.publish(until: 0.5)
        let first = try start(run: "b", name: "b1")
        let second = try start(run: "b", name: "b2")
        let logs = ["b1", "b2", "b3"].map { directory.appendingPathComponent($0).path }
        for log in logs.prefix(2) { try Self.waitForTrades(log: log) }
        _ = try Self.output(broker, run: "b") { Self.isFinal($0, morning) }
        #expect(logs.prefix(2).allSatisfy(Self.ownsTrades), "both instances hold trades partitions when one is killed")
        _ = first.stop(SIGKILL)
        let wholeDay = try day.publish(until: 1)
        let third = try start(run: "b", name: "b3")
        let outputB = try Self.output(broker, run: "b") { Self.isFinal($0, wholeDay) }
        try Self.waitForTrades(log: logs[2])
        #expect(second.stop() == 0 && third.stop() == 0, "SIGTERM ends them cleanly")

        let single = try start(run: "a", name: "a1")
        let outputA = try Self.output(broker, run: "a") { Self.isFinal($0, wholeDay) }
        #expect(single.stop() == 0)

        #expect(outputA.count > 1_000)
        #expect(outputA == outputB, "\(outputA.filter { outputB[$0.key] != $0.value }.count) points differ")
        #expect(morning.lastMinuteEnd < wholeDay.lastMinuteEnd)
    }

    /// An index at a time, as the output is keyed.
    struct Point: Hashable {
        let code: IndexCode
        let time: EpochMillis
    }

    /// The dashboard's computed level of each index after the records published so far, and the end of the last
    /// trade's minute.
    struct Expected {
        var levels: [IndexCode: Price] = [:]
        var lastMinuteEnd: EpochMillis = 0
    }

    /// A simulated day's reference data and trades, published keyed by symbol in parts, and reduced as the dashboard
    /// reduces them.
    struct SimulatedDay {
        let producer: KafkaProducer
        let events: [SimulatedEvent]
        var published = 0
        var state = DashboardState(source: "test")
        var expected = Expected()

        init(broker: EmbeddedBroker) throws {
            producer = try KafkaProducer(bootstrapServers: broker.bootstrapServers, logger: logger)
            events = MarketSimulator(.init(seed: 7, date: "2026-11-25", tradesPerSecond: 1))!.filter {
                if case .reference = $0.event { true } else if case .trade = $0.event { true } else { false }
            }
        }

        /// Publishes the records up to `fraction` of the day's and returns what the dashboard computes from them.
        mutating func publish(until fraction: Double) throws -> Expected {
            let end = Int(Double(events.count) * fraction)
            for simulated in events[published..<end] {
                try producer.send(simulated.record)
                Dashboard.reduce(into: &state, action: .records([.success(simulated.event)], receivedAt: 0))
                if case .trade(let trade) = simulated.event { expected.lastMinuteEnd = trade.timestamp - trade.timestamp % 60_000 + 60_000 }
            }
            published = end
            try producer.flush()
            for code in IndexCode.allCases {
                expected.levels[code] = state.market.computedLevel(of: code).flatMap(IndexLevelRounding.price)
            }
            return expected
        }
    }

    static func instance(_ broker: EmbeddedBroker, run: String, name: String, in directory: URL) throws -> ChildProcess {
        try ChildProcess(
            pseiTicker,
            [
                "index-processor", "-b", broker.bootstrapServers, "-g", "group.\(run)", "--partials", "partials.\(run)",
                "--output", "\(run).computed.index", "--log-file", directory.appendingPathComponent(name).path,
                "-X", "session.timeout.ms=6000", "-X", "heartbeat.interval.ms=500",
            ])
    }

    static func isFinal(_ points: [Point: Price], _ expected: Expected) -> Bool {
        !expected.levels.isEmpty && expected.levels.allSatisfy { points[Point(code: $0.key, time: expected.lastMinuteEnd - 1)] == $0.value }
    }

    /// Reads the run's output topic from the beginning until `done` holds for what it has read: per index and time,
    /// the last level. Not a measure of speed: the deadline only turns a hang into a failure.
    static func output(_ broker: EmbeddedBroker, run: String, until done: ([Point: Price]) -> Bool) throws -> [Point: Price] {
        let consumer = try KafkaConsumer(
            bootstrapServers: broker.bootstrapServers, topics: ["\(run).computed.index"], overrides: EmbeddedBroker.consumerOverrides,
            logger: logger)
        var points: [Point: Price] = [:]
        let deadline = Date().addingTimeInterval(180)
        while !done(points) {
            try #require(Date() < deadline, "output of run \(run) incomplete: \(points.count) points")
            for record in consumer.poll(timeoutMs: 200).records {
                guard case .success(.index(let level)) = WireCodec.decode(record) else {
                    Issue.record("not an index record at offset \(record.offset)")
                    continue
                }
                points[Point(code: level.code, time: level.timestamp)] = level.value
            }
        }
        return points
    }

    /// Waits until the instance logging to `log` holds partitions of the trades topic.
    static func waitForTrades(log: String) throws {
        let deadline = Date().addingTimeInterval(60)
        while !ownsTrades(log: log) {
            try #require(Date() < deadline, "\(log) was never given a trades partition")
            Thread.sleep(forTimeInterval: 0.2)
        }
    }

    /// True when the last assignment the instance logging to `log` logged has partitions of the trades topic.
    static func ownsTrades(log: String) -> Bool {
        let lines = ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").split(separator: "\n")
        return lines.last { $0.contains("assigned:") }?.contains("pse.trades[") ?? false
    }
}
