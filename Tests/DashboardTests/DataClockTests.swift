import Dashboard
import MarketData
import Rendering
import Simulator
import Testing

/// The data clock follows the feed, whatever the wall clock says: a simulated or replayed day ahead of or behind
/// this machine runs with a moving clock and no warnings; one record far ahead of the rest is flagged and does not
/// move the clock; a feed that moves on as a whole (the next day) takes the clock with it.
@Suite struct DataClockTests {
    /// The simulated day up to 10:30.
    static let morning = Array(MarketSimulator(.init(seed: 5, date: "2026-11-25"))!.prefix { $0.timestamp < 1_795_573_800_000 })

    /// The morning delivered in 100 batches, each received at the day's own time shifted by `offset` of wall time.
    static func replayed(wallOffset offset: EpochMillis) -> DashboardState {
        var state = DashboardState(source: "test")
        let size = morning.count / 100 + 1
        for first in stride(from: 0, to: morning.count, by: size) {
            let batch = morning[first..<min(first + size, morning.count)]
            Dashboard.reduce(into: &state, action: .records(batch.map { .success($0.event) }, receivedAt: batch.last!.timestamp + offset))
        }
        return state
    }

    @Test(arguments: [-3 * 86_400_000, -10 * 3_600_000, 0, 9 * 3_600_000, 40 * 86_400_000] as [EpochMillis])
    func aCleanDayAtAnyWallTimeHasARunningClockAndNoWarnings(wallOffset: EpochMillis) {
        let state = Self.replayed(wallOffset: wallOffset)
        #expect(state.feed.counters.warnings.isEmpty, "\(state.feed.counters.warnings)")
        #expect(state.market.dataClock.time == Self.morning.last!.timestamp)
    }

    @Test func oneRecordFarAheadOfTheFeedIsFlaggedAndDoesNotMoveTheClock() {
        var state = DashboardState(source: "test")
        let (before, after) = (Self.morning.prefix(5_000), Self.morning.dropFirst(5_000))
        Dashboard.reduce(into: &state, action: .records(before.map { .success($0.event) }, receivedAt: 0))
        let clock = state.market.dataClock.time!
        let stray = Trade(symbol: "ALI", price: Price("22.05")!, quantity: 100, timestamp: clock + 5 * 3_600_000, seq: 1_000_000)
        Dashboard.reduce(into: &state, action: .records([.success(.trade(stray))], receivedAt: 0))
        #expect(state.market.dataClock.time == clock)
        #expect(state.feed.counters.warnings[.outlierTimestamp] == 1 && state.feed.counters.lastWarning == .outlierTimestamp)
        Dashboard.reduce(into: &state, action: .records(after.map { .success($0.event) }, receivedAt: 0))
        #expect(state.market.dataClock.time == Self.morning.last!.timestamp)
        #expect(state.feed.counters.warnings[.outlierTimestamp] == 1)
    }

    @Test func aFeedThatMovesOnAsAWholeTakesTheClockWithItAndWithdrawsTheFlag() {
        var state = DashboardState(source: "test")
        Dashboard.reduce(into: &state, action: .records(Self.morning.map { .success($0.event) }, receivedAt: 0))
        let nextDay = MarketSimulator(.init(seed: 5, date: "2026-11-26"))!.prefix(2_000).filter { $0.event.timestamp != nil }
        Dashboard.reduce(into: &state, action: .records(nextDay.prefix(1).map { .success($0.event) }, receivedAt: 0))
        #expect(state.feed.counters.warnings[.outlierTimestamp] == 1)
        Dashboard.reduce(into: &state, action: .records(nextDay.dropFirst().map { .success($0.event) }, receivedAt: 0))
        #expect(state.feed.counters.warnings[.outlierTimestamp] == nil && state.feed.counters.lastWarning != .outlierTimestamp)
        #expect(state.market.dataClock.time == nextDay.last!.timestamp)
    }

    @Test func aRealTimeFeedAheadOfThisMachineIsOneNoticeNotAWarningPerRecord() {
        var state = Self.replayed(wallOffset: -(2 * 3_600_000 + 14 * 60_000))
        state.feed.connection = .live
        let now = Self.morning.last!.timestamp - (2 * 3_600_000 + 14 * 60_000)
        let render = { (state: DashboardState) in
            FrameExport.text(Renderer.render(state, width: 160, height: 40, context: RenderContext(now: now)))
        }
        #expect(!render(state).contains("ahead of this machine"), "a simulated day may run at any time")
        state.feed.isRealTime = true
        #expect(render(state).contains("feed clock 2h14m ahead of this machine"))
        #expect(state.feed.counters.warnings.isEmpty)
    }
}
