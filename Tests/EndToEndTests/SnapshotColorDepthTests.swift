import Foundation
import Testing

/// `snapshot --format ansi` writes in the colours of the terminal TERM names: on the 8-colour terminals (`xterm`,
/// `screen`, `linux`) only the eight ANSI colours, and never black text on the terminal's background.
@Suite struct SnapshotColorDepthTests {
    static let session = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sessions/pse-2026-11-25-simulated.jsonl.gz").standardized.path

    /// The eight-colour terminals and themes of the first test.
    static let eightColourCases = [("xterm", "default"), ("xterm", "light"), ("screen", "default"), ("linux", "default")]
    /// The environments of the second test on `xterm-256color`: truecolour, 256 colours, NO_COLOR.
    static let richerCases: [[String: String]] = [["COLORTERM": "truecolor"], [:], ["NO_COLOR": "1"]]

    /// A terminal, a theme and the environment beyond them: one frame of the tests.
    struct Look: Hashable, Sendable {
        let term: String, theme: String, extra: [String: String]
    }

    /// The frame at 11:00 for every look the tests check, drawn once for the suite, side by side.
    static let frames = Result {
        let looks =
            eightColourCases.map { Look(term: $0, theme: $1, extra: [:]) }
            + richerCases.map { Look(term: "xterm-256color", theme: "default", extra: $0) }
        let runs = try concurrentMap(looks) { look in
            try runToEnd(
                pseiTicker,
                [
                    "snapshot", "--replay", session, "--at", "11:00", "--size", "120x40", "--format", "ansi",
                    "--theme", look.theme, "--log-file", "/dev/null",
                ],
                environment: ["LANG": "C.UTF-8", "TERM": look.term, "COLORTERM": "", "NO_COLOR": ""].merging(look.extra) { $1 })
        }
        return Dictionary(uniqueKeysWithValues: zip(looks, runs))
    }

    static func ansiFrame(term: String, theme: String, extra: [String: String] = [:]) throws -> (sequences: Set<String>, frame: String) {
        let result = try #require(try frames.get()[Look(term: term, theme: theme, extra: extra)], "no frame for \(term) \(theme) \(extra)")
        #expect(result.status == 0, "\(result.stderr)")
        let expression = try NSRegularExpression(pattern: "\u{1B}\\[([0-9;]*)m")
        let text = result.stdout as NSString
        let sequences = expression.matches(in: result.stdout, range: NSRange(location: 0, length: text.length))
            .map { text.substring(with: $0.range(at: 1)) }
        return (Set(sequences), result.stdout)
    }

    @Test(arguments: eightColourCases)
    func eightColourTerminalsGetOnlyTheEightColoursAndNoBlackText(term: String, theme: String) throws {
        let (sequences, frame) = try Self.ansiFrame(term: term, theme: theme)
        #expect(frame.contains("PSEi 6,429.41"))
        for sequence in sequences {
            let codes = sequence.split(separator: ";").compactMap { Int($0) }
            #expect(codes.allSatisfy { [0, 1, 2, 4, 7].contains($0) || (31...37).contains($0) }, "\(term) \(theme): \(sequence)")
        }
        #expect(sequences.contains { $0.split(separator: ";").contains("31") }, "falling prices in red")
    }

    @Test func richerTerminalsGetRicherColoursAndNoColorNone() throws {
        let (sequences, _) = try Self.ansiFrame(term: "xterm-256color", theme: "default", extra: ["COLORTERM": "truecolor"])
        #expect(sequences.contains { $0.contains("38;2;") })
        let (indexed, _) = try Self.ansiFrame(term: "xterm-256color", theme: "default")
        #expect(indexed.contains { $0.contains("38;5;") } && !indexed.contains { $0.contains("38;2;") })
        let (none, _) = try Self.ansiFrame(term: "xterm-256color", theme: "default", extra: ["NO_COLOR": "1"])
        #expect(none.allSatisfy { $0.split(separator: ";").allSatisfy { ["0", "1", "2", "4", "7"].contains($0) } })
    }
}
