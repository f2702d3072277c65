import Foundation
import Testing

/// `psei-bench --smoke` runs every benchmark once on tiny inputs, so none of them rots. No timing is asserted.
@Suite struct BenchmarkSmokeTests {
    @Test func everyBenchmarkRunsAndReportsARow() throws {
        let bench = URL(fileURLWithPath: pseiTicker).deletingLastPathComponent().appendingPathComponent("psei-bench").path
        let result = try runToEnd(bench, ["--smoke"])
        #expect(result.status == 0, "\(result.stderr)")
        for name in [
            "decode", "render 80x24", "render 200x60", "render All view 200x60", "heatmap All view 200x60", "reduce", "replay",
            "dvr rewind to 14:30", "latency p99", "latency p99 (300 symbols, All view)", "ingest watch", "ingest snapshot", "ingest record",
            "start-up snapshot --replay", "start-up demo to first frame", "soak RSS after day 2", "soak open files", "soak threads",
            "memory peak RSS", "memory RSS caught up, idle",
        ] {
            #expect(result.stdout.contains("\n\(name) "), "no \(name) row in \(result.stdout)")
        }
        #expect(result.stdout.contains("JSONDecoder") && result.stdout.contains("kcat -C") && result.stdout.contains("PSEi view"))
    }
}
