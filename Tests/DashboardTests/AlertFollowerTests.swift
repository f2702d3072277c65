import Dashboard
import Foundation
import MarketData
import Testing

/// `AlertFollower`: every alert the reducer fires is returned once, in order, even when one batch fires more than
/// `AlertBook.fired` keeps; and the README lists the rule language's forms exactly as `AlertRule.grammar` does.
@Suite struct AlertFollowerTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../README.md").standardized

    /// `count` block sales of ALI, one a second from 10:00, each worth 10,000 × its sequence number.
    static func blockSales(_ count: Int, from first: Int64 = 1) -> [Result<MarketEvent, DecodeError>] {
        (first..<first + Int64(count)).map { seq in
            .success(
                .trade(
                    Trade(
                        symbol: "ALI", price: Price("1.00")!, quantity: Quantity(10_000 * seq),
                        timestamp: TestDay.at("10:00") + seq * 1000, seq: seq, board: .block)))
        }
    }

    @Test func aBatchFiringMoreThanTheBookKeepsReturnsEveryAlertOnceInOrder() {
        var state = DashboardState(source: "test")
        state.alerts = AlertBook(rules: [try! AlertRule(parsing: "any block"), try! AlertRule(parsing: "ALI block")])
        var follower = AlertFollower(state)
        let count = AlertBook.capacity + 300
        let fired = follower.apply(.records(Self.blockSales(count), receivedAt: 0))
        #expect(fired.count == 2 * count)
        // Per record, the stock's own rules first, then those about any stock.
        #expect(fired.indices.allSatisfy { fired[$0].rule == ($0 % 2 == 0 ? "ALI block" : "any block") })
        #expect(fired.indices.allSatisfy { fired[$0].value == Double(($0 / 2 + 1) * 10_000) })
        #expect(follower.apply(.records(Self.blockSales(1, from: Int64(count) + 1), receivedAt: 0)).count == 2)
        #expect(follower.apply(.clock(TestDay.at("12:00"))).isEmpty)
    }

    @Test func alertsFiredBeforeFollowingAreNotReturned() {
        var state = DashboardState(source: "test")
        state.alerts = AlertBook(rules: [try! AlertRule(parsing: "any block")])
        state.receive(Self.blockSales(2).compactMap { try? $0.get() })
        var follower = AlertFollower(state)
        #expect(follower.apply(.records(Self.blockSales(1, from: 3), receivedAt: 0)).map(\.subject) == ["ALI"])
        #expect(follower.state.alerts.firedCount == 3)
    }

    @Test func theReadmeListsTheRuleLanguagesForms() throws {
        let (begin, end) = ("<!-- alert rules: AlertRule.grammar -->\n```\n", "\n```\n<!-- /alert rules -->")
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let start = try #require(text.range(of: begin), "README.md needs a '\(begin)' … '\(end)' block")
        let stop = try #require(text.range(of: end, range: start.upperBound..<text.endIndex))
        #expect(text[start.upperBound..<stop.lowerBound].split(separator: "\n").map(String.init) == AlertRule.grammar)
    }
}
