import Foundation
import GoldenFiles
import Testing

/// Golden frames of the shipped sample day, through the real binary: mid-morning, the lunch recess, the close.
@Suite struct SampleSessionTests {
    static let session = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sessions/pse-2026-11-25-simulated.jsonl.gz").standardized.path

    /// The frames' times (nil: the end of the session) and names.
    static let times: [(String?, String)] = [("10:00", "10-00"), ("12:30", "12-30"), (nil, "close")]

    /// Every frame of `times`, drawn once for the suite, side by side; keyed by name.
    static let frames = Result {
        let runs = try concurrentMap(times.map(\.0)) { time in
            try runToEnd(
                pseiTicker,
                ["snapshot", "--replay", session, "--size", "120x40", "--log-file", "/dev/null"] + (time.map { ["--at", $0] } ?? []),
                environment: ["LANG": "C.UTF-8"])
        }
        return Dictionary(uniqueKeysWithValues: zip(times.map(\.1), runs))
    }

    @Test(arguments: times)
    func frameOfTheSampleDay(at time: String?, name: String) throws {
        let result = try #require(try Self.frames.get()[name], "no frame drawn at \(time ?? "the end")")
        #expect(result.status == 0, "\(result.stderr)")
        try assertSnapshot(result.stdout, named: "sample-day-\(name).txt")
    }
}
