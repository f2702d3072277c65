import Dashboard
import Exchange
import Foundation
import KafkaFeed
import LiveDashboard
import Logging
import MarketData
import Rendering
import Synchronization
import TerminalUI

/// `latency`: tick to screen. Trades are produced at `rate` a second into an embedded broker while the real run
/// loop (`DashboardLoop` with its Kafka consumer thread) draws to an in-memory 200×60 screen; each trade's latency
/// is from just before `send` to the moment the first frame composed after it was applied is handed to the screen.
/// One warm-up second, then `repetitions` runs of `seconds` each; rows for p50, p99 and max (ms), named with `label`.
/// The dashboard starts from `initial` (a market already full of symbols, the view it shows).
func latencyBenchmark(
    rate: Int, seconds: Double, repetitions: Int, initial: DashboardState = DashboardState(source: "bench"), label: String = "",
    logger: Logger
) throws -> [BenchmarkResult] {
    let broker = try EmbeddedBroker(partitions: 4, topics: ["pse.trades"], logger: logger)
    let producer = try KafkaProducer(bootstrapServers: broker.bootstrapServers, logger: logger)
    let consumer = try KafkaConsumer(
        bootstrapServers: broker.bootstrapServers, topics: ["pse.trades"],
        overrides: EmbeddedBroker.consumerOverrides, logger: logger)
    let probe = LatencyProbe()
    let inbox = ActionInbox()
    let stopped = Atomic<Bool>(false)
    KafkaPump(consumer: consumer, inbox: inbox, logger: logger).start { stopped.load(ordering: .relaxed) }

    let runs = 1 + repetitions
    let perRun = Int(Double(rate) * seconds)
    let producing = Thread {
        let start = DispatchTime.now().uptimeNanoseconds
        for index in 0..<(runs * perRun) {
            let due = start + UInt64(index) * 1_000_000_000 / UInt64(rate)
            while case let now = DispatchTime.now().uptimeNanoseconds, now < due { usleep(UInt32((due - now) / 1000)) }
            let constituent = PSERules.constituents[index % 30]
            let trade = Trade(
                symbol: constituent.symbol, price: constituent.referencePrice, quantity: 1_000,
                timestamp: wallClockMillis(), seq: Int64(index / 30 + 1))
            probe.produced(index)
            try? producer.send(
                topic: "pse.trades", key: Array(constituent.symbol.code.utf8),
                value: WireCodec.encode(.trade(trade)), timestamp: trade.timestamp)
            producer.poll()
        }
        try? producer.flush()
        usleep(300_000)
        stopped.store(true, ordering: .relaxed)
        inbox.wake()
    }
    producing.start()
    let screen = InMemoryScreen(width: 200, height: 60) { _ in probe.frameDrawn() }
    DashboardLoop(
        backend: screen, source: ObservedSource(inbox) { probe.taken($0) }, look: RenderContext(),
        shouldStop: { stopped.load(ordering: .relaxed) }
    ).run(initial)

    let latencies = probe.latencies(count: runs * perRun)
    precondition(!latencies.contains(nil), "latency: \(latencies.filter { $0 == nil }.count) trades never reached a frame")
    let measured = (1..<runs).map { run in latencies[(run * perRun)..<((run + 1) * perRun)].map { $0! }.sorted() }
    func row(_ name: String, _ pick: ([Double]) -> Double) -> BenchmarkResult {
        BenchmarkResult(name: "latency \(name)\(label)", unit: "ms", samples: measured.map(pick), reference: nil, referenceSamples: nil)
    }
    return [row("p50") { $0[$0.count / 2] }, row("p99") { $0[$0.count * 99 / 100] }, row("max") { $0.last! }]
}

/// Produce times and frame times of the latency benchmark's trades (index = (seq − 1) × 30 + constituent).
private final class LatencyProbe: Sendable {
    private let producedAt = Mutex<[Int: UInt64]>([:])
    private let drawnAt = Mutex<[Int: UInt64]>([:])
    private let applied = Mutex<[Int]>([])

    func produced(_ index: Int) {
        let now = DispatchTime.now().uptimeNanoseconds
        producedAt.withLock { $0[index] = now }
    }

    /// Trades handed to the dashboard, waiting for the next frame.
    func taken(_ actions: [DashboardAction]) {
        for case .records(let results, _) in actions {
            for case .success(.trade(let trade)) in results {
                let constituent = PSERules.constituents.firstIndex { $0.symbol == trade.symbol }!
                applied.withLock { $0.append(Int(trade.seq - 1) * 30 + constituent) }
            }
        }
    }

    func frameDrawn() {
        let now = DispatchTime.now().uptimeNanoseconds
        let shown = applied.withLock { indices in
            defer { indices = [] }; return indices
        }
        drawnAt.withLock { for index in shown { $0[index] = now } }
    }

    /// Milliseconds from produce to frame, by trade index; nil for a trade never drawn.
    func latencies(count: Int) -> [Double?] {
        let produced = producedAt.withLock { $0 }
        let drawn = drawnAt.withLock { $0 }
        return (0..<count).map { index in
            guard let start = produced[index], let end = drawn[index] else { return nil }
            return Double(end - start) / 1e6
        }
    }
}
