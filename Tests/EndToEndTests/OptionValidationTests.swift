import Foundation
import Testing

/// Arguments that cannot work are refused before anything runs — one line naming the option and what is wrong,
/// exit 64 — and their neighbours that can are accepted.
@Suite struct OptionValidationTests {
    @Test(arguments: ["2026-02-30", "2026-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-1-5", "+026-01-05"])
    func aDateThatDoesNotExistIsRefused(date: String) throws {
        let ending = try CommandCatalog.run(["broker", "--date", date, "--log-file", "/dev/null"])
        #expect(ending.status == 64)
        #expect(ending.stderr == "psei-ticker: --date must be a date that exists, YYYY-MM-DD, not '\(date)'\n")
    }

    /// A view that does not exist is one line naming the views, before a terminal, a broker or a file is needed.
    @Test(arguments: [["demo"], ["watch", "-b", "127.0.0.1:9"], ["replay", "/nonexistent.jsonl"], ["snapshot", "-b", "127.0.0.1:9"]])
    func aViewThatDoesNotExistIsRefusedFirst(command: [String]) throws {
        let home = temporaryDirectory().path
        let ending = try CommandCatalog.run(
            command + ["--view", "nope", "--log-file", "/dev/null"], environment: ["XDG_CONFIG_HOME": home])
        #expect(ending.status == 64, "\(command): \(ending.stderr)")
        #expect(ending.stderr == "psei-ticker: --view 'nope' is not a view; the views are PSEi, All, FIN, IND, HDG, PRO, SVC, M-O\n")
    }

    /// A leap day is a real date: the broker starts (and is stopped once up).
    @Test func aLeapDayIsAccepted() throws {
        let ending = try CommandCatalog.run(["broker", "--partitions", "1", "--date", "2028-02-29", "--log-file", "/dev/null"])
        #expect(ending.status == 0, "\(ending.stderr)")
        #expect(ending.stdout.hasPrefix("bootstrap.servers="))
    }

    @Test(arguments: [
        (["-b", "::::"], "--bootstrap-servers '::::' is not HOST:PORT"),
        (["-b", "broker.example:0"], "--bootstrap-servers 'broker.example:0' has port 0; ports are 1…65535"),
        (["-b", "broker.example:99999"], "--bootstrap-servers 'broker.example:99999' has port 99999; ports are 1…65535"),
        (["-b", "broker.example"], "--bootstrap-servers 'broker.example' is not HOST:PORT"),
        (["-b", "127.0.0.1:9092", "-t", ""], "--topic '' is empty"),
        (["-b", "127.0.0.1:9092", "-t", "pse trades"], "--topic 'pse trades' is not a Kafka topic name"),
    ])
    func anImpossibleClusterOrTopicIsRefusedBeforeConnecting(arguments: [String], message: String) throws {
        let directory = temporaryDirectory().path
        for command in [["snapshot"], ["record", "-o", "\(directory)/out.jsonl"], ["watch"], ["feed"]] {
            // feed has no --topic
            if command == ["feed"] && arguments.contains("-t") { continue }
            let ending = try CommandCatalog.run(command + arguments + ["--log-file", "/dev/null"])
            #expect(ending.status == 64, "\(command) \(arguments): \(ending.stderr)")
            #expect(ending.stderrLines.count == 1 && ending.stderr.hasPrefix("psei-ticker: \(message)"), "\(command): \(ending.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: "\(directory)/out.jsonl"))
    }

    @Test(arguments: [
        ("1x1", "width out of range"), ("39x10", "width out of range"), ("40x9", "height out of range"),
        ("1001x40", "width out of range"), ("120x-40", "height out of range"), ("wide", "not WIDTHxHEIGHT"),
        ("120x40x2", "not WIDTHxHEIGHT"), ("nanx40", "width not a number"), ("120x40.5", "height not a whole number"),
    ])
    func aFrameSizeOutsideWhatTheRendererLaysOutIsRefused(size: String, reason: String) throws {
        let ending = try CommandCatalog.run([
            "snapshot", "--replay", try CommandCatalog.smallSession(), "--size", size,
            "--log-file", "/dev/null",
        ])
        #expect(ending.status == 64)
        #expect(
            ending.stderr == "psei-ticker: The value '\(size)' is invalid for '--size <size>': \(reason) "
                + "(expected WIDTHxHEIGHT, 40…1000 by 10…1000)\n")
        #expect(ending.stdout.isEmpty)
    }

    @Test(arguments: [("40x10", 10), ("1000x1000", 1000), ("120X40", 40)])
    func theSmallestAndLargestFramesAreDrawn(size: String, lines: Int) throws {
        let ending = try CommandCatalog.run([
            "snapshot", "--replay", try CommandCatalog.smallSession(), "--size", size,
            "--log-file", "/dev/null",
        ])
        #expect(ending.status == 0, "\(ending.stderr)")
        #expect(ending.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().count == lines)
    }
}
