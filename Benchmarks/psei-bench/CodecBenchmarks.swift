import Foundation
import MarketData
import Recording
import Simulator

/// The same trade as a `Codable` struct, for the `JSONDecoder` reference.
struct CodableTrade: Codable {
    var sym: String
    var px: Decimal
    var qty: Int64
    var ts: Int64
    var seq: Int64
}

/// `count` schema-v1 trade records from the simulator (repeating the day's trades as needed).
func tradeRecords(_ count: Int) -> [FeedRecord] {
    let trades = MarketSimulator(.init(seed: 1, date: "2026-11-25"))!.lazy.map(\.record).filter { $0.topic == "pse.trades" }
    var records: [FeedRecord] = []
    records.reserveCapacity(count)
    while records.count < count { records += trades.prefix(count - records.count) }
    return records
}

/// `records` in batches as a session file is read (`SessionPipeline.batchSize`); the Kafka paths' batches are as
/// large or larger.
func inBatches(_ records: [FeedRecord]) -> [[FeedRecord]] {
    stride(from: 0, to: records.count, by: SessionPipeline.batchSize).map {
        Array(records[$0..<min($0 + SessionPipeline.batchSize, records.count)])
    }
}

/// How many of `batches`' records `WireCodec` decodes, batch by batch as the pipelines do (`WireCodec.decode`).
@inline(never)
func decodeBatches(_ batches: [[FeedRecord]]) -> Int {
    var accepted = 0
    for batch in batches {
        for result in WireCodec.decode(batch) { if case .success = result { accepted += 1 } }
    }
    return accepted
}

/// `decode`: WireCodec against JSONDecoder on the same records.
func decodeBenchmark(records: [FeedRecord], repetitions: Int) -> BenchmarkResult {
    let ours = repeated(repetitions) {
        let batches = inBatches(records)
        var accepted = 0
        let time = seconds { accepted = decodeBatches(batches) }
        precondition(accepted == records.count, "WireCodec rejected simulated trades")
        return Double(records.count) / time
    }
    let decoder = JSONDecoder()
    let sample = Array(records.prefix(max(records.count / 10, 1)))
    let reference = repeated(repetitions) {
        var accepted = 0
        let time = seconds {
            for record in sample where (try? decoder.decode(CodableTrade.self, from: Data(record.value))) != nil { accepted += 1 }
        }
        precondition(accepted == sample.count, "JSONDecoder rejected simulated trades")
        return Double(sample.count) / time
    }
    return BenchmarkResult(name: "decode", unit: "records/s", samples: ours, reference: "JSONDecoder", referenceSamples: reference)
}
