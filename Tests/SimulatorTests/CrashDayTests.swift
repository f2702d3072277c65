import Exchange
import MarketData
import Simulator
import Testing

/// A `crash` day: the PSEi falls through the circuit breaker's first level in the morning, the market halts for the
/// level's 15 minutes and then trades again.
@Suite struct CrashDayTests {
    static let date = "2026-11-25"
    static let noon = ManilaTime.epochMillis(date: date, secondOfDay: 12 * 3600)!
    static let morning: [SimulatedEvent] = Array(
        MarketSimulator(.init(seed: 42, date: date, crash: true))!.prefix { $0.timestamp < noon })

    static func marketStatuses(_ events: [SimulatedEvent]) -> [StatusChange] {
        events.compactMap { if case .status(let status) = $0.event, status.scope == .market { status } else { nil } }
    }

    @Test func levelOneHaltsTheMarketInTheMorningForFifteenMinutes() throws {
        let statuses = Self.marketStatuses(Self.morning)
        #expect(statuses.map(\.phase) == [.preopen, .open, .halted, .open])
        let halt = statuses[2]
        #expect(halt.reason == CircuitBreakerLevel.one.haltReason)
        let second = ManilaTime(epochMillis: halt.timestamp).secondOfDay
        #expect((10 * 3600..<11 * 3600).contains(second))
        #expect(statuses[3].timestamp - halt.timestamp == 900_000)
    }

    @Test func theHaltFollowsThePSEisFirstLevelAtOrBelowTheThreshold() throws {
        let halt = try #require(Self.marketStatuses(Self.morning).first { $0.phase == .halted })
        let levels = Self.morning.compactMap { if case .index(let level) = $0.event, level.code == .psei { level } else { nil } }
        let before = levels.filter { $0.timestamp < halt.timestamp }
        let threshold = CircuitBreakerLevel.one.threshold(previousClose: IndexDefinition.psei.previousClose)
        #expect(before.last!.value <= threshold)
        #expect(before.dropLast().allSatisfy { $0.value > threshold })
        #expect(halt.timestamp - before.last!.timestamp == 1)
    }

    @Test func nothingTradesDuringTheHaltAndTradingResumesAfterIt() throws {
        let statuses = Self.marketStatuses(Self.morning)
        let (halt, resumption) = (statuses[2].timestamp, statuses[3].timestamp)
        let trades = Self.morning.filter { if case .trade = $0.event { true } else { false } }.map(\.timestamp)
        #expect(!trades.contains { (halt..<resumption).contains($0) })
        #expect(trades.contains { $0 > resumption })
    }

    @Test func theIndicesKeepTheirLevelEveryTenSecondsDuringTheHalt() {
        let statuses = Self.marketStatuses(Self.morning)
        let (halt, resumption) = (statuses[2].timestamp, statuses[3].timestamp)
        let during = Self.morning.compactMap { simulated -> IndexLevel? in
            guard case .index(let level) = simulated.event, level.code == .psei, (halt..<resumption).contains(level.timestamp)
            else { return nil }
            return level
        }
        // One with the halt itself, then one every 10 seconds of its 15 minutes.
        #expect(during.count == 1 + 90)
        #expect(Set(during.map(\.value)).count == 1)
    }

    @Test func theOrdinaryDayHasNoMarketHalt() {
        let day = Array(MarketSimulator(.init(seed: 42, date: Self.date))!.prefix { $0.timestamp < Self.noon })
        #expect(!Self.marketStatuses(day).contains { $0.phase == .halted })
    }
}
