import Exchange
import Foundation
import Logging

// psei-bench: every benchmark with a warm-up and repetitions, one table on stdout, the same as JSON in
// .bench/results.json. `--smoke` runs each once on tiny inputs (what `make test` does, so they never rot);
// `--only NAME` runs one (decode, decode-instructions, render, allview, replay, dvr, latency, ingest, startup, soak,
// memory).
let arguments = CommandLine.arguments.dropFirst()
if let loop = arguments.firstIndex(of: "--decode-loop") {
    let decoder = arguments[arguments.index(after: loop)]
    runDecodeLoop(decoder: decoder, count: Int(arguments[arguments.index(loop, offsetBy: 2)]) ?? 1)
    exit(0)
}
if let loop = arguments.firstIndex(of: "--render-loop") {
    runRenderLoop(
        heatmap: arguments[arguments.index(after: loop)] == "heatmap", frames: Int(arguments[arguments.index(loop, offsetBy: 2)]) ?? 1)
    exit(0)
}
let smoke = arguments.contains("--smoke")
let only = arguments.firstIndex(of: "--only").map { arguments[arguments.index(after: $0)] }
let repetitions = smoke ? 1 : 5
let logger = Logger(label: "bench") { _ in SwiftLogNoOpLogHandler() }
let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
let session = root.appendingPathComponent("Sessions/pse-2026-11-25-simulated.jsonl.gz").path

func wanted(_ name: String) -> Bool { only == nil || only == name }

var results: [BenchmarkResult] = []
do {
    if wanted("decode") { results.append(decodeBenchmark(records: tradeRecords(smoke ? 2_000 : 1_000_000), repetitions: repetitions)) }
    if wanted("decode-instructions"), let row = try decodeInstructionsBenchmark(records: smoke ? 200 : 20_000) { results.append(row) }
    if wanted("render") {
        let day = simulatedDay()
        let state = dashboardState(after: day)
        for (width, height) in [(80, 24), (120, 40), (200, 60), (300, 100)] {
            results.append(renderBenchmark(state: state, width: width, height: height, repetitions: repetitions))
            results.append(changedCellsBenchmark(day: day, width: width, height: height, frames: smoke ? 3 : 60))
        }
    }
    if wanted("allview") {
        let symbols = smoke ? 300 : 3_000
        let midday = smoke ? 9 * 3600 + 35 * 60 : 11 * 3600 + 30 * 60
        let records = simulatedRecords(symbols: symbols, until: midday)
        for heatmap in [false, true] {
            results.append(
                allViewRenderBenchmark(
                    records: records, symbols: symbols, heatmap: heatmap, width: 200, height: 60, repetitions: repetitions))
        }
        let pseiRecords = simulatedRecords(symbols: PSERules.constituents.count, until: midday)
        results.append(reducePerRecordBenchmark(records: records, symbols: symbols, pseiRecords: pseiRecords, repetitions: repetitions))
    }
    if wanted("replay") { results += try replayBenchmarks(session: session, repetitions: repetitions) }
    if wanted("dvr") { results += liveDVRBenchmark(smoke: smoke, repetitions: repetitions) }
    if wanted("latency") {
        let seconds = smoke ? 0.3 : 4
        let base = try latencyBenchmark(rate: 1_000, seconds: seconds, repetitions: repetitions, logger: logger)
        let symbols = smoke ? 300 : 3_000
        let market = dashboardState(
            after: simulatedRecords(symbols: symbols, until: smoke ? 9 * 3600 + 35 * 60 : 11 * 3600 + 30 * 60), view: .all, heatmap: false)
        let scaled = try latencyBenchmark(
            rate: 1_000, seconds: seconds, repetitions: repetitions, initial: market, label: " (\(symbols) symbols, All view)",
            logger: logger)
        // Each row of the big market against the same row of the 30-symbol one.
        results += base + zip(scaled, base).map { big, small in big.against(small) }
    }
    if wanted("ingest") { results += try ingestBenchmarks(count: smoke ? 5_000 : 1_000_000, repetitions: repetitions, logger: logger) }
    if wanted("startup") { results += try startupBenchmarks(session: session, upTo: smoke ? "09:31" : nil, repetitions: repetitions) }
    if wanted("soak") {
        let days = [
            "2026-11-16", "2026-11-17", "2026-11-18", "2026-11-19", "2026-11-20", "2026-11-23", "2026-11-24", "2026-11-25",
            "2026-11-26", "2026-11-27",
        ]
        let close: Int = smoke ? 9 * 3600 + 35 * 60 : 15 * 3600
        results += try soakBenchmark(days: Array(days.prefix(smoke ? 2 : 10)), until: close, logger: logger)
    }
    if wanted("memory") {
        results += try memoryBenchmark(
            symbols: smoke ? 30 : 300, until: smoke ? 9 * 3600 + 35 * 60 : 15 * 3600,
            idleSeconds: smoke ? 1 : 10, idleWindows: repetitions, logger: logger)
    }
} catch {
    FileHandle.standardError.write(Data("psei-bench: \(error)\n".utf8))
    exit(1)
}
print(table(results))
let output = root.appendingPathComponent(".bench")
try? FileManager.default.createDirectory(at: output, withIntermediateDirectories: true)
let encoder = JSONEncoder()
encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
try encoder.encode(results).write(to: output.appendingPathComponent(smoke ? "smoke.json" : "results.json"))
