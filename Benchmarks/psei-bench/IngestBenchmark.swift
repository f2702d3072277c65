import Dashboard
import Foundation
import KafkaFeed
import LiveDashboard
import Logging
import MarketData
import Rendering
import Synchronization

/// `ingest`: an embedded broker filled with `count` trade records over 500 keys and 32 partitions (the mock broker
/// keeps only ~5 MiB a partition), read in full by `kcat -C -e -q -o beginning` and by the dashboard's own
/// pipeline (consumer thread + decode, UI loop + reduce + frames), alternately, in records/s.
func ingestBenchmark(count: Int, repetitions: Int, logger: Logger) throws -> BenchmarkResult {
    let broker = try EmbeddedBroker(partitions: 32, topics: ["pse.trades"], logger: logger)
    let producer = try KafkaProducer(bootstrapServers: broker.bootstrapServers, logger: logger)
    for index in 0..<count {
        let symbol = Symbol("S\(index % 500)")!
        let trade = Trade(
            symbol: symbol, price: Price(units: 100_000 + Int64(index % 97) * 100), quantity: 100,
            timestamp: 1_764_034_200_000 + Int64(index), seq: Int64(index / 500 + 1))
        try producer.send(
            topic: "pse.trades", key: Array(symbol.code.utf8), value: WireCodec.encode(.trade(trade)),
            timestamp: trade.timestamp)
        if index % 10_000 == 0 { producer.poll() }
    }
    try producer.flush(timeoutMs: 120_000)

    var ours: [Double] = [], reference: [Double] = []
    for run in 0...repetitions {
        let kcatRate = Double(count) / (try seconds { try runKcat(broker.bootstrapServers, expected: count) })
        let ourRate = Double(count) / (try seconds { try consumeAll(broker.bootstrapServers, expected: count, logger: logger) })
        if run > 0 { reference.append(kcatRate); ours.append(ourRate) }  // run 0 warms up
    }
    return BenchmarkResult(name: "ingest", unit: "records/s", samples: ours, reference: "kcat -C", referenceSamples: reference)
}

/// The dashboard's own path: the consumer thread (`KafkaPump`: poll, copy, decode) feeding the UI loop
/// (`DashboardLoop`: reduce, compose a 200×60 frame at most 30 times a second) through the inbox, until every
/// record has been applied.
private func consumeAll(_ bootstrap: String, expected: Int, logger: Logger) throws {
    let consumer = try KafkaConsumer(bootstrapServers: bootstrap, topics: ["pse.trades"], logger: logger)
    let inbox = ActionInbox()
    let stopped = Atomic<Bool>(false)
    KafkaPump(consumer: consumer, inbox: inbox, logger: logger).start { stopped.load(ordering: .relaxed) }
    var taken = 0
    let source = ObservedSource(inbox) { actions in
        for case .records(let results, _) in actions { taken += results.count }
    }
    let state = DashboardLoop(
        backend: InMemoryScreen(width: 200, height: 60), source: source, look: RenderContext(),
        shouldStop: { taken >= expected }
    ).run(DashboardState(source: "bench"))
    stopped.store(true, ordering: .relaxed)
    precondition(state.feed.counters.applied == expected, "ingest applied \(state.feed.counters.applied) of \(expected)")
}

private func runKcat(_ bootstrap: String, expected: Int) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/kcat")
    process.arguments = ["-C", "-b", bootstrap, "-t", "pse.trades", "-o", "beginning", "-e", "-q", "-f", "%s\n"]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    var lines = 0
    while case let chunk = output.fileHandleForReading.availableData, !chunk.isEmpty {
        lines += chunk.reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    }
    process.waitUntilExit()
    precondition(lines == expected, "kcat read \(lines) of \(expected)")
}
