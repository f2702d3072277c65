import Dashboard
import MarketData
import Rendering
import Testing

/// The header during the circuit breaker's halt (`HALTED · circuit breaker L1 · resumes in 12:04`) and while the
/// PSEi nears the next level (`L1 at 5,758.29`), on hand-built states and on a simulated crash day.
@Suite struct CircuitBreakerHeaderTests {
    static func at(_ time: String) -> EpochMillis { StockTableTests.at(time) }

    /// The PSEi (closed at 6,398.10) open since 09:30, then `events`.
    static func state(_ events: MarketEvent...) -> DashboardState {
        var state = DashboardState(source: "test")
        let opening: [MarketEvent] = [
            .reference(ReferenceData(subject: .index(.psei), previousClose: Price("6398.10")!, date: StockTableTests.date)),
            .status(StatusChange(scope: .market, phase: .open, timestamp: at("09:30:00"))),
        ]
        Dashboard.reduce(into: &state, action: .records((opening + events).map { .success($0) }, receivedAt: 0))
        return state
    }

    static func psei(_ value: String, _ time: String) -> MarketEvent {
        .index(IndexLevel(code: .psei, value: Price(value)!, timestamp: at(time)))
    }

    static func header(_ state: DashboardState) -> (text: String, roles: String) {
        let grid = Renderer.render(state, width: 160, height: 30, context: RenderContext(glyphs: .unicode))
        return (grid.text(row: 0), RoleMap.text(grid, rows: 0..<1))
    }

    /// The roles under the first occurrence of `part` in the header.
    static func roles(of part: String, in header: (text: String, roles: String)) -> Set<Character> {
        guard let range = header.text.range(of: part) else { return [] }
        let start = header.text.distance(from: header.text.startIndex, to: range.lowerBound)
        return Set(Array(header.roles)[start..<start + part.count])
    }

    @Test func theNextLevelShowsBeforeThePhaseWithinTwoPointsOfIt() {
        let far = Self.header(Self.state(Self.psei("5886.26", "10:20:00")))
        #expect(!far.text.contains("L1 at"), "\(far.text)")
        let near = Self.header(Self.state(Self.psei("5886.25", "10:20:10")))
        #expect(near.text.contains("L1 at 5,758.29  OPEN  "), "\(near.text)")
        #expect(Self.roles(of: "L1 at 5,758.29", in: near) == ["w"])
    }

    @Test func aHaltShowsItsLevelAndTheTimeLeftInTheHaltedRole() {
        let halt = StatusChange(scope: .market, phase: .halted, timestamp: Self.at("10:30:01"), reason: "circuit breaker level 1")
        let header = Self.header(Self.state(Self.psei("5758.29", "10:30:00"), .status(halt), Self.psei("5758.29", "10:32:57")))
        #expect(header.text.contains("HALTED · circuit breaker L1 · resumes in 12:04  "), "\(header.text)")
        #expect(Self.roles(of: "HALTED · circuit breaker L1 · resumes in 12:04", in: header) == ["h"])
        #expect(!header.text.contains("L1 at"))
    }

    @Test func aSimulatedCrashDayHaltsAtLevelOneAndResumes() {
        let halted = Self.header(simulatedState(until: "10:40", crash: true)).text
        #expect(halted.hasSuffix("  HALTED · circuit breaker L1 · resumes in 2:30  10:39:50 PHT "), "\(halted)")
        let resumed = Self.header(simulatedState(until: "11:00", crash: true)).text
        #expect(resumed.hasSuffix("  OPEN  10:59:59 PHT ") || resumed.contains("  OPEN  RECESS in 1:00:01  10:59:59 PHT"), "\(resumed)")
        #expect(!resumed.contains("HALTED"))
    }
}
