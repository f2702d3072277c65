import Dashboard
import MarketData
import Rendering
import Testing

/// The status bar keeps what says whether the picture can be trusted: state, pause and lag first, then the
/// problems, then rate and source; every segment whole or not at all, counts with grouped digits.
@Suite struct StatusBarTests {
    /// A feed in every kind of trouble at once.
    static var troubled: DashboardState {
        var state = DashboardState(source: "broker-1.example:9092,broker-2.example:9092")
        state.feed.connection = .disconnected(reason)
        state.ui.paused = true
        state.feed.lag = ConsumerLag(partitions: ["pse.trades[3]": 1_204_000, "pse.quotes[1]": 5])
        state.feed.counters.rejected[.notJSON] = 12_345
        state.feed.counters.lastRejection = DecodeError(reason: .notJSON, topic: "pse.trades", partition: 3, offset: 9)
        state.feed.counters.warnings[.offTickPrice] = 47_467
        state.feed.counters.lastWarning = .offTickPrice
        state.feed.counters.gaps = 3_021
        state.feed.counters.duplicates = 2
        return state
    }

    /// Each piece of the bar, most important first.
    static let pieces = [
        "✕ DISCONNECTED", "PAUSED", "lag 1,204,005", "malformed 12,345", "warnings 47,467", "gaps 3,021",
        "dup 2", "broker-1.example:9092,broker-2.example:9092", reason, "(pse.trades[3] 1,204,000)",
        "(not JSON)", "(price off the tick grid)", "0 rec/s", "? help  s sort  q quit",
    ]
    static let reason = "all brokers down: Connection refused"

    @Test(arguments: Array(20...220))
    func segmentsAreWholeAndKeptByPriority(width: Int) {
        let line =
            FrameExport.text(Renderer.render(Self.troubled, width: width, height: 30, context: RenderContext()))
            .split(separator: "\n", omittingEmptySubsequences: false).dropLast().last.map(String.init) ?? ""
        let shown = Self.pieces.map { line.contains($0) }
        if let firstMissing = shown.firstIndex(of: false) {
            #expect(!shown[firstMissing...].contains(true), "at \(width): a less important piece shown before a missing one: \(line)")
        }
        // Nothing cut but the free-text reason, and that visibly: every other word belongs to a piece shown whole.
        var rest = line
        for piece in Self.pieces where line.contains(piece) { rest = rest.replacingOccurrences(of: piece, with: "") }
        if let cut = rest.range(of: #"all b[^…]*…"#, options: .regularExpression) {
            #expect(Self.reason.hasPrefix(rest[cut].dropLast()), "at \(width): \(line)")
            #expect(!line.contains("(pse.trades"), "at \(width): nothing after a cut reason")
            rest.removeSubrange(cut)
        }
        #expect(rest.allSatisfy { $0 == " " || $0 == "·" }, "at \(width): cut text left over: '\(rest)' in \(line)")
        if width >= 80 { #expect(shown.prefix(5).allSatisfy { $0 }, "at \(width): \(line)") }
        if width >= 120 { #expect(shown.prefix(7).allSatisfy { $0 }, "at \(width): \(line)") }
        if width >= 160 { #expect(shown.prefix(8).allSatisfy { $0 }, "at \(width): \(line)") }
    }

    @Test func aSnapshotHasNoRate() {
        var state = DashboardState(source: "day.jsonl")
        state.feed.connection = .snapshot(at: nil)
        let text = FrameExport.text(Renderer.render(state, width: 120, height: 40, context: RenderContext()))
        #expect(text.contains("SNAPSHOT  day.jsonl") && !text.contains("rec/s"))
    }
}
