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
            "dvr rewind to 14:30", "ingest",
        ] {
            #expect(result.stdout.contains("\n\(name) "), "no \(name) row in \(result.stdout)")
        }
        #expect(result.stdout.contains("JSONDecoder") && result.stdout.contains("kcat -C") && result.stdout.contains("PSEi view"))
    }
}
