import MarketData
import Recording
import Testing

/// The replay clock driven by a manual wall clock: no sleeps.
@Suite struct ReplayFeedTests {
    /// Records one second apart from t = 10,000 ms, given out of time order as a session file holds them.
    static let records = [3, 0, 2, 1, 4, 5, 9, 6, 8, 7].map { second in
        FeedRecord(
            topic: "pse.trades", partition: 0, offset: Int64(second), timestamp: 10_000 + Int64(second) * 1000,
            key: nil, value: [UInt8(second)])
    }

    @Test func recordsComeDueAtTheirInstantsTimesTheSpeed() {
        let feed = ReplayFeed(records: Self.records, speed: 2, wallNow: 0)
        #expect(feed.due(wallNow: 0).map(\.offset) == [0])
        #expect(feed.due(wallNow: 999).map(\.offset) == [1])  // 1,998 ms of data time
        #expect(feed.due(wallNow: 1_000).map(\.offset) == [2])
        #expect(feed.due(wallNow: 2_600).map(\.offset) == [3, 4, 5])
        #expect(feed.position(wallNow: 2_600) == 15_200)
        #expect(feed.due(wallNow: 100_000).count == 4 && feed.isFinished)
        #expect(feed.progress(wallNow: 100_000) == 1)
    }

    @Test func pauseStopsTheClockAndSpeedStepsRescaleIt() {
        let feed = ReplayFeed(records: Self.records, speed: 1, wallNow: 0)
        _ = feed.due(wallNow: 2_000)
        feed.togglePause(wallNow: 2_000)
        #expect(feed.due(wallNow: 60_000).isEmpty && feed.position(wallNow: 60_000) == 12_000)
        feed.togglePause(wallNow: 60_000)
        feed.changeSpeed(faster: true, wallNow: 60_000)
        #expect(feed.speed == 2)
        #expect(feed.due(wallNow: 61_000).map(\.offset) == [3, 4])
        feed.changeSpeed(faster: false, wallNow: 61_000)
        feed.changeSpeed(faster: false, wallNow: 61_000)
        #expect(feed.speed == 0.5)
    }

    @Test func seekingForwardAppliesTheGapAndBackwardRebuilds() {
        let feed = ReplayFeed(records: Self.records, speed: 1, wallNow: 0)
        _ = feed.due(wallNow: 1_000)
        #expect(feed.seek(to: 15_000, wallNow: 1_000) == .forward(feed.records[2...5]))
        #expect(feed.due(wallNow: 1_000).isEmpty)
        #expect(feed.seek(to: 12_500, wallNow: 1_000) == .rebuild(feed.records[0...2]))
        #expect(feed.due(wallNow: 1_500).map(\.offset) == [3])
        #expect(feed.seek(to: 0, wallNow: 2_000) == .rebuild(feed.records[0...0]))
        #expect(feed.seek(to: 99_999, wallNow: 2_000) == .forward(feed.records[1...9]))
    }
}
