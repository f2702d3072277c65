import Dashboard
import Exchange
import MarketData
import Simulator

/// The dashboard state after the simulated day (seed 42, 2026-11-25, on `schedule`, with `board`'s listings) up to
/// `time` Manila, as a live feed sees it; a `crash` day when asked; watching `alertRules`, its records received at
/// wall time `receivedAt` (0: not live, so no alert is announced).
func simulatedState(
    until time: String, source: String = "127.0.0.1:9092", schedule: TradingSchedule = .regular, board: Board = .psei,
    crash: Bool = false, alertRules: [AlertRule] = [], receivedAt: EpochMillis = 0
) -> DashboardState {
    let end = ManilaTime.epochMillis(date: "2026-11-25", secondOfDay: ManilaTime.secondOfDay(parsing: time)!)!
    var state = DashboardState(source: source)
    state.alerts = AlertBook(rules: alertRules)
    let events = MarketSimulator(.init(seed: 42, date: "2026-11-25", schedule: schedule, board: board, crash: crash))!.prefix {
        $0.timestamp <= end
    }
    Dashboard.reduce(into: &state, action: .records(events.map { .success($0.event) }, receivedAt: receivedAt))
    Dashboard.reduce(into: &state, action: .connection(.live))
    return state
}
