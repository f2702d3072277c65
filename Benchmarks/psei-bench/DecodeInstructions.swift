import Foundation
import MarketData

/// `decode instructions`: instructions per trade record counted by callgrind, for `WireCodec.decode` and for the
/// `JSONDecoder` reference. Each side runs in a child `psei-bench --decode-loop wire|jsondecoder COUNT` under
/// `valgrind --tool=callgrind`, collecting only inside `decodeLoop…` (so building the records is not counted). The
/// child is a copy of this binary without its debug sections: valgrind 3.19 cannot read the DWARF 5 Swift 6.3 writes.
func decodeInstructionsBenchmark(records count: Int) throws -> BenchmarkResult? {
    guard let valgrind = executableOnPath("valgrind"), let objcopy = executableOnPath("objcopy") else {
        FileHandle.standardError.write(Data("psei-bench: valgrind or objcopy missing; decode instructions skipped\n".utf8))
        return nil
    }
    let child = FileManager.default.temporaryDirectory.appendingPathComponent("psei-bench-callgrind-child").path
    defer { try? FileManager.default.removeItem(atPath: child) }
    try run(objcopy, ["--strip-debug", CommandLine.arguments[0], child])
    let ours = try instructionsPerRecord(valgrind: valgrind, child: child, decoder: "wire", records: count)
    let reference = try instructionsPerRecord(
        valgrind: valgrind, child: child, decoder: "jsondecoder", records: max(count / 10, 1))
    return BenchmarkResult(
        name: "decode instructions", unit: "instructions/record", samples: [ours], reference: "JSONDecoder",
        referenceSamples: [reference])
}

/// Decodes `count` of the bench's trade records with `decoder` (`wire` or `jsondecoder`), for callgrind to count.
func runDecodeLoop(decoder: String, count: Int) {
    let records = tradeRecords(count)
    let accepted = decoder == "wire" ? decodeLoopWire(inBatches(records)) : decodeLoopJSONDecoder(records)
    precondition(accepted == records.count, "\(decoder) rejected simulated trades")
}

@inline(never)
func decodeLoopWire(_ batches: [[FeedRecord]]) -> Int { decodeBatches(batches) }

@inline(never)
func decodeLoopJSONDecoder(_ records: [FeedRecord]) -> Int {
    let decoder = JSONDecoder()
    var accepted = 0
    for record in records where (try? decoder.decode(CodableTrade.self, from: Data(record.value))) != nil { accepted += 1 }
    return accepted
}

private func instructionsPerRecord(valgrind: String, child: String, decoder: String, records: Int) throws -> Double {
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("psei-bench-callgrind-\(decoder).out")
    defer { try? FileManager.default.removeItem(at: output) }
    let loop = decoder == "wire" ? "decodeLoopWire" : "decodeLoopJSONDecoder"
    try run(
        valgrind,
        [
            "--tool=callgrind", "--callgrind-out-file=\(output.path)", "--collect-atstart=no", "--toggle-collect=*\(loop)*",
            child, "--decode-loop", decoder, String(records),
        ])
    let text = try String(contentsOf: output, encoding: .utf8)
    guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix("summary:") || $0.hasPrefix("totals:") }),
        let total = line.split(separator: " ").last.flatMap({ Double($0) })
    else { throw BenchmarkError("callgrind of the \(decoder) decode loop gave no instruction count") }
    return total / Double(records)
}

/// Runs `executable` with `arguments`, its output discarded; throws unless it exits with 0.
private func run(_ executable: String, _ arguments: [String]) throws {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    guard process.terminationStatus == 0 else { throw BenchmarkError("\(executable) exited with \(process.terminationStatus)") }
}

/// The full path of `name` in a directory of `PATH`, if any.
private func executableOnPath(_ name: String) -> String? {
    let directories = ProcessInfo.processInfo.environment["PATH"]?.split(separator: ":") ?? []
    return directories.map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
}
