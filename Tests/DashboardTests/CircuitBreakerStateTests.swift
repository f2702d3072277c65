import Dashboard
import Exchange
import MarketData
import Testing

/// The market-wide halt and the circuit breaker's levels as the reducer keeps them: the halt's start and level from
/// the status, the level tripped for the rest of the day, the next level while the PSEi nears it.
@Suite struct CircuitBreakerStateTests {
    static func at(_ time: String) -> EpochMillis { DashboardReducerTests.at(time) }

    var state = DashboardState(source: "test")

    init() {
        send(.reference(ReferenceData(subject: .index(.psei), previousClose: Price("6398.10")!, date: DashboardReducerTests.date)))
        send(market(.open, "09:30:00"))
    }

    mutating func send(_ events: MarketEvent...) {
        Dashboard.reduce(into: &state, action: .records(events.map { .success($0) }, receivedAt: 0))
    }

    func market(_ phase: MarketPhase, _ time: String, reason: String? = nil) -> MarketEvent {
        .status(StatusChange(scope: .market, phase: phase, timestamp: Self.at(time), reason: reason))
    }

    func psei(_ value: String, _ time: String) -> MarketEvent {
        .index(IndexLevel(code: .psei, value: Price(value)!, timestamp: Self.at(time)))
    }

    @Test mutating func theNextLevelShowsWithinTwoPointsOfItWhileOpen() {
        send(psei("5886.26", "10:20:00"))
        #expect(state.market.circuitBreakerApproaching == nil)
        send(psei("5886.25", "10:20:10"))
        #expect(state.market.circuitBreakerApproaching == .one)
        send(market(.recess, "12:00:00"))
        #expect(state.market.circuitBreakerApproaching == nil)
    }

    @Test mutating func aLevelOneHaltKeepsItsStartAndEndsWithTheResumption() {
        send(psei("5758.29", "10:30:00"), market(.halted, "10:30:01", reason: "circuit breaker level 1"))
        #expect(state.market.halt == MarketHalt(since: Self.at("10:30:01"), level: .one))
        #expect(state.market.halt?.resumes == Self.at("10:45:01"))
        #expect(state.market.circuitBreakerTripped == .one && state.market.circuitBreakerApproaching == nil)
        send(market(.halted, "10:31:00", reason: "circuit breaker level 1"))
        #expect(state.market.halt?.since == Self.at("10:30:01"))
        send(market(.open, "10:45:01"))
        #expect(state.market.halt == nil && state.market.circuitBreakerTripped == .one)
        send(psei("5700.00", "10:45:10"))
        #expect(state.market.circuitBreakerApproaching == nil)
        send(psei("5566.34", "10:50:00"))
        #expect(state.market.circuitBreakerApproaching == .two)
    }

    @Test mutating func aHaltForAnotherReasonHasNoLevelAndTripsNothing() {
        send(market(.halted, "11:00:00", reason: "system problem"))
        #expect(state.market.halt == MarketHalt(since: Self.at("11:00:00"), level: nil))
        #expect(state.market.halt?.resumes == nil && state.market.circuitBreakerTripped == nil)
    }
}
