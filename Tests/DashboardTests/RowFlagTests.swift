import Dashboard
import MarketData
import Testing

/// Which flag a row shows (HALT > CEIL/FLOOR > STALE), the static limits reached, and trades beyond them.
@Suite struct RowFlagTests {
    static let date = TestDay.date
    static func at(_ time: String) -> EpochMillis { TestDay.at(time) }

    var state = DashboardState(source: "test")

    mutating func send(_ events: MarketEvent...) { state.receive(events) }

    func trade(_ symbol: Symbol, _ price: String, _ time: String, seq: Int64) -> MarketEvent {
        .trade(Trade(symbol: symbol, price: Price(price)!, quantity: 1_000, timestamp: Self.at(time), seq: seq))
    }

    func reference(_ symbol: Symbol, _ previousClose: String) -> MarketEvent {
        .reference(ReferenceData(subject: .security(symbol), previousClose: Price(previousClose)!, date: Self.date))
    }

    func flag(_ symbol: Symbol) -> RowFlag? { state.rowFlag(state.market.stocks[symbol]!) }

    /// ALI closed at 22.05 yesterday: its band is 15.44 (tick 0.02) to 33.05 (tick 0.05).
    @Test(arguments: [
        ("33.05", RowFlag.limit(.ceiling)), ("33.00", .limit(.ceiling)), ("32.95", nil),
        ("15.44", .limit(.floor)), ("15.46", .limit(.floor)), ("15.48", nil), ("22.05", nil), ("22.10", nil),
    ])
    mutating func aLastPriceWithinOneTickOfALimitIsFlagged(last: String, expected: RowFlag?) {
        send(.status(StatusChange(scope: .market, phase: .open, timestamp: Self.at("09:30"))), reference("ALI", "22.05"))
        send(trade("ALI", last, "09:31", seq: 1))
        #expect(flag("ALI") == expected)
        #expect(state.market.stocks["ALI"]!.staticLimits == Price("15.44")!...Price("33.05")!)
    }

    @Test mutating func aHaltOutranksALimitAndALimitOutranksSilence() {
        send(.status(StatusChange(scope: .market, phase: .open, timestamp: Self.at("09:30"))), reference("ALI", "22.05"))
        send(trade("ALI", "33.05", "09:31", seq: 1), trade("BDO", "134.60", "09:45", seq: 1))
        #expect(state.isStale(state.market.stocks["ALI"]!))
        #expect(flag("ALI") == .limit(.ceiling))
        let halt = StatusChange(scope: .security("ALI"), phase: .halted, timestamp: Self.at("09:46"), reason: "limit")
        send(.status(halt))
        #expect(flag("ALI") == .halted(Halt(phase: .halted, since: Self.at("09:46"), reason: "limit")))
        #expect(flag("BDO") == nil)
        // SM never traded: stale since the open, 16 minutes before the last record.
        #expect(flag("SM") == .stale(age: 16 * 60_000))
        Dashboard.reduce(into: &state, action: .connection(.disconnected("down")))
        #expect(flag("BDO") == .stale(age: nil))
    }

    @Test mutating func aStockWithoutPreviousCloseOrTradeHasNoLimitFlag() {
        send(trade("SM", "700.00", "09:31", seq: 1))
        #expect(state.market.stocks["SM"]!.staticLimits == nil && state.market.stocks["SM"]!.staticLimitReached == nil)
        send(reference("AC", "600.00"))
        #expect(state.market.stocks["AC"]!.staticLimitReached == nil && state.market.stocks["AC"]!.dynamicLimits == nil)
    }

    @Test mutating func theDynamicBandFollowsTheClusterAndTheLastTrade() {
        send(reference("COL", "38.30"), trade("COL", "38.30", "09:31", seq: 1))
        #expect(state.market.stocks["COL"]!.dynamicLimits == Price("34.50")!...Price("42.10")!)
        send(.reference(ReferenceData(subject: .security("COL"), previousClose: Price("38.30")!, date: Self.date, cluster: .a)))
        #expect(state.market.stocks["COL"]!.dynamicLimits == Price("30.65")!...Price("45.95")!)
    }

    @Test mutating func aTradeBeyondTheStaticBandIsAWarningAndStillApplied() {
        send(reference("ALI", "22.05"), trade("ALI", "33.05", "09:31", seq: 1), trade("ALI", "15.44", "09:32", seq: 2))
        #expect(state.feed.counters.warningsTotal == 0)
        send(trade("ALI", "33.10", "09:33", seq: 3), trade("ALI", "15.42", "09:34", seq: 4))
        #expect(state.feed.counters.warnings[.outsideStaticLimits] == 2)
        #expect(state.feed.counters.lastWarning == .outsideStaticLimits)
        #expect(state.market.stocks["ALI"]!.last == Price("15.42")! && state.market.stocks["ALI"]!.high == Price("33.10")!)
        #expect(flag("ALI") == .limit(.floor))
    }
}
