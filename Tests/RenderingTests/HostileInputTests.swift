import Dashboard
import Exchange
import Foundation
import GoldenFiles
import MarketData
import Rendering
import Testing

/// The corpus in `Tests/Fixtures/hostile/`: each case has its defined outcome (rejected with a reason, accepted,
/// or accepted with a warning counted), and nothing a feed sends can put a control character on the screen or
/// into the text / ANSI / HTML exports.
@Suite struct HostileInputTests {
    static let receivedAt: EpochMillis = 1_795_577_401_000  // 11:30:01 Manila, 2026-11-25

    @Test func everyCaseHasItsDefinedOutcome() throws {
        let cases = try HostileCase.all()
        #expect(cases.count >= 30)
        for hostile in cases {
            var state = Self.stateWithReferenceData()
            let before = state.feed.counters
            Dashboard.reduce(into: &state, action: .records([WireCodec.decode(hostile.record)], receivedAt: Self.receivedAt))
            let outcome: String =
                if let rejection = state.feed.counters.lastRejection {
                    "rejected: \(rejection.reason.rawValue)"
                } else if let warning = state.feed.counters.lastWarning {
                    "warning: \(warning.rawValue)"
                } else {
                    "accepted"
                }
            #expect(outcome == hostile.expected, "\(hostile.name)")
            #expect(state.feed.counters.received - before.received == 1, "\(hostile.name)")
            #expect(state.feed.counters.applied - before.applied + state.feed.counters.rejectedTotal == 1, "\(hostile.name)")
        }
    }

    @Test func noControlCharacterFromTheWireReachesTheScreenOrTheExports() throws {
        let cases = try HostileCase.all()
        var state = Self.stateWithReferenceData()
        let before = state.feed.counters.received
        Dashboard.reduce(into: &state, action: .records(cases.map { WireCodec.decode($0.record) }, receivedAt: Self.receivedAt))
        #expect(state.feed.counters.received - before == cases.count)
        let selectedALI = state.market.symbols.firstIndex(of: "ALI")!
        for (width, height) in [(120, 40), (220, 60)] {
            for detail in [false, true] {
                var shown = state
                shown.ui.selected = selectedALI
                shown.ui.detailShown = detail
                let grid = Renderer.render(shown, width: width, height: height, context: RenderContext(now: Self.receivedAt))
                let text = FrameExport.text(grid)
                let ansi = FrameExport.ansi(grid, theme: .standard)
                let html = FrameExport.html(grid, theme: .standard)
                #expect(!text.unicodeScalars.contains(where: Self.isForbidden), "text \(width)x\(height)")
                // ANSI output: only our own SGR sequences (ESC [ digits ; m) carry ESC.
                let withoutSGR = ansi.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
                #expect(!withoutSGR.unicodeScalars.contains(where: Self.isForbidden), "ansi \(width)x\(height)")
                #expect(!html.unicodeScalars.contains(where: Self.isForbidden), "html \(width)x\(height)")
                #expect(!html.contains("<script>"))
                if detail { #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;")) }
            }
        }
        // What the feed sent is still visible, made harmless: the halt reason and name in ALI's time & sales.
        var detail = state
        detail.ui.selected = selectedALI
        detail.ui.detailShown = true
        let frame = FrameExport.text(Renderer.render(detail, width: 220, height: 60, context: RenderContext(now: Self.receivedAt)))
        #expect(frame.contains("HALTED since 11:30: ?]0;you have been hac"))
        #expect(frame.contains("malformed \(state.feed.counters.rejectedTotal)"))
        #expect(frame.contains("warnings \(state.feed.counters.warningsTotal)"))
    }

    /// C0 controls other than newline, DEL, C1 controls, and bidirectional overrides and isolates.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        return (value < 0x20 && value != 0x0A) || (0x7F...0x9F).contains(value)
            || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value)
    }

    /// ALI and BDO with reference data, the market open, before the hostile records arrive.
    static func stateWithReferenceData() -> DashboardState {
        var state = DashboardState(source: "hostile corpus")
        let open = StatusChange(scope: .market, phase: .open, timestamp: receivedAt - 1_000)
        let references = ["ALI": "22.05", "BDO": "134.6"].map { symbol, close in
            MarketEvent.reference(
                ReferenceData(
                    subject: .security(Symbol(symbol)!), previousClose: Price(close)!,
                    boardLot: PSERules.boardLot(for: Price(close)!), date: "2026-11-25"))
        }
        Dashboard.reduce(into: &state, action: .records(([.status(open)] + references).map { .success($0) }, receivedAt: receivedAt))
        return state
    }
}
