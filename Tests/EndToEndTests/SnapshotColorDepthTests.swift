import Foundation
import Testing

/// `snapshot --format ansi` writes in the colours of the terminal TERM names: on the 8-colour terminals (`xterm`,
/// `screen`, `linux`) only the eight ANSI colours, and never black text on the terminal's background.
@Suite struct SnapshotColorDepthTests {
    static let session = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sessions/pse-2026-11-25-simulated.jsonl.gz").standardized.path

    static func ansiFrame(term: String, theme: String, extra: [String: String] = [:]) throws -> (sequences: Set<String>, frame: String) {
        let result = try runToEnd(
            pseiTicker,
            [
                "snapshot", "--replay", session, "--at", "11:00", "--size", "120x40", "--format", "ansi",
                "--theme", theme, "--log-file", "/dev/null",
            ],
            environment: ["LANG": "C.UTF-8", "TERM": term, "COLORTERM": "", "NO_COLOR": ""].merging(extra) { $1 })
        #expect(result.status == 0, "\(result.stderr)")
        let expression = try NSRegularExpression(pattern: "\u{1B}\\[([0-9;]*)m")
        let text = result.stdout as NSString
        let sequences = expression.matches(in: result.stdout, range: NSRange(location: 0, length: text.length))
            .map { text.substring(with: $0.range(at: 1)) }
        return (Set(sequences), result.stdout)
    }

    @Test(arguments: [("xterm", "default"), ("xterm", "light"), ("screen", "default"), ("linux", "default")])
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
