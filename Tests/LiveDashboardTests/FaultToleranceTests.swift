import Dashboard
import Foundation
import KafkaFeed
import MarketData
import Simulator
import Testing

/// Kafka faults injected into the embedded broker while the real live dashboard runs: each is shown on screen,
/// survived, and ends with every produced record applied or rejected exactly once (see `expectEveryRecordOnce`).
@Suite(.serialized) struct FaultToleranceTests {
    @Test func aFiveSecondOutageIsShownWithinTwoSecondsPricesGoStaleAndNothingIsLost() throws {
        let broker = try EmbeddedBroker(partitions: 4, logger: quietLogger)
        let records = simulatedRecords(12_000)
        let dashboard = try HeadlessDashboard(bootstrap: broker.bootstrapServers)
        let producer = try KafkaProducer(bootstrapServers: broker.bootstrapServers, logger: quietLogger)
        let feeding = PacedFeed(producer: producer, records: records, perSecond: 1_000)

        sleep(3)
        let downAt = Date()
        try broker.setBrokerDown(1)
        let outage = dashboard.waitForFrame(since: downAt, seconds: 4) {
            $0.statusLine.contains("DISCONNECTED") || $0.statusLine.contains("RECONNECTING")
        }
        let shownAfter = try #require(outage).at.timeIntervalSince(downAt)
        #expect(shownAfter <= 2, "the outage took \(shownAfter) s to show")
        #expect(try #require(outage).lines.contains { $0.contains("STALE no feed") })
        Thread.sleep(until: downAt.addingTimeInterval(5))
        try broker.setBrokerUp(1)
        #expect(dashboard.waitForFrame(since: Date(), seconds: 20) { $0.statusLine.contains("LIVE") } != nil)

        feeding.wait()
        try producer.flush(timeoutMs: 30_000)
        #expect(producer.deliveryReport.delivered == records.count)
        let state = dashboard.stop(afterReceiving: records.count, seconds: 30)
        expectEveryRecordOnce(state.feed.counters, produced: records.count)
        #expect(state.feed.counters.rejectedTotal == 0)
    }

    @Test func fetchErrorsALeaderChangeAnd200msRoundTripsShowTheLagWhileCatchingUpAndLoseNothing() throws {
        let broker = try EmbeddedBroker(brokers: 2, partitions: 4, logger: quietLogger)
        let records = simulatedRecords(40_000)
        let producer = try KafkaProducer(bootstrapServers: broker.bootstrapServers, logger: quietLogger)
        for record in records { try producer.send(record) }
        try producer.flush(timeoutMs: 30_000)

        let notLeaderForPartition: Int32 = 6, requestTimedOut: Int32 = 7
        broker.failRequests(.fetch, with: [notLeaderForPartition, requestTimedOut, notLeaderForPartition])
        try broker.setRoundTripTime(1, milliseconds: 200)
        try broker.setRoundTripTime(2, milliseconds: 200)
        // Small fetches: a slow link, so catching up takes several seconds.
        let dashboard = try HeadlessDashboard(bootstrap: broker.bootstrapServers, overrides: [("max.partition.fetch.bytes", "8192")])
        let behind = dashboard.waitForFrame(seconds: 20) { (lag(in: $0.statusLine) ?? 0) > 0 }
        #expect(behind != nil, "no frame showed the lag: \(dashboard.statusLines.suffix(5))")
        for partition in Int32(0)..<4 {
            try broker.setPartitionLeader(topic: "pse.trades", partition: partition, brokerID: partition % 2 == 0 ? 2 : 1)
        }
        #expect(
            dashboard.waitForFrame(seconds: 90) { lag(in: $0.statusLine) == 0 } != nil,
            "the lag never came back to 0: \(dashboard.statusLines.suffix(5))")
        let state = dashboard.stop(afterReceiving: records.count, seconds: 10)
        expectEveryRecordOnce(state.feed.counters, produced: records.count)
        #expect(state.feed.lag?.total == 0)
    }

    @Test func aTopicThatDoesNotExistYetIsWaitedForThenRead() throws {
        let broker = try EmbeddedBroker(partitions: 2, topics: [], logger: quietLogger)
        let dashboard = try HeadlessDashboard(bootstrap: broker.bootstrapServers, topics: ["pse.trades"])
        #expect(dashboard.waitForFrame(seconds: 10) { $0.statusLine.contains("WAITING FOR pse.trades") } != nil)

        try broker.createTopic("pse.trades", partitions: 2)
        let trades = simulatedRecords(5_000).filter { $0.topic == "pse.trades" }
        let producer = try KafkaProducer(bootstrapServers: broker.bootstrapServers, logger: quietLogger)
        for record in trades { try producer.send(record) }
        try producer.flush()
        #expect(dashboard.waitForFrame(seconds: 20) { $0.statusLine.contains("LIVE") } != nil, "\(dashboard.statusLines)")
        let state = dashboard.stop(afterReceiving: trades.count, seconds: 30)
        #expect(state.feed.counters.applied == trades.count)
    }

    @Test func nothingListeningAtTheBootstrapAddressIsShownAsDisconnected() throws {
        let dashboard = try HeadlessDashboard(bootstrap: "127.0.0.1:1")
        let frame = dashboard.waitForFrame(seconds: 10) { $0.statusLine.contains("DISCONNECTED") }
        #expect(frame != nil, "\(dashboard.statusLines)")
        #expect(frame?.statusLine.contains("127.0.0.1:1") == true)
        _ = dashboard.stop(afterReceiving: 0, seconds: 0)
    }
}

/// No loss and no double counting: each produced record applied or rejected exactly once. Kafka delivers at least
/// once — after an outage a record can arrive twice — so extra copies must be exactly the duplicates the dashboard
/// dropped by their `seq`. The records are of one day, so none is left out as an earlier day's.
func expectEveryRecordOnce(_ counters: FeedCounters, produced: Int, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(counters.applied + counters.rejectedTotal == produced, sourceLocation: sourceLocation)
    #expect(counters.earlierDay == 0, sourceLocation: sourceLocation)
    #expect(counters.received == counters.applied + counters.rejectedTotal + counters.duplicates, sourceLocation: sourceLocation)
    #expect(counters.received - produced == counters.duplicates, "\(counters.duplicates) duplicates", sourceLocation: sourceLocation)
}

/// The first `count` records of a simulated day (seed 7).
func simulatedRecords(_ count: Int) -> [FeedRecord] {
    Array(MarketSimulator(.init(seed: 7, date: "2026-11-25"))!.prefix(count)).map(\.record)
}

/// The total in the status bar's `lag 1,234` part, if it shows one.
func lag(in statusLine: String) -> Int? {
    guard let range = statusLine.range(of: "lag ") else { return nil }
    return Int(statusLine[range.upperBound...].prefix { $0.isNumber || $0 == "," }.filter(\.isNumber))
}

/// Produces records at a steady rate on a thread of its own.
final class PacedFeed: Sendable {
    private let done = DispatchSemaphore(value: 0)

    init(producer: KafkaProducer, records: [FeedRecord], perSecond: Int) {
        let thread = Thread { [done] in
            let start = Date()
            for (index, record) in records.enumerated() {
                Thread.sleep(until: start.addingTimeInterval(Double(index) / Double(perSecond)))
                try? producer.send(record)
                producer.poll()
            }
            done.signal()
        }
        thread.start()
    }

    func wait() { done.wait() }
}
