import Dashboard
import Foundation
import MarketData
import Testing

/// The market wrap of a small hand-built day against figures worked out by hand. The PSEi has three members (ALI
/// 10.00, BDO 20.00, ICT 5.00; free-float shares 500,000 each and 400,000 over a divisor of 17,000); XYZ (1.00)
/// and QQQ (2.00) are outside it; the PSE's 30 constituents all have rows, 27 of them without a trade.
@Suite struct MarketWrapTests {
    var state = DashboardState(source: "test")

    init() {
        let security = { (symbol: Symbol, close: String, shares: Int64?, freeFloat: Double?) in
            MarketEvent.reference(
                ReferenceData(
                    subject: .security(symbol), previousClose: Price(close)!, date: TestDay.date, shares: shares.map { Quantity($0) },
                    freeFloat: freeFloat))
        }
        state.receive([
            security("ALI", "10.00", 1_000_000, 0.5), security("BDO", "20.00", 2_000_000, 0.25), security("ICT", "5.00", 4_000_000, 0.1),
            security("XYZ", "1.00", nil, nil), security("QQQ", "2.00", nil, nil),
            .reference(
                ReferenceData(
                    subject: .index(.psei), previousClose: Price("1000.00")!, date: TestDay.date, divisor: 17_000,
                    members: ["ALI", "BDO", "ICT"])),
            market(.open, "09:30:00"),
            trade("ALI", "10.50", 1_000, "09:30:10", seq: 1, foreign: .buy),  // ₱10,500, foreign buying
            trade("BDO", "19.80", 1_000, "09:31:00", seq: 1, foreign: .sell),  // ₱19,800, foreign selling
            trade("ICT", "5.00", 2_000, "09:32:00", seq: 1, foreign: nil),  // ₱10,000, unchanged
            trade("BDO", "19.00", 100_000, "10:00:00", seq: 2, foreign: .sell, board: .block),  // ₱1,900,000
            trade("ALI", "10.40", 10, "10:05:00", seq: 2, foreign: .buy, board: .oddlot),  // ₱104
            trade("XYZ", "1.49", 1_000, "10:10:00", seq: 1, foreign: nil),  // ₱1,490: one tick below the 1.50 ceiling
            .status(
                StatusChange(
                    scope: .security("XYZ"), phase: .halted, timestamp: TestDay.at("10:30:00"), reason: "pending\u{1B}[2J disclosure")),
            .status(StatusChange(scope: .security("XYZ"), phase: .open, timestamp: TestDay.at("10:45:00"))),
            trade("XYZ", "1.20", 1_000, "10:50:00", seq: 2, foreign: nil),  // ₱1,200
            market(.halted, "11:00:00", reason: "circuit breaker level 1"),
            market(.open, "11:15:00"),
            .index(IndexLevel(code: .psei, value: Price("1008.82")!, timestamp: TestDay.at("11:20:00"))),
        ])
    }

    func market(_ phase: MarketPhase, _ time: String, reason: String? = nil) -> MarketEvent {
        .status(StatusChange(scope: .market, phase: phase, timestamp: TestDay.at(time), reason: reason))
    }

    func trade(
        _ symbol: Symbol, _ price: String, _ quantity: Int64, _ time: String, seq: Int64, foreign: Trade.ForeignSide?,
        board: Trade.Board? = nil
    ) -> MarketEvent {
        .trade(
            Trade(
                symbol: symbol, price: Price(price)!, quantity: Quantity(quantity), timestamp: TestDay.at(time), seq: seq,
                foreign: foreign, board: board))
    }

    func pesos(_ whole: Int128) -> MarketWrap.Pesos { MarketWrap.Pesos(units: whole * 10_000) }

    func moment(_ time: String) -> MarketWrap.Moment { MarketWrap.Moment(TestDay.at(time)) }

    @Test func theDateTheTimeAndThePSEiClose() {
        let wrap = MarketWrap(state)
        #expect(wrap.date == "2026-11-25" && wrap.asOf == moment("11:20:00"))
        #expect(wrap.psei.close?.price == Price("1008.82") && wrap.psei.change?.price == Price("8.82"))
        #expect(wrap.psei.changePercent == 0.88, "8.82 of 1,000.00")
        #expect(wrap.sectors.map(\.code) == ["FIN", "IND", "HDG", "PRO", "SVC", "M-O"] && wrap.sectors[0].close == nil)
    }

    @Test func turnoverIsSplitByBoard() {
        let turnover = MarketWrap(state).turnover
        #expect(turnover.mainBoard == pesos(10_500 + 19_800 + 10_000 + 1_490 + 1_200))
        #expect(turnover.oddLot == pesos(104) && turnover.block == pesos(1_900_000))
        #expect(turnover.total == pesos(1_943_094) && turnover.trades == 7 && turnover.average == nil)
    }

    @Test func breadthOfThePSEiAndOfTheWholeBoard() {
        let breadth = MarketWrap(state).breadth
        let counts = { (count: MarketWrap.BreadthCount) in [count.advancers, count.decliners, count.unchanged, count.notTraded] }
        #expect(counts(breadth.psei) == [1, 1, 1, 27])
        #expect(counts(breadth.board) == [2, 1, 1, 28], "XYZ up, QQQ untraded")
    }

    @Test func netForeignOfTheMarketAndTheTopStocks() {
        let foreign = MarketWrap(state).foreign
        #expect(foreign.buying == pesos(10_604) && foreign.selling == pesos(1_919_800) && foreign.net == pesos(-1_909_196))
        #expect(foreign.topBuys.map(\.symbol) == ["ALI"])
        #expect(
            foreign.topBuys[0].buying == pesos(10_604) && foreign.topBuys[0].selling == pesos(0) && foreign.topBuys[0].net == pesos(10_604))
        #expect(foreign.topSells.map(\.symbol) == ["BDO"] && foreign.topSells[0].net == pesos(-1_919_800))
    }

    @Test func indexMoversInPoints() {
        let movers = MarketWrap(state).indexMovers
        #expect(movers.up.map(\.symbol) == ["ALI"] && movers.up[0].points == 14.71, "0.50 × 500,000 ÷ 17,000 = 14.706")
        #expect(movers.down.map(\.symbol) == ["BDO"] && movers.down[0].points == -5.88, "−0.20 × 500,000 ÷ 17,000")
        #expect(movers.up[0].last.price == Price("10.50") && movers.down[0].change.price == Price("-0.20"))
    }

    @Test func mostActiveLimitHitsAndBlockSales() throws {
        let wrap = MarketWrap(state)
        #expect(wrap.mostActive.map(\.symbol) == ["BDO", "ALI", "ICT", "XYZ"])
        #expect(wrap.mostActive[0].value == pesos(1_919_800) && wrap.mostActive[0].last?.price == Price("19.80"))
        let hit = try #require(wrap.limitHits.first)
        #expect(wrap.limitHits.count == 1 && hit.symbol == "XYZ" && hit.limit == "ceiling")
        #expect(hit.price.price == Price("1.49") && hit.limitPrice.price == Price("1.50"), "the high, though the last (1.20) is not")
        let sale = try #require(wrap.blockSales.first)
        #expect(wrap.blockSales.count == 1 && sale.symbol == "BDO" && sale.price.price == Price("19.00"))
        #expect(sale.quantity == 100_000 && sale.value == pesos(1_900_000) && sale.time == moment("10:00:00"))
    }

    @Test func haltsOfTheMarketAndOfAStockWithTheirTimes() throws {
        let halts = MarketWrap(state).halts
        let market = try #require(halts.market.first)
        #expect(halts.market.count == 1 && market.level == 1 && market.reason == "circuit breaker level 1")
        #expect(market.since == moment("11:00:00") && market.until == moment("11:15:00"))
        let stock = try #require(halts.stocks.first)
        #expect(halts.stocks.count == 1 && stock.symbol == "XYZ" && stock.phase == "halted")
        #expect(stock.reason == "pending?[2J disclosure", "the wire's escape character is made safe")
        #expect(stock.since == moment("10:30:00") && stock.until == moment("10:45:00"))
    }

    @Test func turnoverAgainstTheAverageOfEarlierSessionsOnly() throws {
        let earlier = [
            MarketWrap.EarlierSession(date: "2026-11-23", total: pesos(1_000_000), trades: 10),
            MarketWrap.EarlierSession(date: "2026-11-24", total: pesos(3_000_000), trades: 20),
            MarketWrap.EarlierSession(date: "2026-11-25", total: pesos(9_000_000), trades: 90),
        ]
        let average = try #require(MarketWrap(state).compared(with: earlier).turnover.average)
        #expect(average.sessions == 2 && average.total == pesos(2_000_000) && average.trades == 15)
        #expect(average.changePercent == -2.85, "1,943,094 against 2,000,000")
        #expect(MarketWrap(state).compared(with: [earlier[2]]).turnover.average == nil, "the day itself is no earlier session")
    }

    @Test func theJSONWritesEveryFieldNullWhenAbsentAndReadsBack() throws {
        let wrap = MarketWrap(state)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        let json = String(decoding: try encoder.encode(wrap), as: UTF8.self)
        #expect(json.contains(#""average":null"#) && json.contains(#""oddLot":104,"#) && json.contains(#""close":1008.82,"#))
        #expect(try JSONDecoder().decode(MarketWrap.self, from: Data(json.utf8)) == wrap)
        let earlier = try JSONDecoder().decode(MarketWrap.EarlierSession.self, from: Data(json.utf8))
        #expect(earlier == MarketWrap.EarlierSession(date: "2026-11-25", total: pesos(1_943_094), trades: 7))
    }

    @Test func pesosAreKeptToTheCentavoRoundingHalfAwayFromZero() {
        #expect(MarketWrap.Pesos(units: 12_345).units == 12_300 && MarketWrap.Pesos(units: 12_350).units == 12_400)
        #expect(MarketWrap.Pesos(units: -12_350).units == -12_400)
    }
}
