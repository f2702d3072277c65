import Dashboard
import Foundation
import MarketData
import Rendering
import Simulator
import Testing

/// Figures beyond any column (a ₱99,999,999.99 price, 10^12 shares, ₱3 sextillion of value, a 12-character
/// symbol) are abbreviated with a unit or marked `…`, and symbols cut visibly: no figure on screen is ever
/// digits cut from a different number, at every size users run, in the table, the side panel and time & sales.
@Suite struct ExtremeValueTests {
    static let sizes = [(80, 24), (120, 40), (200, 60)]
    static let ts = "\"ts\":1795577533000"  // 10:52:13 Manila, 2026-11-25

    /// The simulated morning plus records from the wire at the codec's bounds, the table sorted by value.
    static func extremeState() -> DashboardState {
        var state = simulatedState(until: "10:42:13", source: "extreme feed")
        let records: [(String, String)] =
            [
                ("pse.ref", #"{"sym":"HUGEQ","prevClose":1.00,"date":"2026-11-25"}"#),
                ("pse.trades", #"{"sym":"HUGEQ","px":1.01,"qty":1000000000000,\#(ts),"seq":1}"#),
                ("pse.ref", #"{"sym":"BIGPX","prevClose":50000000,"date":"2026-11-25"}"#),
                ("pse.trades", #"{"sym":"BIGPX","px":99999999.99,"qty":5,\#(ts),"seq":1}"#),
                ("pse.ref", #"{"sym":"ABCDEFGHIJKL","prevClose":10.00,"date":"2026-11-25"}"#),
                ("pse.trades", #"{"sym":"ABCDEFGHIJKL","px":10.50,"qty":100000000000,\#(ts),"seq":1}"#),
                ("pse.ref", #"{"sym":"NEGBIG","prevClose":999999999.95,"date":"2026-11-25"}"#),
                ("pse.trades", #"{"sym":"NEGBIG","px":0.0001,"qty":1000000000000,\#(ts),"seq":1}"#),
                ("pse.ref", #"{"sym":"MAXED","prevClose":0.0001,"date":"2026-11-25"}"#),
                (
                    "pse.quotes",
                    #"{"sym":"MAXED","bid":999999999.95,"bidQty":999999999999,"ask":1000000000,"askQty":1000000000000,\#(ts),"seq":1}"#
                ),
                ("pse.index", #"{"code":"FIN","value":999999999.95,\#(ts)}"#),
                ("pse.index", #"{"code":"PRO","value":0.0001,\#(ts)}"#),
            ] + (1...3).map { ("pse.trades", #"{"sym":"MAXED","px":1000000000,"qty":1000000000000,\#(ts),"seq":\#($0)}"#) }
        let decoded = records.map { WireCodec.decode(FeedRecord(topic: $0.0, timestamp: 0, key: nil, value: Array($0.1.utf8))) }
        Dashboard.reduce(into: &state, action: .records(decoded, receivedAt: 0))
        #expect(state.feed.counters.rejectedTotal == 0, "\(String(describing: state.feed.counters.lastRejection))")
        state.ui.sort = .value
        state.ui.view = .all  // MAXED and ABCDEFGH are not constituents
        return state
    }

    @Test(arguments: sizes)
    func extremeFiguresAreAbbreviatedOrMarkedNeverCut(width: Int, height: Int) {
        var state = Self.extremeState()
        let shown = ShownNumbers(state)
        for detail in [false, true] {
            state.ui.detailShown = detail
            let frame = FrameExport.text(Renderer.render(state, width: width, height: height, context: RenderContext()))
            #expect(shown.unexplained(in: frame).isEmpty, "\(width)x\(height)\(detail ? " time & sales" : ""):\n\(frame)")
            #expect(frame.contains("ABCDE… ") && !frame.contains("ABCDEF"), "a long symbol is cut visibly, then a space")
            #expect(frame.contains("100.00M"), "₱99,999,999.99 in a 9-character price column")
            #expect(frame.contains("1,000,000,000,000") || frame.contains("1.00T"), "10^12 shares")
        }
    }

    /// Every listing with a previous close, three trades (between two brokers, the buyer foreign) and a quote, and every index but the PSEi with a level,
    /// each figure log-uniform up to the codec's bounds, drawn from `seed`.
    static func randomMagnitudeState(seed: UInt64) -> DashboardState {
        var random = SeededRandom(seed: seed)
        /// Log-uniform between 1 and `maximum`, so every magnitude is as likely as any other.
        func magnitude(_ maximum: Int64) -> Int64 {
            min(max(Int64(exp(random.unit() * log(Double(maximum)))), 1), maximum)
        }
        var state = DashboardState(source: "random magnitudes")
        var events: [MarketEvent] = []
        for (position, symbol) in state.market.symbols.enumerated() {
            let at = EpochMillis(1_795_577_533_000 + position)
            events.append(
                .reference(
                    ReferenceData(
                        subject: .security(symbol), previousClose: Price(units: magnitude(WireBounds.maximumPrice.units)),
                        date: "2026-11-25")))
            for seq in 1...3 {
                events.append(
                    .trade(
                        Trade(
                            symbol: symbol, price: Price(units: magnitude(WireBounds.maximumPrice.units)),
                            quantity: Quantity(magnitude(WireBounds.maximumQuantity.shares)), timestamp: at, seq: Int64(seq),
                            buyer: "XA", seller: "BD", foreign: .buy)))
            }
            let bid = magnitude(WireBounds.maximumPrice.units)
            events.append(
                .quote(
                    Quote(
                        symbol: symbol, bid: Price(units: bid), bidQuantity: Quantity(magnitude(WireBounds.maximumQuantity.shares)),
                        ask: Price(units: min(bid + magnitude(1_000_000), WireBounds.maximumPrice.units)),
                        askQuantity: Quantity(magnitude(WireBounds.maximumQuantity.shares)), timestamp: at, seq: 1)))
        }
        // No PSEi level: the header line does not fit extreme figures yet.
        for code in IndexCode.allCases where code != .psei {
            events.append(
                .reference(
                    ReferenceData(
                        subject: .index(code), previousClose: Price(units: magnitude(WireBounds.maximumPrice.units)),
                        date: "2026-11-25")))
            events.append(
                .index(
                    IndexLevel(code: code, value: Price(units: magnitude(WireBounds.maximumPrice.units)), timestamp: 1_795_577_533_000))
            )
        }
        Dashboard.reduce(into: &state, action: .records(events.map { .success($0) }, receivedAt: 0))
        return state
    }

    @Test(arguments: sizes)
    func randomMagnitudesUpToTheBoundsAreNeverCut(width: Int, height: Int) {
        for seed in 1...5 as ClosedRange<UInt64> {
            var state = Self.randomMagnitudeState(seed: seed)
            state.ui.sort = SortKey.allCases[Int(seed) % SortKey.allCases.count]
            state.ui.detailShown = seed % 2 == 0
            let frame = FrameExport.text(Renderer.render(state, width: width, height: height, context: RenderContext()))
            #expect(ShownNumbers(state).unexplained(in: frame).isEmpty, "seed \(seed) \(width)x\(height):\n\(frame)")
        }
    }

    @Test func aNonZeroChangeKeepsTheSignOfItsPercentageAndNoChangeHasNone() {
        var state = DashboardState(source: "tiny changes")
        let events: [MarketEvent] = [("AC", "6398.10", "6398.23"), ("ACEN", "6398.10", "6397.95"), ("AEV", "29.45", "29.45")]
            .flatMap { symbol, close, last -> [MarketEvent] in
                [
                    .reference(ReferenceData(subject: .security(Symbol(symbol)!), previousClose: Price(close)!, date: "2026-11-25")),
                    .trade(Trade(symbol: Symbol(symbol)!, price: Price(last)!, quantity: 100, timestamp: 1_795_577_533_000, seq: 1)),
                ]
            }
        Dashboard.reduce(into: &state, action: .records(events.map { .success($0) }, receivedAt: 0))
        let lines = FrameExport.text(Renderer.render(state, width: 120, height: 40, context: RenderContext())).split(separator: "\n")
        func row(_ symbol: String) -> Substring { lines.first { $0.hasPrefix("▸\(symbol) ") || $0.hasPrefix(" \(symbol) ") } ?? "" }
        #expect(row("AC").contains("+0.13 +<0.01%"))
        #expect(row("ACEN").contains("−0.15 −<0.01%"))
        #expect(row("AEV").contains(" 0.00   0.00%"))
    }
}
