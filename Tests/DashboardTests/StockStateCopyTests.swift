import Dashboard
import Exchange
import MarketData
import Testing

/// A stock's figures live behind one shared reference (`CopyOnWrite`): copies must still behave as values — a change
/// to one copy never shows in another, and equality and hashing go by the figures, not by the reference.
@Suite struct StockStateCopyTests {
    func traded(_ price: String, seq: Int64) -> StockState {
        var state = DashboardState(source: "test")
        state.receive([
            .reference(ReferenceData(subject: .security("ALI"), previousClose: Price("38.00")!, date: TestDay.date)),
            .trade(Trade(symbol: "ALI", price: Price(price)!, quantity: 1_000, timestamp: TestDay.at("10:00"), seq: seq)),
        ])
        return state.market.stocks["ALI"]!
    }

    @Test func aChangedCopyLeavesTheOriginalAsItWas() {
        let original = traded("38.50", seq: 1)
        var copy = original
        copy.last = Price("39.00")!
        copy.previousClose = Price("40.00")!
        copy.tape = TradeTape(capacity: 1)
        #expect(original.last == Price("38.50")!)
        #expect(original.previousClose == Price("38.00")!)
        #expect(original.tape.count == 1)
        #expect(copy.last == Price("39.00")! && copy.tape.count == 0)
        #expect(original != copy)
    }

    @Test func theStaticBandFollowsThePreviousCloseHoweverItIsSet() {
        var stock = traded("38.50", seq: 1)
        #expect(stock.staticLimits == PSERules.staticLimits(previousClose: Price("38.00")!))
        stock.previousClose = Price("10.00")!
        #expect(stock.staticLimits == PSERules.staticLimits(previousClose: Price("10.00")!))
        stock.previousClose = nil
        #expect(stock.staticLimits == nil)
    }

    @Test func stocksWithTheSameFiguresAreEqualAndHashAlike() {
        let one = traded("38.50", seq: 1), other = traded("38.50", seq: 1)
        #expect(one == other)
        #expect(one.hashValue == other.hashValue)
        #expect(one != traded("38.55", seq: 1))
    }
}
