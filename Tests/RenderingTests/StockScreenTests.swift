import Dashboard
import GoldenFiles
import MarketData
import Rendering
import Testing

/// The stock screen (Enter on a row): whole frames at the sizes users run, text and roles, and how it behaves.
@Suite struct StockScreenTests {
    /// The simulated day at 11:00 with ALI's screen open.
    static let state = open("ALI", in: simulatedState(until: "11:00"))

    static func open(_ symbol: Symbol, in state: DashboardState) -> DashboardState {
        var state = state
        state.ui.selected = state.rows.firstIndex { $0.symbol == symbol }!
        Dashboard.reduce(into: &state, action: .key(.openStock))
        return state
    }

    static func frame(_ state: DashboardState, width: Int = 120, height: Int = 40, glyphs: Glyphs = .unicode) -> String {
        FrameExport.text(Renderer.render(state, width: width, height: height, context: RenderContext(glyphs: glyphs)))
    }

    @Test(arguments: [(80, 24), (120, 40), (200, 60)])
    func frameAtSize(width: Int, height: Int) throws {
        let grid = Renderer.render(Self.state, width: width, height: height, context: RenderContext(glyphs: .unicode))
        try assertSnapshot(FrameExport.text(grid), named: "stock-\(width)x\(height).txt")
        try assertSnapshot(RoleMap.text(grid), named: "stock-\(width)x\(height).roles.txt")
    }

    @Test func asciiFrameHasNoUnicode() throws {
        let text = Self.frame(Self.state, glyphs: .ascii)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        #expect(text.contains("ALI today") && text.contains("Time & sales"))
    }
}

/// What the stock screen does with keys and with unusual stocks.
@Suite struct StockScreenBehaviourTests {
    @Test func downShowsTheNextRowsStockAndEscReturnsToTheTable() {
        var state = StockScreenTests.state
        let next = state.rows[state.ui.selected + 1].symbol
        Dashboard.reduce(into: &state, action: .key(.down))
        #expect(StockScreenTests.frame(state).hasPrefix(" \(next.code) "))
        Dashboard.reduce(into: &state, action: .key(.dismiss))
        let table = StockScreenTests.frame(state)
        #expect(table.hasPrefix(" PSEi ") && table.contains("▸\(next.code) "))
    }

    @Test func theTapeScrollsToOlderTradesAndNoFurtherThanTheOldest() throws {
        var state = StockScreenTests.state
        let rows = StockScreen.Layout(width: 120, height: 40).tapeRows
        Dashboard.reduce(into: &state, action: .tapeRows(rows))
        Dashboard.reduce(into: &state, action: .key(.pageDown))
        let tape = state.shown.stocks["ALI"]!.tape
        let second = try #require(tape[newest: rows])
        let scrolled = StockScreenTests.frame(state)
        let kept = Quantity(Int64(tape.count)).grouped
        #expect(scrolled.contains("\(rows + 1) to \(2 * rows) of \(kept)"))
        #expect(scrolled.contains("│ \(ManilaTime(epochMillis: second.timestamp).clockText) "))
        Dashboard.reduce(into: &state, action: .key(.end))
        #expect(StockScreenTests.frame(state).contains("\(Quantity(Int64(tape.count - rows + 1)).grouped) to \(kept) of \(kept)"))
    }

    @Test func aHaltedStockShowsItsHaltInTheHeaderAndTheHistory() throws {
        let base = simulatedState(until: "13:30")
        let halted = try #require(base.shown.stocks.values.first { !$0.halts.periods.isEmpty })
        let period = halted.halts.periods[0]
        let text = StockScreenTests.frame(StockScreenTests.open(halted.symbol, in: base))
        let reason = try #require(period.reason)
        #expect(text.contains("\(ManilaTime(epochMillis: period.since).clockText) HALT"))
        #expect(text.contains(reason) && text.contains("resumed"))
        let during = StockScreenTests.open(
            halted.symbol, in: simulatedState(until: ManilaTime(epochMillis: period.since + 60_000).clockText))
        #expect(StockScreenTests.frame(during).contains("HALTED since"))
    }

    @Test func aStockWithNoTradesShowsItsPreviousCloseWithoutCrashing() throws {
        var state = simulatedState(until: "09:00")
        state = StockScreenTests.open("ALI", in: state)
        let stock = try #require(state.shown.stocks["ALI"])
        #expect(stock.tradeCount == 0)
        let text = StockScreenTests.frame(state)
        let close = try #require(stock.previousClose?.formatted(grouping: true))
        #expect(text.contains("prev close \(close)") && text.contains("No trades yet today") && text.contains("no trades yet"))
        for (width, height) in [(40, 10), (80, 24), (200, 60)] {
            _ = StockScreenTests.frame(state, width: width, height: height)
        }
    }

    @Test func everySizeDrawsWithinTheGridAndKeepsTheStatusBar() {
        for width in stride(from: 40, through: 200, by: 7) {
            for height in stride(from: 10, through: 60, by: 5) {
                let grid = Renderer.render(StockScreenTests.state, width: width, height: height, context: RenderContext())
                #expect(grid.text(row: 0).hasPrefix(" ALI "))
                #expect(grid.text(row: height - 1).contains("LIVE"), "\(width)x\(height)")
            }
        }
    }
}
