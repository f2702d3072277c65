import Dashboard
import LiveDashboard
import MarketData
import Rendering
import TerminalUI
import Testing

/// The run loop and the `!` form: keys reach the form before the source (← → are a replay's seeks otherwise), the
/// rule Enter adds goes to `saveAlertRule` once, and a seek backwards starts over with it, so it still fires.
@Suite struct AlertFormLoopTests {
    static let date = "2026-11-25"

    static func trade(_ price: String, at minute: Int, seq: Int64) -> Result<MarketEvent, DecodeError> {
        let time = ManilaTime.epochMillis(date: date, secondOfDay: 10 * 3600 + minute * 60)!
        return .success(.trade(Trade(symbol: "ALI", price: Price(price)!, quantity: 100, timestamp: time, seq: seq)))
    }

    static let reference: Result<MarketEvent, DecodeError> = .success(
        .reference(ReferenceData(subject: .security("ALI"), previousClose: Price("22.00")!, date: date)))

    /// A screen that gives the loop `inputs`, one a call, then nothing.
    final class ScriptedScreen: FrameBackend {
        var inputs: [TerminalInput]
        init(_ inputs: [TerminalInput]) { self.inputs = inputs }
        var size: (width: Int, height: Int) { (120, 40) }
        var inputDescriptor: Int32? { nil }
        func draw(_ grid: CellGrid) -> Int { 0 }
        func readInput() -> TerminalInput? { inputs.isEmpty ? nil : inputs.removeFirst() }
        func emit(_ bytes: [UInt8]) {}
    }

    /// A replay-like source: ALI at 22.00 first; `<` seeks back (starting over) to ALI at 22.00 then 22.10; ← and →
    /// would move its clock.
    final class SeekingSource: DashboardSource {
        var started = false
        var seeks: [TerminalInput] = []
        var wakeDescriptor: Int32? { nil }
        var keyMode: KeyMap.Mode { .replay }
        func nextDue(wallNow: EpochMillis) -> EpochMillis? { nil }
        func take(wallNow: EpochMillis) -> [DashboardAction] {
            guard !started else { return [] }
            started = true
            return [.records([AlertFormLoopTests.reference, AlertFormLoopTests.trade("22.00", at: 0, seq: 1)], receivedAt: 0)]
        }
        func handle(_ input: TerminalInput, wallNow: EpochMillis) -> KeyOutcome {
            switch input {
            case .left, .right:
                seeks.append(input)
                return .handled([])
            case .character("<"):
                let records = [
                    AlertFormLoopTests.reference, AlertFormLoopTests.trade("22.00", at: 0, seq: 1),
                    AlertFormLoopTests.trade("22.10", at: 1, seq: 2),
                ]
                return .restart([.records(records, receivedAt: 0)])
            default: return .ignored
            }
        }
    }

    @Test func aRuleAddedWithTheFormIsSavedOnceAndSurvivesASeekBackwards() {
        let inputs: [TerminalInput] = [.character("!"), .right, .left, .enter, .character("!"), .enter, .character("<"), .character("q")]
        let screen = ScriptedScreen(inputs)
        let source = SeekingSource()
        var saved: [String] = []
        var state = DashboardState(source: "test")
        state.ui.stockScreen = "ALI"
        let final = DashboardLoop(
            backend: screen, source: source, look: RenderContext(), shouldStop: { false },
            saveAlertRule: { rule in
                saved.append(rule.name)
                return nil
            }
        ).run(state)
        #expect(source.seeks.isEmpty)
        #expect(saved == ["ALI above 22.05"])  // the second Enter: the same rule, a notice, nothing saved
        #expect(final.alerts.rules.map(\.name) == ["ALI above 22.05"])
        #expect(final.alerts.fired.map(\.message) == ["ALI 22.10 above 22.05"])
    }

    @Test func aRuleThatCannotBeSavedIsANoticeAndStillWatched() {
        let screen = ScriptedScreen([.character("!"), .enter])
        var state = DashboardState(source: "test")
        state.ui.stockScreen = "ALI"
        let final = DashboardLoop(
            backend: screen, source: SeekingSource(), look: RenderContext(), shouldStop: { screen.inputs.isEmpty },
            saveAlertRule: { _ in "not saved: alerts.toml: cannot write" }
        ).run(state)
        #expect(final.ui.notice == "not saved: alerts.toml: cannot write")
        #expect(final.alerts.rules.map(\.name) == ["ALI above 22.05"])
    }
}
