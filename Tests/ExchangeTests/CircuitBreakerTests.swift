import Exchange
import MarketData
import Testing

/// The market-wide circuit breaker's levels, halts and rules against the day's schedule (rules.md §3).
@Suite struct CircuitBreakerTests {
    static let close = Price("6398.10")!
    static func second(_ time: String) -> Int { ManilaTime.secondOfDay(parsing: time)! }

    @Test func thresholdsAreThePreviousCloseLessTheDeclineToTheCent() {
        #expect(CircuitBreakerLevel.one.threshold(previousClose: Self.close) == Price("5758.29")!)
        #expect(CircuitBreakerLevel.two.threshold(previousClose: Self.close) == Price("5438.38")!)
        #expect(CircuitBreakerLevel.three.threshold(previousClose: Self.close) == Price("5118.48")!)
        #expect(CircuitBreakerLevel.allCases.map(\.haltSeconds) == [900, 1800, 3600])
    }

    @Test(arguments: [
        ("5758.30", nil), ("5758.29", CircuitBreakerLevel.one), ("5438.39", .one), ("5438.38", .two), ("5118.48", .three),
        ("100.00", .three),
    ])
    func levelReached(value: String, level: CircuitBreakerLevel?) {
        #expect(CircuitBreaker.level(reachedBy: Price(value)!, previousClose: Self.close) == level)
    }

    @Test func latestTriggerLeavesFiveMinutesOfTradingBeforeThePreClose() {
        let regular = CircuitBreakerLevel.allCases.map { $0.latestTrigger(schedule: .regular) }
        #expect(regular == ["14:25", "14:10", "13:40"].map(Self.second))
        #expect(CircuitBreakerLevel.one.latestTrigger(schedule: .halfDay) == Self.second("11:35"))
    }

    @Test func eachLevelTripsOnceAndNoneBelowOneTripped() {
        func trip(_ value: String, tripped: CircuitBreakerLevel?, at time: String = "10:30") -> CircuitBreakerLevel? {
            CircuitBreaker.trip(
                value: Price(value)!, previousClose: Self.close, tripped: tripped, atSecondOfDay: Self.second(time), schedule: .regular)
        }
        #expect(trip("5758.29", tripped: nil) == .one)
        #expect(trip("5758.29", tripped: .one) == nil)
        #expect(trip("5438.38", tripped: .one) == .two)
        #expect(trip("5118.00", tripped: nil) == .three)
        #expect(trip("5758.29", tripped: .three) == nil)
        #expect(trip("5758.30", tripped: nil) == nil)
    }

    @Test func noHaltOutsideContinuousTradingOrTooCloseToThePreClose() {
        func trip(at time: String, _ value: String = "5700.00") -> CircuitBreakerLevel? {
            CircuitBreaker.trip(
                value: Price(value)!, previousClose: Self.close, tripped: nil, atSecondOfDay: Self.second(time), schedule: .regular)
        }
        #expect(trip(at: "14:25") == .one)
        #expect(trip(at: "14:25:01") == nil)
        #expect(trip(at: "14:10", "5400.00") == .two)
        #expect(trip(at: "14:10:01", "5400.00") == nil)
        #expect(trip(at: "12:30") == nil)
        #expect(trip(at: "09:20") == nil)
    }

    @Test func approachingTheNextLevelWithinTwoPoints() {
        func near(_ value: String, tripped: CircuitBreakerLevel? = nil) -> CircuitBreakerLevel? {
            CircuitBreaker.approaching(value: Price(value)!, previousClose: Self.close, tripped: tripped)
        }
        #expect(near("5886.26") == nil)
        #expect(near("5886.25") == .one)
        #expect(near("5600.00", tripped: .one) == nil)
        #expect(near("5566.34", tripped: .one) == .two)
        #expect(near("5000.00", tripped: .three) == nil)
    }

    @Test func haltReasonNamesTheLevel() {
        #expect(CircuitBreakerLevel.one.haltReason == "circuit breaker level 1")
        #expect(CircuitBreakerLevel(haltReason: "Circuit Breaker Level 2") == .two)
        #expect(CircuitBreakerLevel(haltReason: "Trading halt pending disclosure") == nil)
    }
}
