import Dashboard
import MarketData
import Testing

/// What the stock screen reads from the reducer: minute volumes, the running VWAP, halt history, and its keys.
@Suite struct StockScreenStateTests {
    static let date = TestDay.date
    static func at(_ time: String) -> EpochMillis { TestDay.at(time) }

    var state = DashboardState(source: "test")

    mutating func send(_ events: MarketEvent...) { state.receive(events) }

    mutating func press(_ keys: KeyCommand...) {
        for key in keys { Dashboard.reduce(into: &state, action: .key(key)) }
    }

    func trade(_ symbol: Symbol, _ price: String, _ quantity: Int64, _ time: String, seq: Int64) -> MarketEvent {
        .trade(Trade(symbol: symbol, price: Price(price)!, quantity: Quantity(quantity), timestamp: Self.at(time), seq: seq))
    }

    func status(_ symbol: Symbol, _ phase: MarketPhase, _ time: String, reason: String? = nil) -> MarketEvent {
        .status(StatusChange(scope: .security(symbol), phase: phase, timestamp: Self.at(time), reason: reason))
    }

    @Test mutating func volumesAddUpPerMinuteAndTheVWAPRunsMinuteByMinute() {
        send(
            trade("ALI", "22.00", 1_000, "09:30:05", seq: 1),
            trade("ALI", "22.20", 1_000, "09:30:50", seq: 2),
            trade("ALI", "22.40", 2_000, "09:32:10", seq: 3),
            trade("ALI", "23.00", 500, "08:59:00", seq: 4))
        let ali = state.market.stocks["ALI"]!
        #expect(ali.minuteVolumes[0] == 2_000 && ali.minuteVolumes[1] == 0 && ali.minuteVolumes[2] == 2_000)
        #expect(ali.vwapMinutes.values[0] == Price("22.10")! && ali.vwapMinutes.values[1] == nil)
        #expect(ali.vwapMinutes.values[2] == Price("22.25")!)  // (22,000 + 22,200 + 44,800) / 4,000
        // Outside the session a trade counts in the day's figures, not in a minute.
        #expect(ali.volume == 4_500 && ali.minuteVolumes.shares.reduce(0, +) == 4_000)
        #expect(state.market.stocks["BDO"]!.minuteVolumes.shares.isEmpty)
    }

    @Test mutating func haltsAreRememberedWithTheirEndAndSanitisedReason() {
        send(
            status("MONDE", .halted, "10:31:02", reason: "pending"),
            status("MONDE", .halted, "10:32:00", reason: "pending\u{1B}[2J disclosure"),
            status("MONDE", .open, "10:46:10"),
            status("MONDE", .suspended, "14:00:00"))
        let periods = state.market.stocks["MONDE"]!.halts.periods
        #expect(periods.count == 2)
        #expect(
            periods[0] == Halt(phase: .halted, since: Self.at("10:31:02"), reason: "pending?[2J disclosure", until: Self.at("10:46:10")))
        #expect(periods[1].until == nil && state.market.stocks["MONDE"]!.halt == periods[1])
    }

    @Test mutating func aHaltBecomingASuspensionEndsOneAndBeginsTheOther() {
        send(status("MONDE", .halted, "10:00:00"), status("MONDE", .suspended, "10:05:00"))
        let periods = state.market.stocks["MONDE"]!.halts.periods
        #expect(periods.map(\.phase) == [.halted, .suspended])
        #expect(periods[0].until == Self.at("10:05:00") && periods[1].until == nil)
    }

    @Test mutating func theHaltHistoryKeepsTheLatestSixteen() {
        for minute in 0..<20 {
            send(status("MONDE", .halted, "10:\(10 + minute):00"), status("MONDE", .open, "10:\(10 + minute):30"))
        }
        let periods = state.market.stocks["MONDE"]!.halts.periods
        #expect(periods.count == HaltHistory.capacity && periods.first?.since == Self.at("10:14:00"))
        #expect(state.market.stocks["MONDE"]!.halt == nil)
    }

    @Test mutating func enterOpensTheSelectedRowsStockAndEscReturns() {
        press(.down, .down, .openStock)
        #expect(state.ui.stockScreen == state.rows[2].symbol)
        press(.toggleHelp, .dismiss)
        #expect(!state.ui.helpShown && state.ui.stockScreen != nil)
        press(.dismiss)
        #expect(state.ui.stockScreen == nil && state.ui.selected == 2)
    }

    @Test mutating func upAndDownWalkTheRowsOfTheViewAndStopAtItsEnds() {
        press(.openStock, .down)
        #expect(state.ui.stockScreen == state.rows[1].symbol && state.ui.selected == 1)
        press(.up, .up)
        #expect(state.ui.stockScreen == state.rows[0].symbol && state.ui.selected == 0)
        for _ in 0..<40 { press(.down) }
        #expect(state.ui.stockScreen == state.rows.last?.symbol && state.ui.selected == state.rows.count - 1)
    }

    @Test mutating func walkingFollowsTheSortedRows() {
        send(trade("SM", "705", 100, "09:30:00", seq: 1), trade("ALI", "22.05", 100, "09:30:00", seq: 1))
        press(.nextSortKey, .nextSortKey, .nextSortKey)  // by value, highest first: SM, ALI, then the rest
        press(.openStock, .down)
        #expect(state.ui.stockScreen == "ALI")
        press(.up)
        #expect(state.ui.stockScreen == "SM" && state.ui.selected == 0)
    }

    @Test mutating func pagesScrollTheTapeWithinItsTrades() {
        for seq in 1...25 { send(trade("AC", "455", 10, "09:31:00", seq: Int64(seq))) }
        Dashboard.reduce(into: &state, action: .tapeRows(10))
        press(.openStock)
        #expect(state.ui.stockScreen == "AC" && state.ui.tapeScroll == 0)
        press(.pageDown)
        #expect(state.ui.tapeScroll == 10 && state.ui.selected == 0)
        press(.pageDown, .pageDown)
        #expect(state.ui.tapeScroll == 15)  // the oldest ten fill the last page
        press(.pageUp)
        #expect(state.ui.tapeScroll == 5)
        press(.end)
        #expect(state.ui.tapeScroll == 15)
        press(.home)
        #expect(state.ui.tapeScroll == 0)
        press(.end, .down)
        #expect(state.ui.stockScreen == "ACEN" && state.ui.tapeScroll == 0)
        press(.pageDown)
        #expect(state.ui.tapeScroll == 0)  // ACEN has no trades
    }
}
