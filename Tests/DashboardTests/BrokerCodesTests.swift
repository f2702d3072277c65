import MarketData
import Testing

@testable import Dashboard

/// A tape's table of broker codes stays bounded however many codes the feed sends, and every print kept still
/// names its own brokers.
@Suite struct BrokerCodesTests {
    @Test func aTapeOfNewCodesOnEveryTradeKeepsItsTableBoundedAndItsPrintsRight() {
        var tape = TradeTape(capacity: 3)
        for seq in 1...100 {
            tape.append(
                Trade(
                    symbol: "ALI", price: Price("30.00")!, quantity: 100, timestamp: 0, seq: Int64(seq), buyer: BrokerCode("B\(seq)"),
                    seller: BrokerCode("S\(seq)")
                ))
            #expect(tape.brokers.count <= BrokerCodes.limit(forPrints: 3))
        }
        #expect(
            tape.trades.map { [tape.brokers[$0.buyer], tape.brokers[$0.seller]] } == [["B98", "S98"], ["B99", "S99"], ["B100", "S100"]])
    }

    @Test func aCodeIsNumberedOnceAndNoneIsNoCode() {
        var codes = BrokerCodes(limit: 10)
        let number = codes.number("COL")
        #expect(codes.number("COL") == number && codes[number] == "COL" && codes.count == 1)
        #expect(codes.number(nil) == BrokerCodes.none && codes[BrokerCodes.none] == nil)
    }
}
