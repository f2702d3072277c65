import Foundation
import KafkaFeed
import Logging
import MarketData
import Simulator

/// Plays records (the simulated day, a recorded session) into Kafka through our producer, paced by their time.
public struct FeedRunner: Sendable {
    let producer: KafkaProducer
    let pace: Pace
    let logger: Logger

    public init(producer: KafkaProducer, pace: Pace, logger: Logger) {
        self.producer = producer; self.pace = pace; self.logger = logger
    }

    /// How much was produced and how fast.
    public struct Summary: Sendable {
        public var records = 0
        public var seconds = 0.0
        public var rate: Double { seconds > 0 ? Double(records) / seconds : 0 }
    }

    /// Produces `records` in order, each when its timestamp is due at the pace (the pace clock starts at
    /// `paceFrom`, or at the first record), until they end or `shouldStop` says so; then flushes. Each record keeps
    /// its key and timestamp; with `keepingPartitions` also its partition, where its topic has that many (a recorded
    /// session republished as it was read), else the key chooses.
    public func run<Records: Sequence<FeedRecord>>(
        _ records: Records, paceFrom: EpochMillis? = nil, keepingPartitions: Bool = false,
        shouldStop: () -> Bool
    ) throws -> Summary {
        let partitionCounts = keepingPartitions ? try producer.partitionCounts() : [:]
        let started = DispatchTime.now()
        var summary = Summary()
        var firstTimestamp: EpochMillis?
        for record in records {
            if shouldStop() { break }
            // What comes before the pace clock's start (reference data, phases) goes at once.
            let first = firstTimestamp ?? max(record.timestamp, paceFrom ?? record.timestamp)
            firstTimestamp = first
            let due = pace.dueSeconds(elapsedMillis: max(record.timestamp - first, 0))
            if !waitUntil(due, after: started, shouldStop: shouldStop) { break }
            try producer.send(record, keepingPartition: (0..<(partitionCounts[record.topic] ?? 0)).contains(record.partition))
            summary.records += 1
            if summary.records % 1000 == 0 { serveProducer() }
        }
        try producer.flush(timeoutMs: 30_000)
        serveProducer()
        summary.seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        logger.info("fed \(summary.records) records in \(summary.seconds) s")
        return summary
    }

    /// The simulated day inside `window`, paced from the window's pace start.
    public func run(_ simulator: MarketSimulator, window: FeedWindow, shouldStop: () -> Bool) throws -> Summary {
        let records = simulator.lazy
            .map { (simulated: $0, decision: window.decide($0.timestamp, $0.event)) }
            .prefix { $0.decision != .stop }
            .filter { $0.decision == .send }
            .map(\.simulated.record)
        return try run(records, paceFrom: window.paceStart, shouldStop: shouldStop)
    }

    /// Serves delivery reports and logs what the producer reported (a broker down, a failed delivery), so nothing
    /// piles up over a long feed.
    private func serveProducer() {
        producer.poll()
        for event in producer.takeEvents() { logger.warning("producer: \(event)") }
    }

    /// Sleeps (serving delivery reports) until `due` seconds after `start`; false if asked to stop meanwhile.
    private func waitUntil(_ due: Double, after start: DispatchTime, shouldStop: () -> Bool) -> Bool {
        let deadline = start.uptimeNanoseconds + UInt64(due * 1e9)
        while DispatchTime.now().uptimeNanoseconds < deadline {
            if shouldStop() { return false }
            serveProducer()
            let remaining = Double(deadline - min(deadline, DispatchTime.now().uptimeNanoseconds)) / 1e9
            Thread.sleep(forTimeInterval: min(remaining, 0.1))
        }
        return true
    }
}
