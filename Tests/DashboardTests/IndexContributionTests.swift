import Dashboard
import MarketData
import Simulator
import Testing

/// Each PSEi member's contribution in points and the level computed from the members, against figures worked out
/// by hand on a three-member index (previous closes 10.00, 20.00 and 5.00; free-float shares 500,000, 500,000 and
/// 400,000; capitalisation ₱17,000,000 over a divisor of 17,000 is 1,000.00).
@Suite struct IndexContributionTests {
    static let date = "2026-11-25"
    var state = DashboardState(source: "test")

    mutating func send(_ events: MarketEvent...) { state.receive(events) }

    static func security(_ symbol: Symbol, _ previousClose: String, shares: Int64?, freeFloat: Double?) -> MarketEvent {
        .reference(
            ReferenceData(
                subject: .security(symbol), previousClose: Price(previousClose)!, date: date, shares: shares.map { Quantity($0) },
                freeFloat: freeFloat))
    }

    static func psei(divisor: Double?, members: [Symbol]? = ["ALI", "BDO", "ICT"]) -> MarketEvent {
        .reference(
            ReferenceData(subject: .index(.psei), previousClose: Price("1000.00")!, date: date, divisor: divisor, members: members))
    }

    static func trade(_ symbol: Symbol, _ price: String, seq: Int64) -> MarketEvent {
        .trade(Trade(symbol: symbol, price: Price(price)!, quantity: 1_000, timestamp: 1_795_570_200_000 + seq, seq: seq))
    }

    static func level(_ value: String) -> MarketEvent {
        .index(IndexLevel(code: .psei, value: Price(value)!, timestamp: 1_795_570_200_100))
    }

    static let members = [
        security("ALI", "10.00", shares: 1_000_000, freeFloat: 0.5), security("BDO", "20.00", shares: 2_000_000, freeFloat: 0.25),
        security("ICT", "5.00", shares: 4_000_000, freeFloat: 0.1),
    ]

    mutating func tradedDay() {
        for member in Self.members { send(member) }
        send(Self.psei(divisor: 17_000), Self.trade("ALI", "10.50", seq: 1), Self.trade("BDO", "19.80", seq: 2))
    }

    @Test mutating func eachMemberContributesItsChangeTimesFreeFloatSharesOverTheDivisor() throws {
        tradedDay()
        let points = try ["ALI", "BDO", "ICT"].map { try #require(state.market.stocks[Symbol($0)!]!.pseiPoints) }
        #expect(abs(points[0] - 14.705_882) < 1e-6, "0.50 × 500,000 ÷ 17,000")
        #expect(abs(points[1] + 5.882_353) < 1e-6, "−0.20 × 500,000 ÷ 17,000")
        #expect(points[2] == 0, "a member that has not traded contributes nothing")
        #expect(state.market.stocks["AC"]!.pseiPoints == nil, "no shares or free float in the feed: no figure")
    }

    @Test mutating func theContributionsAddUpToTheIndexChangeAndTheComputedLevelToTheFeeds() throws {
        tradedDay()
        send(Self.level("1008.82"))
        let computed = try #require(state.market.computedLevel(of: .psei))
        #expect(abs(computed - 1_008.823_529) < 1e-6)
        let sum = ["ALI", "BDO", "ICT"].compactMap { state.market.stocks[Symbol($0)!]!.pseiPoints }.reduce(0, +)
        let change = try #require(state.market.psei.change)
        #expect(abs(sum - change.doubleValue) <= 0.005, "\(sum) against \(change)")
        #expect(state.market.pseiDiscrepancy == nil)
        send(Self.trade("ALI", "11.00", seq: 300))
        #expect(state.market.pseiDiscrepancy == nil, "a trade newer than the level waits for the next level")
    }

    /// A consumer may read the index topic ahead of the trades (the close: the last level, then the closing trades
    /// of the same moment): the comparison is with the members as they are once their trades up to the level's
    /// time are in, so it is no lasting false alarm.
    @Test mutating func aLevelReadBeforeTheTradesItIncludesIsNoLastingDiscrepancy() {
        for member in Self.members { send(member) }
        send(Self.psei(divisor: 17_000), Self.level("1008.82"))
        #expect(state.market.pseiDiscrepancy != nil, "the trades the level includes are not in yet")
        send(Self.trade("ALI", "10.50", seq: 1), Self.trade("BDO", "19.80", seq: 2))
        #expect(state.market.pseiDiscrepancy == nil)
    }

    @Test mutating func aFeedLevelAwayFromTheComputedOneIsADiscrepancy() {
        tradedDay()
        send(Self.level("1008.87"))
        #expect(state.market.pseiDiscrepancy == nil, "0.05 points off, within the tolerance")
        send(Self.level("1010.00"))
        let found = state.market.pseiDiscrepancy
        #expect(found?.feed == Price("1010.00")! && abs((found?.computed ?? 0) - 1_008.823_529) < 1e-6)
    }

    @Test mutating func theIndexMayArriveBeforeOrAfterItsMembers() {
        send(Self.psei(divisor: 17_000))
        for member in Self.members { send(member) }
        send(Self.trade("ALI", "10.50", seq: 1))
        #expect(abs((state.market.stocks["ALI"]!.pseiPoints ?? 0) - 14.705_882) < 1e-6)
        send(Self.psei(divisor: 17_000, members: ["BDO", "ICT"]))
        #expect(state.market.stocks["ALI"]!.pseiPoints == nil, "no longer a member")
    }

    @Test mutating func aMissingFigureGivesNoFigureRatherThanAMadeUpOne() {
        send(Self.security("ALI", "10.00", shares: 1_000_000, freeFloat: nil))
        send(Self.members[1], Self.members[2], Self.psei(divisor: 17_000), Self.trade("ALI", "10.50", seq: 1), Self.level("1000.00"))
        #expect(state.market.stocks["ALI"]!.pseiPoints == nil)
        #expect(state.market.stocks["BDO"]!.pseiPoints == 0)
        #expect(state.market.computedLevel(of: .psei) == nil && state.market.pseiDiscrepancy == nil)
        for member in Self.members { send(member) }
        send(Self.psei(divisor: nil, members: nil))
        #expect(state.market.computedLevel(of: .psei) != nil, "the divisor and members already given stay")
        var fresh = DashboardState(source: "test")
        Dashboard.reduce(
            into: &fresh, action: .records((Self.members + [Self.psei(divisor: nil)]).map { .success($0) }, receivedAt: 0))
        #expect(fresh.market.stocks["ALI"]!.pseiPoints == nil && fresh.market.computedLevel(of: .psei) == nil)
    }

    /// The simulated day: every PSEi level the simulator publishes equals the one computed from its members, and
    /// the members' contributions add up to its change (each level is rounded to 0.01).
    @Test func theSimulatedDaysPSEiIsItsMembersSum() throws {
        var state = DashboardState(source: "test")
        var checked = 0
        for simulated in MarketSimulator(.init(seed: 7, date: Self.date))!.prefix(40_000) {
            Dashboard.reduce(into: &state, action: .records([.success(simulated.event)], receivedAt: 0))
            guard case .index(let level) = simulated.event, level.code == .psei else { continue }
            #expect(state.market.pseiDiscrepancy == nil)
            let computed = try #require(state.market.computedLevel(of: .psei))
            #expect(abs(computed - level.value.doubleValue) <= 0.005 + 1e-9, "\(computed) against \(level.value)")
            let members = try #require(state.market.psei.members)
            let sum = members.compactMap { state.market.stocks[$0]?.pseiPoints }.reduce(0, +)
            #expect(abs(sum - (try #require(state.market.psei.change)).doubleValue) <= 0.01)
            checked += 1
        }
        #expect(checked > 10)
    }
}
