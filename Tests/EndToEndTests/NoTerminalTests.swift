import Foundation
import Testing

/// The dashboards draw only on a terminal: with stdout or stdin redirected, or a terminal that cannot move the
/// cursor, they refuse at once in one line that points at `snapshot` — no escape codes in a file, no waiting for
/// keys that never come.
@Suite struct NoTerminalTests {
    static let refusal = "(use 'snapshot' for plain output)"

    /// Runs `command` through `sh` in a pseudo-terminal (util-linux `script`), so what it does not redirect is a
    /// terminal; everything the terminal showed, and the exit status. `timeout` only turns a dashboard that runs on
    /// (the defect) into a failure instead of a hung test.
    func runInTerminal(_ command: String) throws -> (screen: String, status: Int32) {
        let result = try runToEnd(
            "/usr/bin/timeout", ["120", "/usr/bin/script", "-qec", command, "/dev/null"],
            environment: ["TERM": "xterm-256color"])
        return (result.stdout.replacingOccurrences(of: "\r\n", with: "\n"), result.status)
    }

    @Test(arguments: ["demo", "watch -b 127.0.0.1:1", "replay \(SampleSessionTests.session)"])
    func withStdoutInAFileTheDashboardRefusesAndWritesNothingThere(command: String) throws {
        let output = temporaryDirectory().appendingPathComponent("out.txt").path
        let run = try runInTerminal("\(pseiTicker) \(command) --log-file /dev/null > \(output)")
        #expect(run.status == 2)
        #expect(run.screen == "psei-ticker: standard output is not a terminal: the dashboard draws on one \(Self.refusal)\n")
        #expect(try String(contentsOfFile: output, encoding: .utf8).isEmpty)
    }

    @Test(arguments: ["demo", "watch -b 127.0.0.1:1", "replay \(SampleSessionTests.session)"])
    func withStdinNotATerminalTheDashboardRefusesAtOnce(command: String) throws {
        let run = try runInTerminal("\(pseiTicker) \(command) --log-file /dev/null < /dev/null")
        #expect(run.status == 2)
        #expect(run.screen == "psei-ticker: standard input is not a terminal: the dashboard reads its keys from one \(Self.refusal)\n")
    }

    /// Both redirected, as in a pipeline or a script: the same one line on stderr.
    @Test func inAPipelineTheDashboardRefuses() throws {
        let ending = try CommandCatalog.run(["demo", "--log-file", "/dev/null"])
        #expect(ending.status == 2)
        #expect(ending.stderr == "psei-ticker: standard output is not a terminal: the dashboard draws on one \(Self.refusal)\n")
    }

    @Test func aDumbTerminalIsRefusedInOneLine() throws {
        let run = try runInTerminal("TERM=dumb \(pseiTicker) watch -b 127.0.0.1:1 --log-file /dev/null")
        #expect(run.status == 2)
        #expect(run.screen == "psei-ticker: TERM is 'dumb': the dashboard needs a terminal that can move the cursor \(Self.refusal)\n")
    }
}
