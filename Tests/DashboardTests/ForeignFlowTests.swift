import Dashboard
import MarketData
import Testing

/// Foreign buying, selling and net foreign per stock, per sector and for the market, against figures worked out by
/// hand: a `BS` trade counts on both sides, a trade without a foreign flag on neither, block sales count.
@Suite struct ForeignFlowTests {
    static let date = "2026-11-25"
    var state = DashboardState(source: "test")

    mutating func send(_ events: MarketEvent...) { state.receive(events) }

    func trade(
        _ symbol: Symbol, _ price: String, _ quantity: Int64, _ time: String, seq: Int64, foreign: Trade.ForeignSide?,
        board: Trade.Board? = nil
    ) -> MarketEvent {
        let timestamp = ManilaTime.epochMillis(date: Self.date, secondOfDay: ManilaTime.secondOfDay(parsing: time)!)!
        return .trade(
            Trade(
                symbol: symbol, price: Price(price)!, quantity: Quantity(quantity), timestamp: timestamp, seq: seq,
                buyer: "XA", seller: "BD", foreign: foreign, board: board))
    }

    /// PHP to 1/10,000 PHP.
    func units(_ pesos: Int128) -> Int128 { pesos * 10_000 }

    mutating func sendTheDay() {
        send(
            trade("TEL", "1300.00", 1_000, "09:30:10", seq: 1, foreign: .buy),  // buy 1,300,000
            trade("TEL", "1310.00", 500, "09:31:00", seq: 2, foreign: .sell),  // sell 655,000
            trade("TEL", "1305.00", 100, "09:31:30", seq: 3, foreign: .both),  // both 130,500
            trade("TEL", "1300.00", 200, "09:31:40", seq: 4, foreign: nil),  // neither
            trade("TEL", "1300.00", 200, "09:31:40", seq: 4, foreign: .buy),  // a duplicate: not applied
            trade("EMI", "31.10", 174_000_000, "09:33:00", seq: 1, foreign: .sell, board: .block),  // sell 5,411,400,000
            trade("EMI", "30.50", 1_000, "09:33:20", seq: 2, foreign: .buy, board: .oddlot))  // buy 30,500
    }

    @Test mutating func eachStockCountsBothSidesOfABSTradeAndNothingOfAnUnflaggedOne() {
        sendTheDay()
        let tel = state.market.stocks["TEL"]!.foreign
        #expect(tel.buyUnits == units(1_300_000 + 130_500) && tel.sellUnits == units(655_000 + 130_500))
        #expect(tel.netUnits == units(645_000))
        let emi = state.market.stocks["EMI"]!.foreign
        #expect(emi.buyUnits == units(30_500) && emi.sellUnits == units(5_411_400_000))
        #expect(emi.netUnits == units(-5_411_369_500))
    }

    @Test mutating func theMarketAndEachSectorSumTheirStocks() {
        sendTheDay()
        let market = state.market.foreignTotal
        #expect(market.buyUnits == units(1_461_000) && market.sellUnits == units(5_412_185_500))
        #expect(market.netUnits == units(-5_410_724_500))
        let overStocks = state.market.stocks.values.reduce(Int128(0)) { $0 + $1.foreign.netUnits }
        #expect(market.netUnits == overStocks)
        #expect(state.market.foreignFlow(sector: "Services") == state.market.stocks["TEL"]!.foreign)
        #expect(state.market.foreignFlow(sector: "Industrial") == state.market.stocks["EMI"]!.foreign)
        #expect(state.market.foreignFlow(sector: "Mining and Oil") == ForeignFlow())
    }

    @Test mutating func theIntradayLineHoldsTheMarketsNetAtTheEndOfEachMinute() {
        sendTheDay()
        #expect(
            state.market.netForeignMinutes.filled == [
                units(1_300_000), units(1_300_000 - 655_000), units(645_000), units(-5_410_724_500),
            ])
    }

    @Test mutating func eachStockHasItsOwnIntradayLineWithGapsFilledForward() {
        send(
            trade("SMPH", "30.00", 100, "09:30:05", seq: 1, foreign: .buy),  // buy 3,000
            trade("SMPH", "30.05", 1_000, "09:32:10", seq: 2, foreign: .both),  // both 30,050: net unchanged
            trade("SMPH", "29.50", 1_000_000, "09:34:00", seq: 3, foreign: .sell, board: .block),  // sell 29,500,000
            trade("SMPH", "29.95", 500, "09:34:30", seq: 4, foreign: nil),  // neither
            trade("SMPH", "30.00", 200, "09:36:59", seq: 5, foreign: .sell),  // sell 6,000
            trade("AC", "600.00", 10, "09:31:00", seq: 1, foreign: nil))
        let line = state.market.stocks["SMPH"]!.netForeignMinutes
        #expect(line.minuteNets.prefix(7) == [units(3_000), nil, 0, nil, units(-29_500_000), nil, units(-6_000)])
        #expect(
            line.filled == [
                units(3_000), units(3_000), units(3_000), units(3_000), units(-29_497_000), units(-29_497_000), units(-29_503_000),
            ])
        #expect(line.filled.last == state.market.stocks["SMPH"]!.foreign.netUnits)
        #expect(state.market.netForeignMinutes == line, "SMPH is the only stock foreigners traded")
        #expect(state.market.stocks["AC"]!.netForeignMinutes.minuteNets.isEmpty, "no foreign trade, no line")
    }

    @Test mutating func theLineDoesNotDependOnTheOrderTheTradesArriveIn() {
        let trades = [
            trade("SMPH", "30.00", 100, "09:30:05", seq: 1, foreign: .buy),
            trade("TEL", "1300.00", 10, "09:31:00", seq: 1, foreign: .sell),
            trade("SMPH", "29.50", 1_000, "09:33:00", seq: 2, foreign: .sell),
            trade("TEL", "1310.00", 10, "09:34:00", seq: 2, foreign: .buy),
        ]
        send(trades[0], trades[2], trades[1], trades[3])  // one partition's trades, then the other's
        var inTime = ForeignFlowTests()
        inTime.state.receive(trades)
        #expect(state.market.netForeignMinutes == inTime.state.market.netForeignMinutes)
        #expect(state.market.netForeignMinutes.filled == [units(3_000), units(-10_000), units(-10_000), units(-39_500), units(-26_400)])
    }

    @Test mutating func blockSalesAreListedMarketWideKeepingTheLatest32() {
        sendTheDay()
        #expect(state.market.blockSales.sales.map(\.symbol) == ["EMI"])
        #expect(state.market.blockSales.sales.first?.valueUnits == units(5_411_400_000))
        for seq in 3...42 { send(trade("EMI", "31.00", 1_000_000, "10:00:00", seq: Int64(seq), foreign: nil, board: .block)) }
        #expect(state.market.blockSales.sales.count == BlockSales.capacity)
        #expect(state.market.blockSales.sales.allSatisfy { $0.price == Price("31.00")! }, "the 09:33 sale was the oldest")
    }

    @Test func theTapeKeepsBrokersBoardAndForeignSideOfEachPrint() {
        var state = DashboardState(source: "test")
        let timestamp = ManilaTime.epochMillis(date: Self.date, secondOfDay: 35_000)!
        let trades: [Trade] = [
            Trade(
                symbol: "BDO", price: Price("134.60")!, quantity: 100, timestamp: timestamp, seq: 1, buyer: "XA", seller: "BD",
                foreign: .buy),
            Trade(
                symbol: "BDO", price: Price("135.00")!, quantity: 7, timestamp: timestamp, seq: 2, buyer: "BD", seller: "XA",
                foreign: .sell,
                board: .oddlot),
            Trade(
                symbol: "BDO", price: Price("130.00")!, quantity: 1_000_000, timestamp: timestamp, seq: 3, buyer: "XB", seller: "XA",
                foreign: .both, board: .block),
            Trade(symbol: "BDO", price: Price("134.70")!, quantity: 100, timestamp: timestamp, seq: 4),
        ]
        Dashboard.reduce(into: &state, action: .records(trades.map { .success(.trade($0)) }, receivedAt: 0))
        let tape = state.market.stocks["BDO"]!.tape
        let shown = tape.trades.map { [tape.brokers[$0.buyer], tape.brokers[$0.seller]] }
        #expect(shown == [["XA", "BD"], ["BD", "XA"], ["XB", "XA"], [nil, nil]])
        #expect(tape.trades.map(\.board) == [.main, .oddlot, .block, .main])
        #expect(tape.trades.map(\.foreign) == [.buy, .sell, .both, nil])
        #expect(MemoryLayout<TradeTape.Print>.stride == 32)
    }
}
