import Exchange
import MarketData
import Testing

/// The next phase (or no-cancel part) and when it starts, on both schedules, at and around every edge.
@Suite struct TradingScheduleTests {
    static func second(_ time: String) -> Int { ManilaTime.secondOfDay(parsing: time)! }

    /// (now, start of the next milestone, its phase, whether it is a no-cancel part).
    @Test(arguments: [
        ("00:00", "09:00", MarketPhase.preopen, false),
        ("08:59:59", "09:00", .preopen, false),
        ("09:00", "09:15", .preopen, true),
        ("09:14:59", "09:15", .preopen, true),
        ("09:15", "09:30", .open, false),
        ("09:30", "12:00", .recess, false),
        ("12:30", "13:00", .open, false),
        ("13:00", "14:45", .preclose, false),
        ("14:40:48", "14:45", .preclose, false),
        ("14:45", "14:48", .preclose, true),
        ("14:48", "14:50", .runoff, false),
        ("14:59:59", "15:00", .closed, false),
    ])
    func regularDay(now: String, next: String, phase: MarketPhase, noCancel: Bool) {
        let milestone = TradingSchedule.regular.milestone(after: Self.second(now))
        #expect(milestone?.secondOfDay == Self.second(next) && milestone?.phase == phase && milestone?.noCancel == noCancel)
    }

    @Test(arguments: [
        ("09:00", "09:15", MarketPhase.preopen, true),
        ("11:00", "11:55", .preclose, false),
        ("11:55", "11:58", .preclose, true),
        ("11:57:59", "11:58", .preclose, true),
        ("11:58", "12:00", .runoff, false),
        ("12:00", "12:10", .closed, false),
        ("12:09:59", "12:10", .closed, false),
    ])
    func halfDay(now: String, next: String, phase: MarketPhase, noCancel: Bool) {
        let milestone = TradingSchedule.halfDay.milestone(after: Self.second(now))
        #expect(milestone?.secondOfDay == Self.second(next) && milestone?.phase == phase && milestone?.noCancel == noCancel)
    }

    @Test func nothingFollowsTheClose() {
        #expect(TradingSchedule.regular.milestone(after: Self.second("15:00")) == nil)
        #expect(TradingSchedule.halfDay.milestone(after: Self.second("12:10")) == nil)
        #expect(TradingSchedule.halfDay.milestone(after: Self.second("23:59:59")) == nil)
    }

    @Test func theNoCancelPartsDoNotChangeThePhases() {
        for schedule in TradingSchedule.known {
            #expect(schedule.milestones.filter { !$0.noCancel }.map(\.phase) == schedule.transitions.map(\.phase))
            #expect(schedule.milestones.map(\.secondOfDay) == schedule.milestones.map(\.secondOfDay).sorted())
        }
        #expect(TradingSchedule.regular.phase(atSecondOfDay: Self.second("14:49")) == .preclose)
    }
}
