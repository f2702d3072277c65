import MarketData

/// The arming of one rule. A level rule fires when its reading goes beyond the threshold while armed, then stays
/// quiet until the reading comes back inside by the rule's margin (hysteresis) or its cool-down has passed; an event
/// rule fires on each event, no more often than its cool-down.
struct AlertTrigger: Hashable, Sendable {
    private var armed = true
    private var firedAt: EpochMillis?

    /// Whether a level reading fires now: `beyond` past the threshold, `clear` back inside by the margin.
    mutating func level(beyond: Bool, clear: Bool, at time: EpochMillis, cooldown: EpochMillis?) -> Bool {
        if !armed, clear || cooledDown(at: time, cooldown: cooldown) { armed = true }
        guard armed, beyond else { return false }
        armed = false
        firedAt = time
        return true
    }

    /// Whether an event fires now: always without a cool-down; with one, unless the last fired one is nearer in
    /// time than it, either way (records from several partitions come in any order).
    mutating func event(at time: EpochMillis, cooldown: EpochMillis?) -> Bool {
        if let cooldown, let firedAt, abs(time - firedAt) < cooldown { return false }
        firedAt = max(firedAt ?? time, time)
        return true
    }

    private func cooledDown(at time: EpochMillis, cooldown: EpochMillis?) -> Bool {
        guard let cooldown, let firedAt else { return false }
        return time - firedAt >= cooldown
    }
}
