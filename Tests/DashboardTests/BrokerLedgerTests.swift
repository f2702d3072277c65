import Dashboard
import MarketData
import Testing

/// The broker ledgers against figures worked out by hand: each side of a trade counts for its own broker, a cross
/// counts on both sides and nets to 0, a side without a code adds nothing, block sales count, duplicates do not,
/// the market is the sum of its stocks, and brokers beyond the cap are booked together as others.
@Suite struct BrokerLedgerTests {
    var state = DashboardState(source: "test")

    func trade(
        _ symbol: Symbol, _ price: String, _ quantity: Int64, seq: Int64, buyer: BrokerCode?, seller: BrokerCode?,
        foreign: Trade.ForeignSide? = nil, board: Trade.Board? = nil
    ) -> MarketEvent {
        .trade(
            Trade(
                symbol: symbol, price: Price(price)!, quantity: Quantity(quantity), timestamp: TestDay.at("10:00"), seq: seq,
                buyer: buyer, seller: seller, foreign: foreign, board: board))
    }

    /// PHP to 1/10,000 PHP.
    func units(_ pesos: Int128) -> Int128 { pesos * 10_000 }

    func row(_ code: String, in ledger: BrokerLedger) -> BrokerLedger.Row? { ledger.rows.first { $0.code == code } }

    mutating func sendTheDay() {
        state.receive([
            trade("ALI", "30.00", 1_000, seq: 1, buyer: "COL", seller: "BDO"),  // 30,000
            trade("ALI", "30.50", 2_000, seq: 2, buyer: "XMB", seller: "COL", foreign: .buy),  // 61,000
            trade("ALI", "30.00", 500, seq: 3, buyer: "COL", seller: "COL"),  // a cross: 15,000 each way
            trade("ALI", "30.00", 100, seq: 4, buyer: nil, seller: nil),  // no codes: nothing
            trade("ALI", "30.00", 100, seq: 5, buyer: "BDO", seller: nil),  // 3,000 bought, no seller to book
            trade("ALI", "30.50", 2_000, seq: 2, buyer: "XMB", seller: "COL", foreign: .buy),  // a duplicate: not applied
            trade("EMI", "31.10", 1_000_000, seq: 1, buyer: "XGR", seller: "XUS", foreign: .both, board: .block),  // 31,100,000
            trade("EMI", "31.00", 200, seq: 2, buyer: "COL", seller: "XGR", board: .oddlot),  // 6,200
        ])
    }

    @Test mutating func eachSideCountsForItsBrokerACrossNetsToZeroAndMissingCodesAddNothing() throws {
        sendTheDay()
        let ali = state.market.brokers["ALI"]
        let col = try #require(row("COL", in: ali))
        #expect(col.boughtUnits == units(30_000 + 15_000) && col.soldUnits == units(61_000 + 15_000))
        #expect(col.buyTrades == 2 && col.sellTrades == 2 && col.trades == 4 && col.netUnits == units(-31_000))
        let bdo = try #require(row("BDO", in: ali))
        #expect(bdo.boughtUnits == units(3_000) && bdo.soldUnits == units(30_000) && bdo.buyTrades == 1 && bdo.sellTrades == 1)
        let xmb = try #require(row("XMB", in: ali))
        #expect(xmb.boughtUnits == units(61_000) && xmb.soldUnits == 0 && xmb.trades == 1 && xmb.foreign)
        #expect(!col.foreign && !bdo.foreign, "the foreign flag named only XMB's side")
        #expect(ali.rows.map(\.code) == ["COL", "BDO", "XMB"] && ali.others.trades == 0)
        #expect(ali.top(netBuyers: 5).map(\.code) == ["XMB"])
        #expect(ali.top(netSellers: 5).map(\.code) == ["COL", "BDO"])
        #expect(ali.top(netSellers: 1).map(\.code) == ["COL"])
    }

    @Test mutating func aCrossAloneIsNeitherANetBuyerNorANetSeller() throws {
        state.receive([trade("ALI", "30.00", 500, seq: 1, buyer: "COL", seller: "COL")])
        let ali = state.market.brokers["ALI"]
        let col = try #require(ali.rows.first)
        #expect(ali.rows.count == 1 && col.netUnits == 0 && col.buyTrades == 1 && col.sellTrades == 1)
        #expect(ali.top(netBuyers: 5).isEmpty && ali.top(netSellers: 5).isEmpty)
    }

    @Test mutating func blockSalesAndOddLotsAreBrokersBusinessAndABSTradeMarksBothSidesForeign() throws {
        sendTheDay()
        let emi = state.market.brokers["EMI"]
        let xgr = try #require(row("XGR", in: emi))
        #expect(xgr.boughtUnits == units(31_100_000) && xgr.soldUnits == units(6_200) && xgr.foreign)
        #expect(try #require(row("XUS", in: emi)).foreign && !(try #require(row("COL", in: emi))).foreign)
        #expect(emi.top(netBuyers: 5).map(\.code) == ["XGR", "COL"] && emi.top(netSellers: 5).map(\.code) == ["XUS"])
    }

    @Test mutating func theMarketLedgerIsTheSumOfTheStocksLedgers() {
        sendTheDay()
        let market = state.market.brokers.market
        #expect(market.rows.map(\.code) == ["COL", "BDO", "XMB", "XGR", "XUS"])
        for broker in market.rows {
            let parts = ["ALI", "EMI"].compactMap { row(broker.code, in: state.market.brokers[$0]) }
            #expect(broker.boughtUnits == parts.reduce(0) { $0 + $1.boughtUnits }, "\(broker.code)")
            #expect(broker.soldUnits == parts.reduce(0) { $0 + $1.soldUnits }, "\(broker.code)")
            #expect(broker.buyTrades == parts.reduce(0) { $0 + $1.buyTrades }, "\(broker.code)")
            #expect(broker.sellTrades == parts.reduce(0) { $0 + $1.sellTrades }, "\(broker.code)")
        }
        // COL: bought 30,000 + 15,000 + 6,200, sold 61,000 + 15,000.
        #expect(row("COL", in: market)?.netUnits == units(-24_800))
        #expect(market.top(netBuyers: 2).map(\.code) == ["XGR", "XMB"])
        #expect(market.top(netSellers: 3).map(\.code) == ["XUS", "BDO", "COL"])
        #expect(state.market.brokers["TEL"].rows.isEmpty)
    }

    @Test mutating func equalNetsRankByCode() {
        state.receive([
            trade("ALI", "10.00", 100, seq: 1, buyer: "ZZ", seller: "MM"),
            trade("ALI", "10.00", 100, seq: 2, buyer: "AA", seller: "KK"),
        ])
        let ali = state.market.brokers["ALI"]
        #expect(ali.top(netBuyers: 5).map(\.code) == ["AA", "ZZ"] && ali.top(netSellers: 5).map(\.code) == ["KK", "MM"])
    }

    @Test mutating func brokersBeyondTheCapAreBookedTogetherAsOthers() {
        let beyond = 10
        // The seller takes one number, so `capacity − 1` buyers fit.
        let buyers = BrokerLedgers.capacity - 1 + beyond
        state.receive(
            (1...buyers).map { trade("ALI", "10.00", Int64($0), seq: Int64($0), buyer: BrokerCode("B\($0)"), seller: "SELL") })
        let market = state.market.brokers.market
        #expect(market.rows.count == BrokerLedgers.capacity && state.market.brokers["ALI"].rows.count == BrokerLedgers.capacity)
        let others = market.others
        let folded = (buyers - beyond + 1)...buyers
        #expect(others.buyTrades == beyond && others.sellTrades == 0)
        #expect(others.boughtUnits == units(Int128(folded.reduce(0, +)) * 10))
        #expect(market.rows.first { $0.code == "SELL" }?.sellTrades == buyers, "a broker already known keeps its row")
        #expect(state.market.brokers["ALI"].others == others)
        let bought = market.rows.reduce(others.boughtUnits) { $0 + $1.boughtUnits }
        #expect(bought == state.market.stocks["ALI"]!.valueUnits, "every peso is booked once on the bought side")
    }
}
