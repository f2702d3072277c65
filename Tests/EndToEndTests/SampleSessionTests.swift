import Foundation
import GoldenFiles
import Testing

/// Golden frames of the shipped sample day, through the real binary: mid-morning, the lunch recess, the close.
@Suite struct SampleSessionTests {
    static let session = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sessions/pse-2026-11-25-simulated.jsonl.gz").standardized.path

    @Test(arguments: [("10:00", "10-00"), ("12:30", "12-30"), (nil, "close")])
    func frameOfTheSampleDay(at time: String?, name: String) throws {
        let result = try runToEnd(
            pseiTicker,
            ["snapshot", "--replay", Self.session, "--size", "120x40", "--log-file", "/dev/null"]
                + (time.map { ["--at", $0] } ?? []), environment: ["LANG": "C.UTF-8"])
        #expect(result.status == 0, "\(result.stderr)")
        try assertSnapshot(result.stdout, named: "sample-day-\(name).txt")
    }
}
