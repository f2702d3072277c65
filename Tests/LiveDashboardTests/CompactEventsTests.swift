import MarketData
import Simulator
import Testing

@testable import LiveDashboard

/// The live log's compact form gives back exactly the events it was given, in order: packed trades and quotes with
/// every optional field set or not, the other events as they are, and events a full code table cannot number.
@Suite struct CompactEventsTests {
    static func replayed(_ events: CompactEvents) -> [MarketEvent] {
        var out: [MarketEvent] = []
        events.forEach { event in
            out.append(event)
            return true
        }
        return out
    }

    /// How `events` differs from `expected` (nil: not at all), naming one event, so a failure stays readable.
    static func firstDifference(_ events: CompactEvents, _ expected: [MarketEvent]) -> String? {
        let back = replayed(events)
        if let index = zip(back, expected).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
            return "event \(index): \(back[index]) instead of \(expected[index])"
        }
        return back.count == expected.count ? nil : "\(back.count) events instead of \(expected.count)"
    }

    @Test func aFullBoardDayComesBackAsItWent() {
        let day = MarketSimulator(.init(seed: 5, date: "2026-11-25", board: .full, oddLots: true))!.prefix(40_000).map(\.event)
        var events = CompactEvents()
        for event in day { events.append(event) }
        #expect(Self.firstDifference(events, day) == nil)
        #expect(events.bytes < day.count * 64, "\(events.bytes) bytes for \(day.count) events")

        events.removeFirst(10_000)
        #expect(Self.firstDifference(events, Array(day.dropFirst(10_000))) == nil)
    }

    @Test func everyOptionalFieldAndEveryBoardRoundTrips() {
        let trades: [MarketEvent] = [Trade.ForeignSide.buy, .sell, .both, nil].flatMap { foreign in
            [Trade.Board.main, .oddlot, .block, nil].map { board in
                .trade(
                    Trade(
                        symbol: "ALI", price: Price(units: 355_000), quantity: 1_000, timestamp: 1, seq: 2,
                        buyer: foreign == nil ? nil : "BPI", seller: board == nil ? nil : "COL", foreign: foreign, board: board))
            }
        }
        let quotes: [MarketEvent] = [(nil, nil), (Price(units: 1), nil), (nil, Price(units: 2)), (Price(units: 3), Price(units: 4))].map {
            .quote(Quote(symbol: "BDO", bid: $0.0, bidQuantity: 5, ask: $0.1, askQuantity: 6, timestamp: 7, seq: 8))
        }
        let others: [MarketEvent] = [
            .index(IndexLevel(code: .psei, value: Price(units: 64_000_000), timestamp: 9)),
            .status(StatusChange(scope: .security("ALI"), phase: .halted, timestamp: 10, reason: "a reason longer than fifteen bytes")),
        ]
        var events = CompactEvents()
        let all = trades + quotes + others
        for event in all { events.append(event) }
        #expect(Self.firstDifference(events, all) == nil)
    }

    @Test func aTradeAFullTableCannotNumberIsKeptAsItIs() {
        var events = CompactEvents()
        let trades: [MarketEvent] = (0...Int(UInt16.max)).map { number in
            .trade(
                Trade(symbol: "ALI", price: Price(units: 1), quantity: 1, timestamp: 1, seq: Int64(number), buyer: BrokerCode("B\(number)"))
            )
        }
        for trade in trades { events.append(trade) }
        #expect(Self.firstDifference(events, trades) == nil)
    }
}
