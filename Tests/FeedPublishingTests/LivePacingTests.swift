import FeedPublishing
import MarketData
import Simulator
import Testing

/// The simulated day at real time on today's date is a live feed: what is past goes at once, the rest at its real
/// time; outside trading hours the user is told. Any other pace, date or --from plays as asked. Clocks injected.
@Suite struct LivePacingTests {
    static let date = "2026-11-25"
    static func at(_ time: String, on date: String = date) -> EpochMillis {
        ManilaTime.epochMillis(date: date, secondOfDay: ManilaTime.secondOfDay(parsing: time)!)!
    }

    @Test func duringTheDayThePastGoesAtOnceAndTheRestAtItsRealTime() {
        let now = Self.at("10:42:13")
        let plan = LivePacing.plan(date: Self.date, pace: .factor(1), from: nil, schedule: .regular, now: now)
        #expect(plan == LivePacing.Plan(liveFrom: now, notice: nil))
        let window = FeedWindow(date: Self.date, from: nil, to: nil, liveFrom: plan.liveFrom)
        #expect(window.paceStart == now && window.start == nil)
        let trade = MarketEvent.trade(Trade(symbol: "ALI", price: Price("22.05")!, quantity: 100, timestamp: Self.at("09:31:00"), seq: 1))
        #expect(window.decide(Self.at("09:31:00"), trade) == .send, "the morning is produced, not skipped")
    }

    @Test(arguments: [("07:12", "the PSE opens at 09:00 Manila time (now 07:12)"), ("17:42", "the PSE is closed now (17:42 in Manila)")])
    func outsideTradingHoursTheUserIsTold(time: String, notice: String) throws {
        let plan = LivePacing.plan(date: Self.date, pace: .factor(1), from: nil, schedule: .regular, now: Self.at(time))
        #expect(plan.liveFrom == Self.at(time))
        #expect(try #require(plan.notice).hasPrefix(notice))
    }

    @Test func aHalfDayClosesAtItsOwnClose() throws {
        let plan = LivePacing.plan(date: Self.date, pace: .factor(1), from: nil, schedule: .halfDay, now: Self.at("12:30"))
        #expect(try #require(plan.notice).hasPrefix("the PSE is closed now (12:30 in Manila)"))
    }

    @Test func anotherPaceDateOrStartPlaysAsAsked() {
        let now = Self.at("10:00")
        for (pace, date, from) in [
            (Pace.factor(60), Self.date, nil), (.maximum, Self.date, nil), (.factor(1), "2026-11-24", nil),
            (.factor(1), Self.date, 9 * 3600 + 1800),
        ] as [(Pace, String, Int?)] {
            #expect(
                LivePacing.plan(date: date, pace: pace, from: from, schedule: .regular, now: now)
                    == LivePacing.Plan(liveFrom: nil, notice: nil))
        }
        let window = FeedWindow(date: Self.date, from: 9 * 3600 + 1800, to: nil, liveFrom: nil)
        #expect(window.paceStart == Self.at("09:30"))
    }
}
