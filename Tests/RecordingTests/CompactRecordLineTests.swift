import Foundation
import MarketData
import Testing

@testable import Recording

/// The one-pass reader of record lines against the general one: wherever it gives a record, the general reader gives
/// the same; it reads every line the recorder writes for the shipped session's records; and for every other shape
/// it either agrees or steps aside, so each bad line still gets its reason.
@Suite struct CompactRecordLineTests {
    static let base =
        #"{"t":1795570202747,"topic":"pse.trades","p":1,"o":1,"k":"AC","v":{"sym":"AC","px":453.6,"qty":220,"ts":1795570202747,"seq":2,"buyer":"XGR","seller":"RW","foreign":"B","board":"main"}}"#

    static let variants: [String] = [
        base,
        #"{"t":1795570202747,"topic":"pse.trades","p":1,"o":1,"v":{"sym":"AC"}}"#,
        #"{"t":1,"topic":"","p":0,"o":0,"k":"","v":{}}"#,
        #"{"t":-1,"topic":"pse.trades","p":1,"o":1,"k":"AC","v":{"a":[1,{"b":"}"}]}}"#,
        #"{"t":1,"topic":"pse.trades","p":1,"o":1,"k":"A\"C","v":{}}"#,
        #"{"t":1,"topic":"pse.tr\u0061des","p":1,"o":1,"k":"AC","v":{}}"#,
        #"{"t":1,"topic":"pse.trades","p":4294967297,"o":1,"k":"AC","v":{}}"#,
        #"{"t":1,"topic":"pse.trades","p":1,"o":1,"k64":"QUM=","v":{}}"#,
        #"{"t":1,"topic":"pse.trades","p":1,"o":1,"k":"AC","v64":"e30="}"#,
        #"{"t":1,"topic":"pse.trades","p":1,"o":1,"k":"AC","v":{}} "#,
        #"{"t":1,"topic":"pse.trades","p":1,"o":1,"k":"AC","v":{},"x":1}"#,
        #"{"t":1,"topic":"pse.trades","p":1,"o":1,"k":"AC","v":{"s":"a\"}"}}"#,
        #"{"t":1,"topic":"pse.trades","p":1,"o":1,"k":"AC","v":{"s":"a\\"}}"#,
        #"{"t":1,"topic":"pse.trades","p":1,"o":1,"k":"AC","v":{}}}"#,
        #"{"t":1,"topic":"pse.trades","p":1,"o":1,"k":"AC","v":{"#,
        #"{"t":1.5,"topic":"pse.trades","p":1,"o":1,"k":"AC","v":{}}"#,
        #"{"t":01,"topic":"pse.trades","p":1,"o":1,"k":"AC","v":{}}"#,
        #"{"topic":"pse.trades","t":1,"p":1,"o":1,"k":"AC","v":{}}"#,
        #"{ "t":1,"topic":"pse.trades","p":1,"o":1,"k":"AC","v":{}}"#,
        "", "{", "{}",
    ]

    @Test func everyLineOfTheShippedSessionIsReadInOnePassAsTheGeneralReaderReadsIt() throws {
        let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../Sessions/pse-2026-11-25-simulated.jsonl.gz"
        ).standardizedFileURL.path
        let (batch, _) = try SessionPipeline.readAll(path: path, allowPartial: false)
        #expect(batch.records.count > 100_000)
        for record in batch.records {
            let line = SessionFormat.recordLine(record)
            let (fast, general) = Self.bothReadings(line)
            #expect(fast != nil, "\(String(decoding: line, as: UTF8.self))")
            #expect(fast.map { .success($0) } == general && fast == record)
        }
    }

    @Test(arguments: variants)
    func aVariantIsReadAsTheGeneralReaderReadsItOrLeftToIt(_ line: String) {
        let (fast, general) = Self.bothReadings(Array(line.utf8))
        if let fast { #expect(general == .success(fast), "\(line)") }
    }

    @Test func theCommonVariantsTakeTheOnePass() {
        let taken = Self.variants.filter { Self.bothReadings(Array($0.utf8)).fast != nil }
        #expect(taken.count == 6, "\(taken)")
    }

    /// Every single-byte change of the base line (each position set to each byte of interest) is read alike.
    @Test func everyOneByteChangeIsReadAsTheGeneralReaderReadsItOrLeftToIt() {
        let base = Array(Self.base.utf8)
        let replacements = Array(#"0123456789.-+eE"{}[],:\ tABCXYZabzlnu"#.utf8) + [0x00, 0x1B, 0x7F, 0xC3, 0xFF]
        var disagreements: [String] = []
        for position in base.indices {
            for replacement in replacements where replacement != base[position] {
                var changed = base
                changed[position] = replacement
                let (fast, general) = Self.bothReadings(changed)
                if let fast, general != .success(fast) { disagreements.append(String(decoding: changed, as: UTF8.self)) }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }

    /// The one-pass reading, and the general reader's record or nil for a bad line.
    static func bothReadings(_ line: [UInt8]) -> (fast: FeedRecord?, general: Result<FeedRecord, Failure>) {
        line.withUnsafeBufferPointer { bytes in
            (CompactRecordLine.parse(bytes), SessionFormat.parseAnyRecord(bytes).mapError { _ in Failure() })
        }
    }

    struct Failure: Error, Equatable {}
}
