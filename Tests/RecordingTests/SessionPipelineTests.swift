import Foundation
import MarketData
import Recording
import Testing

@Suite struct SessionPipelineTests {
    let files = SessionFileTests()

    @Test func handsOverEveryRecordInFileOrderWithItsDecoding() throws {
        let path = try files.write(SessionFileTests.records, to: "piped.jsonl")
        var batches = 0
        var records: [FeedRecord] = []
        var decoded: [Result<MarketEvent, DecodeError>] = []
        let warnings = try SessionPipeline.read(path: path, allowPartial: false) { batch in
            #expect(batch.records.count == batch.decoded.count && batch.records.count <= SessionPipeline.batchSize)
            batches += 1
            records += batch.records
            decoded += batch.decoded
        }
        #expect(warnings.isEmpty)
        #expect(records == SessionFileTests.records)
        #expect(decoded == SessionFileTests.records.map(WireCodec.decode))
        #expect(batches == 1)
    }

    @Test func aDamagedLineStopsTheReadAfterTheRecordsBeforeIt() throws {
        let path = try files.write(SessionFileTests.records, to: "damaged.jsonl")
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        lines[11] = "garbage"
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        var records: [FeedRecord] = []
        #expect {
            _ = try SessionPipeline.read(path: path, allowPartial: false) { records += $0.records }
        } throws: { "\($0)".hasPrefix("\(path):12: not a record line") }
        #expect(records == Array(SessionFileTests.records.prefix(10)))
    }

    @Test func aConsumerThatThrowsStopsTheReadingThread() throws {
        struct Stop: Error {}
        let many = Array(repeating: SessionFileTests.records, count: 8).flatMap { $0 }
        let path = try files.write(many, to: "long.jsonl")
        var batches = 0
        #expect(throws: Stop.self) {
            _ = try SessionPipeline.read(path: path, allowPartial: false) { _ in
                batches += 1
                throw Stop()
            }
        }
        #expect(batches == 1)
    }
}
