import MarketData

/// A halt or suspension of one security: when it began, why (sanitised for the terminal when recorded: the
/// reason comes from the wire) and, once trading resumed, when it ended.
public struct Halt: Hashable, Sendable {
    public let phase: MarketPhase
    public let since: EpochMillis
    public let reason: String?
    /// When trading resumed; nil while the halt lasts.
    public internal(set) var until: EpochMillis?

    public init(phase: MarketPhase, since: EpochMillis, reason: String?, until: EpochMillis? = nil) {
        self.phase = phase; self.since = since; self.reason = reason.map(TerminalSafe.sanitize); self.until = until
    }
}

/// The day's halts and suspensions of one security, oldest first: the latest `capacity` (16) of them, the last
/// one still open while the security is halted.
public struct HaltHistory: Hashable, Sendable {
    public static let capacity = 16
    public private(set) var periods: [Halt] = []

    public init() {}

    /// The halt in force, if any.
    public var current: Halt? {
        guard let last = periods.last, last.until == nil else { return nil }
        return last
    }

    /// A halt or suspension begins; the same phase again while it lasts is the same halt announced again (a new
    /// reason replaces the old one, the start stays), a different one (a halt becoming a suspension) ends it and
    /// begins the next.
    mutating func begin(_ phase: MarketPhase, at instant: EpochMillis, reason: String?) {
        if let current {
            guard current.phase != phase else {
                periods[periods.count - 1] = Halt(phase: phase, since: current.since, reason: reason ?? current.reason)
                return
            }
            end(at: instant)
        }
        if periods.count == Self.capacity { periods.removeFirst() }
        periods.append(Halt(phase: phase, since: instant, reason: reason))
    }

    /// Trading resumes: the halt in force, if any, ends.
    mutating func end(at instant: EpochMillis) {
        guard current != nil else { return }
        periods[periods.count - 1].until = max(instant, periods[periods.count - 1].since)
    }
}
