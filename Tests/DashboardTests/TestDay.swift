import Dashboard
import MarketData

/// The trading day the reducer tests' records fall on, and Manila times on it.
enum TestDay {
    static let date = "2026-11-25"

    /// `HH:MM[:SS]` Manila time on `date`, in epoch milliseconds.
    static func at(_ time: String) -> EpochMillis {
        ManilaTime.epochMillis(date: date, secondOfDay: ManilaTime.secondOfDay(parsing: time)!)!
    }
}

extension DashboardState {
    /// Reduces `events` as one batch that was not received live.
    mutating func receive(_ events: [MarketEvent]) {
        Dashboard.reduce(into: &self, action: .records(events.map { .success($0) }, receivedAt: 0))
    }
}
