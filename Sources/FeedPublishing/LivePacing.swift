import Exchange
import MarketData
import Simulator

/// A simulated day played at real time on today's date behaves like a live feed: the part of the day already past
/// in Manila is produced at once, then each event at its real time. Outside trading hours the plan says so. Pure:
/// the wall clock is passed in.
public enum LivePacing {
    /// Whether to pace from this machine's clock, and what to tell the user.
    public struct Plan: Hashable, Sendable {
        /// The instant (now) the pace clock starts from; nil when the day is not played live.
        public let liveFrom: EpochMillis?
        /// One line for the user, or nil.
        public let notice: String?

        public init(liveFrom: EpochMillis?, notice: String?) { self.liveFrom = liveFrom; self.notice = notice }
    }

    /// The plan for `date` at `pace` with no `--from`, when Manila's clock reads `now`.
    public static func plan(date: String, pace: Pace, from: Int?, schedule: TradingSchedule, now: EpochMillis) -> Plan {
        let manila = ManilaTime(epochMillis: now)
        guard pace == .factor(1), from == nil, manila.dateText == date else { return Plan(liveFrom: nil, notice: nil) }
        let clock = String(manila.clockText.prefix(5))
        let notice: String? =
            if manila.secondOfDay < schedule.opens {
                "the PSE opens at \(ManilaTime.hourMinute(secondOfDay: schedule.opens)) Manila time (now \(clock)): "
                    + "today's simulated events will arrive at their real times; --from or --pace play them sooner"
            } else if manila.secondOfDay >= schedule.closes {
                "the PSE is closed now (\(clock) in Manila): producing today's simulated session at once; "
                    + "--date and --from choose another day or time"
            } else {
                nil
            }
        return Plan(liveFrom: now, notice: notice)
    }
}
