import Dashboard
import MarketData

/// The mark on a table row whose stock had an alert today: `⚑` (`!` in ASCII) in the alert role in the symbol
/// column's last cell, so the marks line up; while the stock's newest alert is less than ten minutes old by the data
/// clock, the symbol itself is drawn in the alert role too.
enum AlertBadge {
    /// How long, in data time, an alert keeps its stock's symbol in the alert role.
    static let recentMillis: EpochMillis = 10 * 60_000

    /// Nil when the stock had no alert today, else whether its newest alert is recent.
    static func isRecent(_ stock: StockState, state: DashboardState) -> Bool? {
        guard let alert = state.alerts.latestBySubject[stock.symbol.description] else { return nil }
        guard let fired = alert.dataTime, let clock = state.shown.dataClock.time else { return false }
        return clock - fired < recentMillis
    }
}
