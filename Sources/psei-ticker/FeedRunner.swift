import Foundation
import KafkaFeed
import Logging
import MarketData
import Simulator

/// Plays the simulated day into Kafka through our producer, paced by event time.
struct FeedRunner: Sendable {
    let producer: KafkaProducer
    let pace: Pace
    let window: FeedWindow
    let logger: Logger

    /// How much was produced and how fast.
    struct Summary {
        var records = 0
        var seconds = 0.0
        var rate: Double { seconds > 0 ? Double(records) / seconds : 0 }
    }

    /// Produces every event of `simulator` inside the window until it ends or `shouldStop` says so; flushes.
    func run(_ simulator: MarketSimulator, shouldStop: () -> Bool) throws -> Summary {
        let started = DispatchTime.now()
        var summary = Summary()
        var firstTimestamp: EpochMillis?
        for simulated in simulator {
            if shouldStop() { break }
            let decision = window.decide(simulated.timestamp, simulated.event)
            if decision == .stop { break }
            if decision == .skip { continue }
            // The pace clock starts at the window's start: what comes before it (reference data, phases) goes at once.
            let first = firstTimestamp ?? max(simulated.timestamp, window.start ?? simulated.timestamp)
            firstTimestamp = first
            let due = pace.dueSeconds(elapsedMillis: max(simulated.timestamp - first, 0))
            if !waitUntil(due, after: started, shouldStop: shouldStop) { break }
            try producer.send(simulated.record)
            summary.records += 1
            if summary.records % 1000 == 0 { producer.poll() }
        }
        try producer.flush(timeoutMs: 30_000)
        summary.seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9
        logger.info("fed \(summary.records) records in \(summary.seconds) s")
        return summary
    }

    /// Sleeps (serving delivery reports) until `due` seconds after `start`; false if asked to stop meanwhile.
    private func waitUntil(_ due: Double, after start: DispatchTime, shouldStop: () -> Bool) -> Bool {
        let deadline = start.uptimeNanoseconds + UInt64(due * 1e9)
        while DispatchTime.now().uptimeNanoseconds < deadline {
            if shouldStop() { return false }
            producer.poll()
            let remaining = Double(deadline - min(deadline, DispatchTime.now().uptimeNanoseconds)) / 1e9
            Thread.sleep(forTimeInterval: min(remaining, 0.1))
        }
        return true
    }
}
