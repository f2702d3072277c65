import MarketData

/// The data clock: the newest event time accepted from the feed (never the wall clock, never a Kafka record time).
///
/// A record far ahead of the clock (more than `outlierTolerance`, three hours) does not move it: it is flagged as an outlier and
/// held. When a later record agrees with the held one (within the tolerance of it), the feed as a whole has moved
/// on — a new trading day, a seek, a producer that was down — so the clock follows and the flag is withdrawn. A
/// day simulated or replayed ahead of (or behind) the wall clock is therefore normal: only a record ahead of the
/// rest of the feed is an outlier.
public struct DataClock: Hashable, Sendable {
    /// More than any quiet spell inside a trading day (a partition with no record over the lunch recess, an illiquid
    /// stock), less than a night: a record this far ahead of the rest is an outlier until the feed follows it.
    public static let outlierTolerance: EpochMillis = 3 * 3_600_000

    /// What a record's time did to the clock.
    public enum Verdict: Hashable, Sendable {
        /// In step with the feed (it may have moved the clock forward).
        case inStep
        /// Far ahead of the rest of the feed: flagged, the clock does not move.
        case outlier
        /// Agrees with the outlier held before it: the feed moved on, the clock follows, the earlier flag is withdrawn.
        case confirmsJump
    }

    /// The newest accepted event time; nil before the first timed record.
    public private(set) var time: EpochMillis?
    /// The time of the last outlier, until a record shows whether the feed moved on with it.
    private var heldOutlier: EpochMillis?

    public init() {}

    /// Takes the time of the next record.
    public mutating func observe(_ eventTime: EpochMillis) -> Verdict {
        guard let now = time else {
            time = eventTime
            return .inStep
        }
        // Event times are bounded at decode (years 2000–2099), so these differences cannot overflow.
        if eventTime - now <= Self.outlierTolerance {
            time = max(now, eventTime)
            heldOutlier = nil
            return .inStep
        }
        if let held = heldOutlier, abs(eventTime - held) <= Self.outlierTolerance {
            time = max(held, eventTime)
            heldOutlier = nil
            return .confirmsJump
        }
        heldOutlier = eventTime
        return .outlier
    }
}
