/// What keys do while the Kafka view is shown: ↑/↓, PgUp/PgDn and Home/End move the selected partition (the view
/// scrolls to keep it shown); search, time & sales and the stock screen wait for the table. Every other key works as on
/// the table.
enum ClusterScreenKeys {
    /// Handles `key` when the Kafka view is shown; false when it is not (or the key is not the view's).
    static func handle(_ key: KeyCommand, in state: inout DashboardState) -> Bool {
        guard state.ui.clusterShown else { return false }
        if let moved = key.moving(state.ui.clusterSelected, page: state.ui.visibleRows) {
            state.ui.clusterSelected = moved
        } else {
            switch key {
            case .startSearch, .toggleDetail, .openStock:
                break  // the table's own tools: the Kafka view has no stocks
            default: return false
            }
        }
        let partitions = state.feed.cluster?.partitions.count ?? 0
        state.ui.clusterSelected = max(0, min(state.ui.clusterSelected, partitions - 1))
        return true
    }
}
