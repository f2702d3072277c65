import Foundation
import MarketData

/// Reads a session file over both cores: a thread of its own inflates and parses the lines, handing the records over
/// in batches through a small bounded queue, while the caller's thread decodes each batch and consumes it (the
/// reducer, or collecting them for a replay). Decoding sits on the caller's side because the reading thread is the
/// heavier of the two even without it (instruction counts per record in `Benchmarks/README.md`, "Decode and replay,
/// third pass"). One reading pipeline for `snapshot --replay`, `replay` and the bench.
public enum SessionPipeline {
    /// Consecutive records of the file, in file order, each with its decoding.
    public struct Batch: Sendable {
        public var records: [FeedRecord] = []
        public var decoded: [Result<MarketEvent, DecodeError>] = []

        public init(records: [FeedRecord], decoded: [Result<MarketEvent, DecodeError>]) {
            self.records = records; self.decoded = decoded
        }
    }

    /// Records per batch: large enough that handing one over costs nothing next to decoding it.
    public static let batchSize = 4_096
    /// Batches decoded ahead of the consumer at most.
    public static let queueDepth = 4

    /// Hands every record of the session at `path` to `consume`, in file order and batches; returns the warnings
    /// reading gave. Throws the session's first error (after handing over the records before it) or what `consume`
    /// threw (reading then stops).
    public static func read(path: String, allowPartial: Bool, consume: (Batch) throws -> Void) throws -> [String] {
        // The reading thread alone uses the reader until it finishes; this thread reads `error` and `warnings` only
        // once `take` has returned nil (the reading thread finished), which the queue's lock orders after the last use.
        nonisolated(unsafe) let reader = try SessionReader(path: path, allowPartial: allowPartial)
        let queue = BatchHandoff<[FeedRecord]>(capacity: queueDepth)
        let producer = Thread {
            var records: [FeedRecord] = []
            records.reserveCapacity(batchSize)
            while !queue.isCancelled, let record = reader.next() {
                records.append(record)
                if records.count == batchSize {
                    queue.put(records)
                    records = []
                    records.reserveCapacity(batchSize)
                }
            }
            if !records.isEmpty { queue.put(records) }
            queue.finish()
        }
        producer.stackSize = 1 << 20
        producer.start()
        // Also when `consume` throws: the reading thread stops, and is done with the reader, before this returns.
        defer { queue.cancelAndWaitForFinish() }
        while let records = queue.take() { try consume(Batch(records: records, decoded: WireCodec.decode(records))) }
        if let error = reader.error { throw error }
        return reader.warnings
    }

    /// Every record of the session at `path` in file order with its decoding, and the warnings reading it gave.
    public static func readAll(path: String, allowPartial: Bool) throws -> (batch: Batch, warnings: [String]) {
        var all = Batch(records: [], decoded: [])
        let warnings = try read(path: path, allowPartial: allowPartial) { batch in
            all.records += batch.records
            all.decoded += batch.decoded
        }
        return (all, warnings)
    }
}
