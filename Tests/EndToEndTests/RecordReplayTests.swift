import Foundation
import Testing

/// `broker --feed`, `record --until-caught-up`, then the replayed frame equals the live one.
@Suite(.serialized) struct RecordReplayTests {
    @Test func aRecordedDayReplaysToTheSameFrameAsTheLiveSnapshot() throws {
        let directory = temporaryDirectory()
        let broker = try ChildProcess(
            pseiTicker,
            [
                "broker", "--feed", "--pace", "max", "--seed", "9", "--date", "2026-11-25",
                "--log-file", "/dev/null",
            ])
        defer { _ = broker.stop() }
        let bootstrap = String(try #require(broker.readLine()).dropFirst("bootstrap.servers=".count))
        // Wait for the close, the feed's last status.
        let deadline = Date().addingTimeInterval(60)
        while Date() < deadline {
            let statuses = try runToEnd("/usr/bin/kcat", ["-C", "-b", bootstrap, "-t", "pse.status", "-o", "beginning", "-e", "-q"])
            if statuses.stdout.contains(#""phase":"closed""#) { break }
            Thread.sleep(forTimeInterval: 0.5)
        }
        let session = directory.appendingPathComponent("day.jsonl").path
        let record = try runToEnd(pseiTicker, ["record", "-b", bootstrap, "-o", session, "--until-caught-up", "--log-file", "/dev/null"])
        #expect(record.status == 0, "\(record.stderr)")
        #expect(record.stderr.range(of: #"recorded [0-9]{6} records"#, options: .regularExpression) != nil, "\(record.stderr)")

        // The live and the replayed snapshot side by side.
        let snapshots = try concurrentMap([["-b", bootstrap], ["--replay", session]]) { source in
            try runToEnd(pseiTicker, ["snapshot"] + source + ["--log-file", "/dev/null"], environment: ["LANG": "C.UTF-8"])
        }
        let (live, replayed) = (snapshots[0], snapshots[1])
        #expect(live.status == 0 && replayed.status == 0, "\(live.stderr) \(replayed.stderr)")
        // Everything but the status bar, which names the source (the broker, the file).
        #expect(live.stdout.split(separator: "\n").dropLast() == replayed.stdout.split(separator: "\n").dropLast())
        #expect(replayed.stdout.contains("CLOSED  15:00:00 PHT"))

        let again = try runToEnd(pseiTicker, ["record", "-b", bootstrap, "-o", session, "--until-caught-up", "--log-file", "/dev/null"])
        #expect(again.status != 0 && again.stderr.contains("already exists (use --force to overwrite)"))
    }

    /// The shipped day republished into a fresh cluster with `feed --replay` reads back to the same frame.
    @Test func feedReplayRepublishesASessionIntoAnyCluster() throws {
        let session = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .appendingPathComponent("../../Sessions/pse-2026-11-25-simulated.jsonl.gz").standardized.path
        // The replayed snapshot needs only the file: it runs alongside the feed and the live one.
        let replay = startInBackground {
            try runToEnd(pseiTicker, ["snapshot", "--replay", session, "--log-file", "/dev/null"], environment: ["LANG": "C.UTF-8"])
        }
        let broker = try ChildProcess(pseiTicker, ["broker", "--log-file", "/dev/null"])
        defer { _ = broker.stop() }
        let bootstrap = String(try #require(broker.readLine()).dropFirst("bootstrap.servers=".count))
        let feed = try runToEnd(pseiTicker, ["feed", "-b", bootstrap, "--replay", session, "--speed", "max", "--log-file", "/dev/null"])
        #expect(feed.status == 0, "\(feed.stderr)")
        let lines = try runToEnd("/bin/sh", ["-c", "gzip -dc '\(session)' | wc -l"])
        let records = try #require(Int(lines.stdout.trimmingCharacters(in: .whitespacesAndNewlines))) - 1  // the header line
        #expect(feed.stderr.hasPrefix("produced \(records) records"), "\(feed.stderr)")
        let live = try runToEnd(pseiTicker, ["snapshot", "-b", bootstrap, "--log-file", "/dev/null"], environment: ["LANG": "C.UTF-8"])
        let replayed = try replay()
        #expect(live.stdout.split(separator: "\n").dropLast() == replayed.stdout.split(separator: "\n").dropLast())
    }
}
