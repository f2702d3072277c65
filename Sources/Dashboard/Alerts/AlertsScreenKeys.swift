/// What keys do while the alerts view is shown: ↑/↓, PgUp/PgDn and Home/End scroll the day's alerts (newest first);
/// search, time & sales and the stock screen wait for the table. Every other key works as on the table.
enum AlertsScreenKeys {
    /// Handles `key` when the alerts view is shown; false when it is not (or the key is not the view's).
    static func handle(_ key: KeyCommand, in state: inout DashboardState) -> Bool {
        guard state.ui.alertsShown, key.movesList(&state.ui.alertsScroll, page: state.ui.visibleAlertRows) else { return false }
        clampScroll(&state)
        return true
    }

    /// Keeps the scroll within the day's alerts, the oldest filling the last page.
    static func clampScroll(_ state: inout DashboardState) {
        state.ui.alertsScroll = max(0, min(state.ui.alertsScroll, state.alerts.fired.count - state.ui.visibleAlertRows))
    }
}
