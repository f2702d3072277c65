/// What keys do while the Kafka view is shown: ↑/↓, PgUp/PgDn and Home/End move the selected partition (the view
/// scrolls to keep it shown); search, time & sales and the stock screen wait for the table. Every other key works as on
/// the table.
enum ClusterScreenKeys {
    /// Handles `key` when the Kafka view is shown; false when it is not (or the key is not the view's).
    static func handle(_ key: KeyCommand, in state: inout DashboardState) -> Bool {
        guard state.ui.clusterShown, key.movesList(&state.ui.clusterSelected, page: state.ui.visibleRows) else { return false }
        let partitions = state.feed.cluster?.partitions.count ?? 0
        state.ui.clusterSelected = max(0, min(state.ui.clusterSelected, partitions - 1))
        return true
    }
}
