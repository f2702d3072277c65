import Dashboard
import Foundation
import KafkaFeed
import LiveDashboard
import Logging
import MarketData
import Rendering
import Synchronization

/// `ingest`: an embedded broker filled with `count` trade records over 500 keys and 64 partitions, read in full by
/// `kcat -C -e -q -o beginning` and by each of our paths that read a cluster to its end, in turn, in records/s: the
/// dashboard's own pipeline (`watch` catching up: consumer thread + decode, UI loop + reduce + frames), and the real
/// `psei-ticker snapshot -b` and `record --until-caught-up` processes. Each row's reference is kcat in the same runs.
func ingestBenchmarks(count: Int, repetitions: Int, logger: Logger) throws -> [BenchmarkResult] {
    let broker = try EmbeddedBroker(partitions: 64, topics: ["pse.trades"], logger: logger)
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

    let bootstrap = broker.bootstrapServers
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("psei-bench-ingest-\(getpid())").path
    try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: directory) }
    let paths: [(name: String, read: () throws -> Void)] = [
        ("ingest watch", { try consumeAll(bootstrap, expected: count, logger: logger) }),
        (
            "ingest snapshot",
            {
                try runTicker([
                    "snapshot", "-b", bootstrap, "-t", "pse.trades", "--timeout", "600", "--log-file", "\(directory)/snapshot.log",
                ])
            }
        ),
        (
            "ingest record",
            {
                try runTicker([
                    "record", "-b", bootstrap, "-t", "pse.trades", "--until-caught-up", "--timeout", "600", "--force", "-o",
                    "\(directory)/day.jsonl",
                    "--log-file", "\(directory)/record.log",
                ])
                try expectLines(count + 1, in: "\(directory)/day.jsonl")  // the header line and every record
            }
        ),
    ]
    var ours = Array(repeating: [Double](), count: paths.count), reference: [Double] = []
    for run in 0...repetitions {
        let kcatRate = Double(count) / (try seconds { try runKcat(bootstrap, expected: count) })
        let rates = try paths.map { path in Double(count) / (try seconds(path.read)) }
        guard run > 0 else { continue }  // run 0 warms up
        reference.append(kcatRate)
        for index in paths.indices { ours[index].append(rates[index]) }
    }
    return paths.indices.map { index in
        BenchmarkResult(name: paths[index].name, unit: "records/s", samples: ours[index], reference: "kcat -C", referenceSamples: reference)
    }
}

/// Runs the built `psei-ticker` with `arguments`, its output discarded; fails unless it exits 0.
private func runTicker(_ arguments: [String]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: siblingExecutable("psei-ticker"))
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else {
        throw BenchmarkError("ingest: psei-ticker \(arguments[0]) exited with \(process.terminationStatus)")
    }
}

/// Fails unless the file at `path` has `expected` lines.
private func expectLines(_ expected: Int, in path: String) throws {
    let lines = try Data(contentsOf: URL(fileURLWithPath: path)).reduce(0) { $0 + ($1 == UInt8(ascii: "\n") ? 1 : 0) }
    guard lines == expected else { throw BenchmarkError("ingest: record wrote \(lines) lines of \(expected)") }
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
    // The fetch wait our consumer uses (`KafkaConsumer`): with librdkafka's default of 500 ms, kcat's time hung on
    // whether a partition's last fetch waited it out on the embedded broker (kcat 368–826 k records/s, run to run).
    process.arguments = [
        "-C", "-b", bootstrap, "-t", "pse.trades", "-o", "beginning", "-e", "-q", "-f", "%s\n", "-X", "fetch.wait.max.ms=100",
    ]
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
