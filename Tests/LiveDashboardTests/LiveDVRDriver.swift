import Dashboard
import LiveDashboard
import MarketData
import Simulator
import TerminalUI

/// A live source the test fills by hand: what it was handed comes out at the next `take`.
final class HandFedSource: DashboardSource {
    var pending: [DashboardAction] = []
    var wakeDescriptor: Int32? { nil }
    func nextDue(wallNow: EpochMillis) -> EpochMillis? { nil }
    func handle(_ input: TerminalInput, wallNow: EpochMillis) -> KeyOutcome { .ignored }
    func take(wallNow: EpochMillis) -> [DashboardAction] {
        defer { pending = [] }
        return pending
    }
}

/// The run loop's part in the live DVR, step by step: actions from the feed go through `LiveDVR.take` into the
/// state, keys through `LiveDVR.handle`; beside it, a straight run reduces the same feed actions with no DVR.
struct LiveDVRDriver {
    static let day = "2026-11-25"

    let feed = HandFedSource()
    let dvr: LiveDVR
    var state: DashboardState
    var straight: DashboardState

    init(capacity: LiveLog.Capacity = .standard, rules: [AlertRule] = []) {
        dvr = LiveDVR(feed, capacity: capacity)
        state = DashboardState(source: "test")
        state.alerts = AlertBook(rules: rules)
        straight = state
    }

    /// Hands `actions` to the DVR's source and applies what it passes on, to the state and the straight run alike.
    mutating func deliver(_ actions: [DashboardAction]) {
        feed.pending = actions
        for action in dvr.take(wallNow: 0) { Dashboard.reduce(into: &state, action: action) }
        for action in actions { Dashboard.reduce(into: &straight, action: action) }
    }

    /// Presses keys as the run loop does: the DVR first, the key map's dashboard command for what it ignores.
    mutating func press(_ inputs: TerminalInput...) {
        for input in inputs {
            switch dvr.handle(input, wallNow: 0) {
            case .handled(let actions), .restart(let actions):
                for action in actions { Dashboard.reduce(into: &state, action: action) }
            case .ignored:
                if case .dashboard(let key) = KeyMap.action(for: input, mode: .live) { Dashboard.reduce(into: &state, action: .key(key)) }
            }
        }
    }

    /// `g`, the time, Enter.
    mutating func goTo(_ time: String) {
        press(.character("g"))
        for character in time { press(.character(character)) }
        press(.enter)
    }

    /// `HH:MM[:SS]` Manila time on `day`, in epoch milliseconds.
    static func at(_ time: String) -> EpochMillis {
        ManilaTime.epochMillis(date: day, secondOfDay: ManilaTime.secondOfDay(parsing: time)!)!
    }

    /// The simulated day's records (the constituents' board) up to `until`, in the order they are published.
    static func records(until: String) -> [FeedRecord] {
        let end = at(until)
        return MarketSimulator(.init(seed: 3, date: day))!.prefix { $0.timestamp <= end }.map(\.record)
    }

    /// `records` as the Kafka pump posts them: decoded, in batches of `size` received at increasing wall times,
    /// with a malformed record in every batch.
    static func batches(_ records: [FeedRecord], size: Int = 700) -> [DashboardAction] {
        stride(from: 0, to: records.count, by: size).enumerated().map { number, start in
            let garbage = FeedRecord(topic: "pse.trades", timestamp: 0, key: nil, value: Array("{not json".utf8))
            let batch = Array(records[start..<min(start + size, records.count)]) + [garbage]
            return .records(batch.map(WireCodec.decode), receivedAt: 1_000_000 + EpochMillis(number) * 250)
        }
    }
}

extension DashboardState {
    /// A straight run over `records`' events up to (and including) the last one at or before `instant`.
    static func straightRun(_ records: [FeedRecord], to instant: EpochMillis) -> MarketState {
        var state = DashboardState(source: "test")
        let events = records.map(WireCodec.decode).prefix { result in
            guard case .success(let event) = result, let time = event.timestamp else { return true }
            return time <= instant
        }
        Dashboard.reduce(into: &state, action: .records(Array(events), receivedAt: 0))
        return state.market
    }
}
