import Dashboard
import MarketData
import Testing

/// Steps the reducer with actions and checks each derived figure.
@Suite struct DashboardReducerTests {
    static let date = TestDay.date
    static func at(_ time: String) -> EpochMillis { TestDay.at(time) }

    var state = DashboardState(source: "test")

    mutating func send(_ events: MarketEvent..., now: EpochMillis = 0) {
        Dashboard.reduce(into: &state, action: .records(events.map { .success($0) }, receivedAt: now))
    }

    func trade(_ symbol: Symbol, _ price: String, _ quantity: Int64, _ time: String, seq: Int64) -> MarketEvent {
        .trade(Trade(symbol: symbol, price: Price(price)!, quantity: Quantity(quantity), timestamp: Self.at(time), seq: seq))
    }

    func reference(_ symbol: Symbol, _ previousClose: String) -> MarketEvent {
        .reference(ReferenceData(subject: .security(symbol), previousClose: Price(previousClose)!, date: Self.date))
    }

    func market(_ phase: MarketPhase, _ time: String) -> MarketEvent {
        .status(StatusChange(scope: .market, phase: phase, timestamp: Self.at(time)))
    }

    @Test mutating func tradesReadBeforeTheirReferenceDataAreWarningsOnlyUntilItArrives() {
        send(trade("MWIDE", "3.50", 1_000, "09:30:00", seq: 1), trade("MWIDE", "3.51", 1_000, "09:30:01", seq: 2))
        send(trade("NOREF", "1.00", 1_000, "09:30:02", seq: 1))
        #expect(state.feed.counters.warnings[.unknownSymbol] == 3)
        send(reference("MWIDE", "3.40"))
        #expect(state.feed.counters.warnings[.unknownSymbol] == 1 && state.feed.counters.lastWarning == .unknownSymbol)
        send(reference("NOREF", "1.00"))
        #expect(state.feed.counters.warningsTotal == 0 && state.feed.counters.lastWarning == nil)
        send(trade("NOREF", "1.01", 1_000, "09:30:03", seq: 2))
        #expect(state.feed.counters.warningsTotal == 0)
    }

    /// Odd lots and block sales trade apart from the main board's book: they count in the turnover (split by
    /// board) and in time & sales, but set neither LAST, OPEN, HIGH, LOW, the VWAP nor the sparkline.
    @Test mutating func oddLotsAndBlockSalesCountInTurnoverButDoNotMoveThePrice() {
        func traded(_ price: String, _ quantity: Int64, _ time: String, seq: Int64, board: Trade.Board?) -> MarketEvent {
            .trade(
                Trade(
                    symbol: "EMI", price: Price(price)!, quantity: Quantity(quantity), timestamp: Self.at(time), seq: seq,
                    board: board))
        }
        send(
            reference("EMI", "30.00"),
            traded("30.50", 1_000, "09:30:00", seq: 1, board: .main),
            traded("31.10", 174_000_000, "09:31:00", seq: 2, board: .block),
            traded("29.00", 37, "09:32:00", seq: 3, board: .oddlot),
            traded("30.40", 1_000, "09:33:00", seq: 4, board: nil))
        let emi = state.market.stocks["EMI"]!
        #expect(emi.last == Price("30.40")! && emi.open == Price("30.50")!)
        #expect(emi.high == Price("30.50")! && emi.low == Price("30.40")!)
        #expect(emi.vwap == Price("30.45")!, "the main board's 2,000 shares only")
        #expect(emi.tradeCount == 4 && emi.volume == 174_002_037 && emi.tape.count == 4)
        #expect(emi.blockValueUnits == 174_000_000 * 311_000 && emi.oddLotValueUnits == 37 * 290_000)
        #expect(emi.valueUnits == emi.blockValueUnits + emi.oddLotValueUnits + 1_000 * 305_000 + 1_000 * 304_000)
        #expect(emi.minutes.filled.compactMap { $0 }.allSatisfy { $0 == Price("30.50")! || $0 == Price("30.40")! })
    }

    @Test mutating func changePercentOpenHighLowVolumeValueAndVWAP() {
        send(
            reference("ALI", "22.05"),
            trade("ALI", "22.10", 1_000, "09:30:00", seq: 1),
            trade("ALI", "22.30", 3_000, "09:31:10", seq: 2),
            trade("ALI", "21.90", 1_000, "09:32:00", seq: 3))
        let ali = state.market.stocks["ALI"]!
        #expect(ali.last == Price("21.90")! && ali.open == Price("22.10")!)
        #expect(ali.high == Price("22.30")! && ali.low == Price("21.90")!)
        #expect(ali.change == Price("-0.15")!)
        #expect(abs(ali.changePercent! - (-0.15 / 22.05 * 100)) < 1e-9)
        #expect(ali.volume == 5_000 && ali.tradeCount == 3)
        #expect(ali.valueUnits == Price("110900")!.units)  // 22,100 + 66,900 + 21,900
        #expect(ali.vwap == Price("22.18")!)
        #expect(ali.minutes.filled.compactMap { $0 } == [Price("22.10")!, Price("22.30")!, Price("21.90")!])
        #expect(ali.tape.trades.map(\.price) == [Price("22.10")!, Price("22.30")!, Price("21.90")!])
        #expect(state.market.dataClock.time == Self.at("09:32:00"))
    }

    @Test mutating func duplicatesAreDroppedAndGapsCounted() {
        send(
            trade("BDO", "134.60", 10, "09:30:00", seq: 5),
            trade("BDO", "134.70", 10, "09:30:01", seq: 5),
            trade("BDO", "134.80", 10, "09:30:02", seq: 4),
            trade("BDO", "134.90", 10, "09:30:03", seq: 9))
        #expect(state.feed.counters.duplicates == 2)
        #expect(state.feed.counters.gaps == 1)
        #expect(state.market.stocks["BDO"]!.volume == 20)
        #expect(state.feed.counters.applied == 2 && state.feed.counters.received == 4)
    }

    @Test mutating func breadthAndMovers() {
        send(
            reference("ALI", "22.05"), reference("BDO", "134.60"), reference("SM", "705"), reference("ICT", "623"),
            trade("ALI", "22.50", 100, "09:30:00", seq: 1),
            trade("BDO", "130.00", 10, "09:30:00", seq: 1),
            trade("SM", "705", 10, "09:30:00", seq: 1),
            trade("ICT", "650", 1_000, "09:30:00", seq: 1))
        #expect(state.market.breadth == (advances: 2, declines: 1, unchanged: 1))
        #expect(state.stocks(in: .psei).movers(gainers: true, count: 5).map(\.symbol) == ["ICT", "ALI"])
        #expect(state.stocks(in: .psei).movers(gainers: false, count: 5).map(\.symbol) == ["BDO"])
        #expect(state.stocks(in: .psei).mostActive(count: 2).map(\.symbol) == ["ICT", "SM"])
        #expect(state.market.totalValueUnits == Price("660600")!.units)  // 2,250 + 1,300 + 7,050 + 650,000
    }

    @Test mutating func staleOnlyWhileTheMarketIsOpenAndAfterTheThreshold() {
        send(market(.open, "09:30:00"), trade("DMC", "9.50", 100, "09:31:00", seq: 1))
        #expect(!state.isStale(state.market.stocks["DMC"]!))
        send(trade("ALI", "22.05", 100, "09:36:01", seq: 1))
        #expect(state.isStale(state.market.stocks["DMC"]!))
        #expect(!state.isStale(state.market.stocks["ALI"]!))
        // A constituent that never traded is stale five minutes after the open.
        #expect(state.isStale(state.market.stocks["SCC"]!))
        send(market(.recess, "12:00:00"))
        #expect(!state.isStale(state.market.stocks["DMC"]!))
        // After the recess, silence counts from the reopening, not from the morning's last trade.
        send(market(.open, "13:00:00"), trade("ALI", "22.05", 100, "13:04:00", seq: 2))
        #expect(!state.isStale(state.market.stocks["DMC"]!))
        send(trade("ALI", "22.05", 100, "13:05:01", seq: 3))
        #expect(state.isStale(state.market.stocks["DMC"]!))
        #expect(state.rowFlag(state.market.stocks["DMC"]!) == .stale(age: 5 * 60_000 + 1_000))
    }

    @Test mutating func everyPriceIsStaleWhileTheFeedIsDownAndRetriesDoNotHideADisconnection() {
        send(market(.recess, "12:00:00"), trade("DMC", "9.50", 100, "11:59:00", seq: 1))
        #expect(!state.isStale(state.market.stocks["DMC"]!))
        Dashboard.reduce(into: &state, action: .connection(.disconnected("all brokers down")))
        Dashboard.reduce(into: &state, action: .connection(.reconnecting("127.0.0.1:1: connection refused")))
        #expect(state.feed.connection == .disconnected("all brokers down"))
        #expect(state.isStale(state.market.stocks["DMC"]!))
        #expect(!state.isStale(state.market.stocks["SCC"]!), "a stock with no data has no price to mark")
        Dashboard.reduce(into: &state, action: .connection(.live))
        #expect(!state.isStale(state.market.stocks["DMC"]!))
    }

    @Test func lagTotalsThePartitionsAndNamesTheFurthestBehind() {
        let lag = ConsumerLag(partitions: ["pse.trades[0]": 10, "pse.trades[1]": 250, "pse.quotes[3]": 250, "pse.index[0]": 0])
        #expect(lag.total == 510)
        #expect(lag.worst?.partition == "pse.quotes[3]" && lag.worst?.lag == 250)
        #expect(ConsumerLag(partitions: ["pse.trades[0]": 0]).worst == nil)
    }

    @Test mutating func haltsAreKeptUntilTradingResumes() {
        send(.status(StatusChange(scope: .security("MONDE"), phase: .halted, timestamp: Self.at("10:31:00"), reason: "disclosure")))
        #expect(state.market.stocks["MONDE"]!.halt == Halt(phase: .halted, since: Self.at("10:31:00"), reason: "disclosure"))
        #expect(!state.isStale(state.market.stocks["MONDE"]!))
        send(.status(StatusChange(scope: .security("MONDE"), phase: .open, timestamp: Self.at("10:36:00"))))
        #expect(state.market.stocks["MONDE"]!.halt == nil)
    }

    @Test mutating func indexLevelsSeriesAndChange() {
        send(
            .reference(ReferenceData(subject: .index(.psei), previousClose: Price("6398.10")!, date: Self.date)),
            .index(IndexLevel(code: .psei, value: Price("6400")!, timestamp: Self.at("09:30:05"))),
            .index(IndexLevel(code: .psei, value: Price("6431.02")!, timestamp: Self.at("09:30:40"))),
            .index(IndexLevel(code: .psei, value: Price("6412.57")!, timestamp: Self.at("10:00:00"))))
        let psei = state.market.psei
        #expect(psei.change == Price("14.47")!)
        #expect(psei.open == Price("6400")! && psei.high == Price("6431.02")! && psei.low == Price("6400")!)
        #expect(psei.series.filled.count == 121)  // 09:00 … 10:00 in 30-second slots
        #expect(psei.series.values[120] == Price("6412.57")!)
        #expect(psei.series.filled[62] == Price("6431.02")!)  // 09:30:40 (slot 61) carried forward
    }

    @Test mutating func rejectionsAreCountedByReasonAndRatesByWallClock() {
        let error = DecodeError(reason: .notJSON, topic: "pse.trades", partition: 0, offset: 7)
        Dashboard.reduce(into: &state, action: .records([.failure(error), .failure(error)], receivedAt: 10_000))
        Dashboard.reduce(into: &state, action: .records(Array(repeating: .failure(error), count: 8), receivedAt: 11_500))
        #expect(state.feed.counters.rejected[.notJSON] == 10 && state.feed.counters.lastRejection == error)
        #expect(state.feed.counters.recordsPerSecond(now: 12_000) == 5)
    }

    @Test mutating func theTapeKeepsTheDaysLatestTwoThousandTradesOldestFirst() {
        let trades = TradeTape.dayCapacity + 100
        for seq in 1...trades { send(trade("ICT", "623.00", Int64(seq), "10:00:00", seq: Int64(seq))) }
        let tape = state.market.stocks["ICT"]!.tape
        #expect(tape.count == TradeTape.dayCapacity)
        #expect(tape.trades.map(\.quantity.shares) == Array(101...Int64(trades)))
        #expect(tape[newest: 0]?.quantity.shares == Int64(trades) && tape[newest: 1]?.quantity.shares == Int64(trades - 1))
        #expect(tape[newest: TradeTape.dayCapacity - 1]?.quantity.shares == 101 && tape[newest: TradeTape.dayCapacity] == nil)
    }

    @Test mutating func unknownSymbolsGetARowAfterTheConstituents() {
        send(trade("XYZ", "1.00", 1_000, "09:30:00", seq: 1))
        #expect(state.market.symbols.count == 31 && state.market.symbols.last == "XYZ")
    }

    @Test mutating func tradesAtTheCodecsBoundsSumWithoutOverflow() {
        send(trade("ALI", "1.01", 1_000_000_000_000, "09:30:00", seq: 1))
        for seq in 1...3 {
            send(
                .trade(
                    Trade(
                        symbol: "HUGEQ", price: WireBounds.maximumPrice, quantity: WireBounds.maximumQuantity,
                        timestamp: Self.at("09:30:00"), seq: Int64(seq))))
        }
        let maximalValue = Int128(WireBounds.maximumPrice.units) * Int128(WireBounds.maximumQuantity.shares)
        #expect(state.market.stocks["ALI"]!.valueUnits == 1_010_000_000_000 * Int128(Price.scale))
        #expect(state.market.stocks["HUGEQ"]!.valueUnits == 3 * maximalValue)
        #expect(state.market.stocks["HUGEQ"]!.volume == 3 * Int128(WireBounds.maximumQuantity.shares))
        #expect(state.market.stocks["HUGEQ"]!.vwap == WireBounds.maximumPrice)
        #expect(state.market.totalValueUnits == 3 * maximalValue + 1_010_000_000_000 * Int128(Price.scale))
    }

    @Test mutating func sequenceNumbersUpToInt64MaxAreCheckedWithoutOverflow() {
        send(
            trade("ALI", "22.05", 100, "09:30:00", seq: .max - 2),
            trade("ALI", "22.05", 100, "09:30:01", seq: .max - 1),
            trade("ALI", "22.05", 100, "09:30:02", seq: .max),
            trade("ALI", "22.05", 100, "09:30:03", seq: .max))
        #expect(state.feed.counters.gaps == 0 && state.feed.counters.duplicates == 1)
        #expect(state.market.stocks["ALI"]!.lastTradeSeq == .max)
    }

    @Test mutating func aStatusForASymbolWithNoRowIsAWarningNotAStock() {
        send(.status(StatusChange(scope: .security("GHOST"), phase: .halted, timestamp: Self.at("10:31:00"), reason: "none")))
        #expect(state.market.stocks["GHOST"] == nil && state.market.symbols.count == 30)
        #expect(state.feed.counters.warnings[.statusForUnknownSymbol] == 1 && state.feed.counters.lastWarning == .statusForUnknownSymbol)
        #expect(state.feed.counters.applied == 1)
        // Once the symbol has a row (its reference data), its halts apply as for any stock.
        send(
            reference("GHOST", "1.00"),
            .status(StatusChange(scope: .security("GHOST"), phase: .halted, timestamp: Self.at("10:32:00"), reason: "none")))
        #expect(state.market.stocks["GHOST"]!.halt?.since == Self.at("10:32:00"))
        #expect(state.feed.counters.warnings[.statusForUnknownSymbol] == 1)
    }

    @Test mutating func keysMoveTheSelectionSortAndToggle() {
        Dashboard.reduce(into: &state, action: .tableRows(10))
        for _ in 0..<12 { Dashboard.reduce(into: &state, action: .key(.down)) }
        #expect(state.ui.selected == 12 && state.ui.scroll == 3)
        Dashboard.reduce(into: &state, action: .key(.pageDown))
        Dashboard.reduce(into: &state, action: .key(.pageDown))
        #expect(state.ui.selected == 29 && state.ui.scroll == 20)
        Dashboard.reduce(into: &state, action: .key(.home))
        #expect(state.ui.selected == 0 && state.ui.scroll == 0)
        Dashboard.reduce(into: &state, action: .key(.up))
        #expect(state.ui.selected == 0)

        send(
            reference("ALI", "22.05"), reference("BDO", "134.60"),
            trade("ALI", "22.50", 100, "09:30:00", seq: 1), trade("BDO", "130.00", 10, "09:30:00", seq: 1))
        Dashboard.reduce(into: &state, action: .key(.nextSortKey))
        #expect(state.ui.sort == .symbol && state.rows.first?.symbol == "AC")
        Dashboard.reduce(into: &state, action: .key(.nextSortKey))
        #expect(state.ui.sort == .changePercent && state.rows.first?.symbol == "ALI")
        Dashboard.reduce(into: &state, action: .key(.toggleSortDirection))
        #expect(state.rows.prefix(2).map(\.symbol) == ["BDO", "ALI"])  // stocks without the figure stay last
        for key in [KeyCommand.toggleHelp, .togglePause, .quit] { Dashboard.reduce(into: &state, action: .key(key)) }
        #expect(state.ui.helpShown && state.ui.paused && state.ui.quitRequested)
    }

    @Test mutating func theSortDirectionIsNamedAsTheRowsRun() {
        Dashboard.reduce(into: &state, action: .key(.nextSortKey))
        #expect(state.ui.sort == .symbol && !state.ui.descending)
        #expect(state.rows.map(\.symbol) == state.rows.map(\.symbol).sorted())
        #expect(state.ui.sort.directionText(descending: state.ui.descending) == "A to Z")
        Dashboard.reduce(into: &state, action: .key(.toggleSortDirection))
        #expect(state.rows.first?.symbol == "URC" && state.ui.sort.directionText(descending: state.ui.descending) == "Z to A")
        Dashboard.reduce(into: &state, action: .key(.nextSortKey))
        #expect(state.ui.sort == .changePercent && state.ui.descending)
        #expect(state.ui.sort.directionText(descending: true) == "highest first")
    }

    @Test mutating func pausingFreezesTheMarketShownWhileTheFeedKeepsCounting() {
        send(reference("ALI", "22.05"), trade("ALI", "22.10", 1_000, "09:30:00", seq: 1))
        Dashboard.reduce(into: &state, action: .key(.togglePause))
        send(trade("ALI", "22.50", 1_000, "09:31:00", seq: 2), trade("BDO", "130.00", 10, "09:31:00", seq: 1))
        #expect(state.shown.stocks["ALI"]!.last == Price("22.10")! && state.shown.stocks["BDO"]!.last == nil)
        #expect(state.rows.first { $0.symbol == "ALI" }?.last == Price("22.10")!)
        #expect(state.market.stocks["ALI"]!.last == Price("22.50")! && state.feed.counters.applied == 4)
        Dashboard.reduce(into: &state, action: .key(.togglePause))
        #expect(!state.ui.paused && state.shown == state.market && state.shown.stocks["BDO"]!.last == Price("130.00")!)
    }

    @Test mutating func aResumptionReportedLateDoesNotMoveALaterUpdateBack() {
        send(trade("JGS", "30.00", 100, "10:30:00", seq: 1))
        send(.status(StatusChange(scope: .security("JGS"), phase: .open, timestamp: Self.at("10:16:15"))))
        #expect(state.market.stocks["JGS"]!.lastUpdate == Self.at("10:30:00"))
    }

    @Test mutating func escapeClosesTheHelpThenTimeAndSales() {
        for key in [KeyCommand.toggleDetail, .toggleHelp, .dismiss] { Dashboard.reduce(into: &state, action: .key(key)) }
        #expect(!state.ui.helpShown && state.ui.detailShown)
        Dashboard.reduce(into: &state, action: .key(.dismiss))
        #expect(!state.ui.helpShown && !state.ui.detailShown)
    }

    @Test mutating func recordsNotReceivedLiveDoNotCountAsARate() {
        let records: [Result<MarketEvent, DecodeError>] = [.success(trade("ALI", "22.50", 100, "09:30:00", seq: 1))]
        Dashboard.reduce(into: &state, action: .records(records, receivedAt: 0))
        #expect(state.feed.counters.recordsPerSecond(now: 10_000) == 0 && state.feed.counters.received == 1)
        Dashboard.reduce(into: &state, action: .records(records, receivedAt: 5_000))
        #expect(state.feed.counters.recordsPerSecond(now: 6_000) == 1)
    }
}
