/// Follows the alerts the reducer fires, for a consumer without a screen (the `alerts` command): applies actions to
/// its state and returns every alert fired since the last look, oldest first. A batch of records is applied in
/// slices small enough that no alert leaves `AlertBook.fired` before it is returned — each record fires each rule at
/// most once, and each batch each feed rule once —, which holds for up to half `AlertBook.capacity` rules.
public struct AlertFollower: Sendable {
    public private(set) var state: DashboardState
    /// `AlertBook.firedCount` when the alerts were last returned.
    private var returned: Int

    /// Follows `state` from now on: alerts it holds already are not returned.
    public init(_ state: DashboardState) {
        self.state = state
        returned = state.alerts.firedCount
    }

    /// Applies `action` and returns the alerts it fired, in the order they fired.
    public mutating func apply(_ action: DashboardAction) -> [Alert] {
        guard case .records(let results, let receivedAt) = action, results.count > slice else {
            Dashboard.reduce(into: &state, action: action)
            return takeFired()
        }
        var fired: [Alert] = []
        for start in stride(from: results.startIndex, to: results.endIndex, by: slice) {
            let part = Array(results[start..<min(start + slice, results.endIndex)])
            Dashboard.reduce(into: &state, action: .records(part, receivedAt: receivedAt))
            fired += takeFired()
        }
        return fired
    }

    /// How many records are applied at once.
    private var slice: Int { max(1, AlertBook.capacity / max(1, state.alerts.rules.count) - 1) }

    private mutating func takeFired() -> [Alert] {
        let new = state.alerts.firedCount - returned
        returned = state.alerts.firedCount
        return Array(state.alerts.fired.suffix(new))
    }
}
