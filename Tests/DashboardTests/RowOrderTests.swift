import Dashboard
import MarketData
import Simulator
import Testing

/// The table's order by every key and direction, against the rule written out on the figures themselves: stocks
/// with the figure first, by the figure in the chosen direction, ties and stocks without it A to Z. The market is a
/// full board morning with a few hundred extra listings, so it has negative and zero changes, untraded stocks (no
/// figure) and ties.
@Suite struct RowOrderTests {
    static let market: DashboardState = {
        var state = DashboardState(source: "test")
        let end = TestDay.at("10:15")
        let day = MarketSimulator(.init(seed: 3, date: TestDay.date, board: .full, extraSymbols: 300))!
        state.receive(day.prefix { $0.timestamp < end }.map(\.event))
        state.ui.view = .all
        return state
    }()

    /// The figure as the table shows it, nil when the stock has none yet.
    static func figure(_ stock: StockState, _ key: SortKey) -> Double? {
        switch key {
        case .none, .symbol: nil
        case .changePercent: stock.changePercent
        case .points: stock.pseiPoints
        case .value: stock.last == nil ? nil : Double(stock.valueUnits)
        case .volume: stock.last == nil ? nil : Double(stock.volume)
        case .last: stock.last?.doubleValue
        }
    }

    @Test(arguments: [SortKey.changePercent, .points, .value, .volume, .last], [false, true])
    func rowsFollowTheFigureThenTheSymbol(key: SortKey, descending: Bool) {
        var state = Self.market
        state.ui.sort = key
        state.ui.descending = descending
        let expected = state.matchingStocks.sorted { lhs, rhs in
            switch (Self.figure(lhs, key), Self.figure(rhs, key)) {
            case (nil, nil): return lhs.symbol < rhs.symbol
            case (nil, _): return false
            case (_, nil): return true
            case let (left?, right?):
                if left == right { return lhs.symbol < rhs.symbol }
                return descending ? left > right : left < right
            }
        }
        let rows = state.rows
        #expect(rows.map(\.symbol) == expected.map(\.symbol))
        let figures = rows.compactMap { Self.figure($0, key) }
        #expect(key != .last || Set(figures).count < figures.count, "ties are tested")
        #expect(figures.count < rows.count, "stocks without the figure are tested")
        #expect(key != .changePercent || (figures.contains { $0 < 0 } && figures.contains(0)), "negative and zero are tested")
    }

    @Test func bySymbolAToZOrZToA() {
        var state = Self.market
        state.ui.sort = .symbol
        state.ui.descending = false
        #expect(state.rows.map(\.symbol) == state.matchingStocks.map(\.symbol).sorted())
        state.ui.descending = true
        #expect(state.rows.map(\.symbol) == state.matchingStocks.map(\.symbol).sorted(by: >))
    }
}

/// A frame puts in order only the rows it shows: those positions hold what the full order puts there, and every
/// row is still there once.
@Suite struct OrderedWindowTests {
    @Test(arguments: [SortKey.changePercent, .value, .last], [false, true])
    func theWindowHoldsWhatTheFullOrderPutsThere(key: SortKey, descending: Bool) {
        var state = RowOrderTests.market
        state.ui.sort = key
        state.ui.descending = descending
        let full = state.rows.map(\.symbol)
        var generator = SystemRandomNumberGenerator()
        var windows = [0..<50, 0..<1, full.count - 50..<full.count, 0..<full.count, full.count - 1..<full.count + 40, 10..<10]
        windows += (0..<40).map { _ in
            let start = Int.random(in: 0..<full.count, using: &generator)
            return start..<min(start + Int.random(in: 1...80, using: &generator), full.count)
        }
        for window in windows {
            let rows = state.rows(of: state.stocksForRows, orderedIn: window).map(\.symbol)
            let inside = window.clamped(to: full.indices)
            #expect(rows[inside] == full[inside], "\(window)")
            #expect(rows.sorted() == full.sorted(), "\(window)")
        }
    }
}
