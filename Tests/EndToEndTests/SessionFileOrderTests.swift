import Foundation
import Testing

/// `snapshot --replay` of a session whatever its line order, and of a compressed session cut short. The snapshots
/// of a test run side by side and are checked afterwards.
@Suite struct SessionFileOrderTests {
    static let session = SampleSessionTests.session

    static func snapshot(_ path: String, at time: String, _ extra: [String] = []) throws -> (stdout: String, stderr: String, status: Int32)
    {
        try runToEnd(
            pseiTicker, ["snapshot", "--replay", path, "--at", time, "--log-file", "/dev/null"] + extra,
            environment: ["LANG": "C.UTF-8"])
    }

    /// The sample day with its status and reference records moved after every trade, quote and index record (a
    /// consumer that read those topics last would have recorded it so).
    func reorderedCopy() throws -> String {
        let path = temporaryDirectory().appendingPathComponent("reordered.jsonl").path
        let lines = try runToEnd("/bin/sh", ["-c", "zcat \(Self.session)"]).stdout.split(separator: "\n")
        var governing: [Substring] = [], others: [Substring] = []
        for line in lines.dropFirst() {
            if line.contains(#""topic":"pse.status""#) || line.contains(#""topic":"pse.ref""#) {
                governing.append(line)
            } else {
                others.append(line)
            }
        }
        #expect(governing.count > 30 && others.count > 100_000)
        try ([lines[0]] + others + governing).joined(separator: "\n").appending("\n").write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    /// The snapshots of the sample day itself run while its reordered copy is being written.
    @Test func aSessionGivesTheSameFrameWhateverItsLineOrder() throws {
        let times = ["09:31", "10:12", "11:00", "14:50"]
        let originals = startInBackground { try concurrentMap(times) { try Self.snapshot(Self.session, at: $0) } }
        let reordered = try reorderedCopy()
        let shuffledSnapshots = try concurrentMap(times) { try Self.snapshot(reordered, at: $0) }
        for (time, (original, shuffled)) in zip(times, zip(try originals(), shuffledSnapshots)) {
            #expect(original.status == 0 && shuffled.status == 0, "\(original.stderr) \(shuffled.stderr)")
            // Every line but the status bar, which names the file.
            #expect(shuffled.stdout.split(separator: "\n").dropLast() == original.stdout.split(separator: "\n").dropLast(), "at \(time)")
            #expect(!shuffled.stdout.contains("warnings") && !shuffled.stdout.contains("STALE"), "at \(time):\n\(shuffled.stdout)")
        }
    }

    @Test func aTruncatedCompressedSessionIsAnErrorUnlessPartialFilesAreAllowed() throws {
        let path = temporaryDirectory().appendingPathComponent("cut.jsonl.gz").path
        let size = try FileManager.default.attributesOfItem(atPath: Self.session)[.size] as! Int
        try FileManager.default.contents(atPath: Self.session)!.prefix(size * 2 / 3).write(to: URL(fileURLWithPath: path))
        let snapshots = try concurrentMap([[], ["--allow-partial"]]) { extra in try Self.snapshot(path, at: "15:00", extra) }
        let refused = snapshots[0]
        #expect(refused.status == 1 && refused.stdout.isEmpty)
        #expect(refused.stderr.hasPrefix("psei-ticker: \(path): compressed stream is truncated"), "\(refused.stderr)")
        #expect(refused.stderr.contains("the last complete record is line ") && refused.stderr.contains(" PHT"))
        #expect(refused.stderr.split(separator: "\n").count == 1)
        let partial = snapshots[1]
        #expect(partial.status == 0 && partial.stdout.contains("SNAPSHOT"))
        #expect(partial.stderr.contains("warning: \(path): compressed stream is truncated"), "\(partial.stderr)")
    }
}
