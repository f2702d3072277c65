import Dashboard
import MarketData
import Rendering
import Testing

/// The stock table alone, on small hand-built states (the way ratatui tests a widget): text and the role of every
/// cell, so a change to the simulator or to other widgets leaves these alone.
@Suite struct StockTableTests {
    static let date = "2026-11-25"
    static func at(_ time: String) -> EpochMillis {
        ManilaTime.epochMillis(date: date, secondOfDay: ManilaTime.secondOfDay(parsing: time)!)!
    }

    /// ALI up, BDO down and halted, BPI quoted but not traded, AC silent for 20 minutes while the market is open.
    static var state: DashboardState {
        var state = DashboardState(source: "test")
        let events: [MarketEvent] = [
            .status(StatusChange(scope: .market, phase: .open, timestamp: at("09:30:00"))),
            .reference(ReferenceData(subject: .security("ALI"), previousClose: Price("22.05")!, date: date)),
            .reference(ReferenceData(subject: .security("BDO"), previousClose: Price("134.60")!, date: date)),
            .reference(ReferenceData(subject: .security("AC"), previousClose: Price("455.00")!, date: date)),
            .trade(Trade(symbol: "AC", price: Price("456.00")!, quantity: 10, timestamp: at("09:31:00"), seq: 1)),
            .trade(Trade(symbol: "ALI", price: Price("22.50")!, quantity: 1_000, timestamp: at("09:50:00"), seq: 1)),
            .trade(Trade(symbol: "BDO", price: Price("130.00")!, quantity: 10, timestamp: at("09:50:00"), seq: 1)),
            .quote(
                Quote(
                    symbol: "BPI", bid: Price("115.10")!, bidQuantity: 1_290, ask: Price("115.20")!, askQuantity: 20,
                    timestamp: at("09:50:00"), seq: 1)),
            .status(StatusChange(scope: .security("BDO"), phase: .halted, timestamp: at("09:51:00"))),
        ]
        Dashboard.reduce(into: &state, action: .records(events.map { .success($0) }, receivedAt: 0))
        return state
    }

    static func render(_ state: DashboardState, width: Int, rows: Int = 6, glyphs: Glyphs = .unicode) -> CellGrid {
        var grid = CellGrid(width: width, height: rows)
        StockTable.draw(
            state, rows: state.rows, x: 0, y: 0, width: width, height: rows, into: &grid, context: RenderContext(glyphs: glyphs))
        return grid
    }

    @Test func withoutASortThereIsNoMarkerAndWithoutUnicodeTheMarkerIsASCII() {
        var state = Self.state
        #expect(!Self.line(Self.render(state, width: 120, rows: 1), 0).contains { $0 == "▲" || $0 == "▼" })
        state.ui.sort = .changePercent
        state.ui.descending = true
        #expect(Self.line(Self.render(state, width: 120, rows: 1, glyphs: .ascii), 0).contains("%CHGv"))
        state.ui.descending = false
        #expect(Self.line(Self.render(state, width: 120, rows: 1, glyphs: .ascii), 0).contains("%CHG^"))
    }

    static func line(_ grid: CellGrid, _ row: Int) -> String { grid.text(row: row) }

    @Test func onlyTheSelectedRowCarriesTheSelectionStyle() {
        var state = Self.state
        state.ui.selected = 2
        let grid = Self.render(state, width: 90)
        for row in 1..<grid.height {
            let selectionCells = (0..<grid.width).filter { grid[$0, row].role == .selection }
            #expect(selectionCells.isEmpty == (row != 3), "row \(row): \(RoleMap.text(grid, rows: row..<row + 1))")
        }
        #expect(Self.line(grid, 3).hasPrefix("▸"))
    }

    @Test func aHaltedStockSaysSoAndAQuietOneIsStaleInTheirOwnRoles() throws {
        let grid = Self.render(Self.state, width: 90, rows: 32)
        let rows = (1..<grid.height).map { Self.line(grid, $0) }
        let bdo = try #require(rows.firstIndex { $0.dropFirst().hasPrefix("BDO ") }) + 1
        #expect(Self.line(grid, bdo).contains("HALT 09:51"))
        #expect((0..<grid.width).contains { grid[$0, bdo].role == .halted })
        #expect((0..<grid.width).contains { grid[$0, bdo].role == .down }, "the fall keeps its colour")
        let ac = try #require(rows.firstIndex { $0.dropFirst().hasPrefix("AC ") }) + 1
        #expect(Self.line(grid, ac).contains("STALE 20m"), "\(Self.line(grid, ac))")
        #expect((0..<grid.width).contains { grid[$0, ac].role == .stale })
    }

    @Test(arguments: [SortKey.symbol, .changePercent, .points, .value, .volume, .last], [false, true])
    func theSortedColumnIsMarkedWithItsDirection(key: SortKey, descending: Bool) throws {
        var state = Self.state
        state.ui.sort = key
        state.ui.descending = descending
        let header = Self.line(Self.render(state, width: 200, rows: 3), 0)
        let title = ["symbol": "SYM", "%chg": "%CHG", "pts": "PTS", "value": "VALUE", "volume": "VOLUME", "last": "LAST"][key.rawValue]!
        let marker = descending ? "▼" : "▲"
        #expect(header.contains(title + marker), "\(header)")
        #expect(header.filter { $0 == "▲" || $0 == "▼" }.count == 1, "\(header)")
        if key == .symbol && !descending { #expect(state.rows.map(\.symbol) == state.rows.map(\.symbol).sorted()) }
    }

    @Test func bidAndAskSizesAndPricesLineUpInColumnsOfTheirOwn() throws {
        let grid = Self.render(Self.state, width: 200, rows: 32)
        let header = Self.line(grid, 0)
        let bpi = try #require((1..<grid.height).map { Self.line(grid, $0) }.first { $0.hasPrefix(" BPI ") })
        for (title, figure) in [("BID SIZE", "1,290"), ("BID", "115.10"), ("ASK", "115.20"), ("ASK SIZE", "20")] {
            let titleEnd = try #require(header.range(of: " \(title)(?=  |$)", options: .regularExpression)).upperBound
            let end = header.distance(from: header.startIndex, to: titleEnd)
            let cell = String(bpi.dropFirst(end - figure.count).prefix(figure.count))
            #expect(cell == figure, "\(title) ends at column \(end): '\(cell)' in \(bpi)")
        }
    }
}

/// What the user's configuration and a quiet board change in the table.
@Suite struct StockTableChoiceTests {
    @Test func configuredColumnsComeInTheUsersOrderAndDropFromTheRightWhenNarrow() {
        var grid = CellGrid(width: 120, height: 3)
        let context = RenderContext(columns: ["VALUE", "LAST", "TRADES"])
        StockTable.draw(
            StockTableTests.state, rows: StockTableTests.state.rows, x: 0, y: 0, width: 120, height: 3, into: &grid, context: context)
        let header = StockTableTests.line(grid, 0).split(separator: " ").map(String.init)
        #expect(header == ["SYM", "VALUE", "LAST", "TRADES", "TODAY"])
        var narrow = CellGrid(width: 60, height: 3)
        StockTable.draw(
            StockTableTests.state, rows: StockTableTests.state.rows, x: 0, y: 0, width: 60, height: 3, into: &narrow, context: context)
        #expect(StockTableTests.line(narrow, 0).split(separator: " ").map(String.init) == ["SYM", "VALUE", "LAST", "TODAY"])
    }

    @Test func aStockThatHasNotTradedShowsItsPreviousCloseUnchangedNotBlanks() throws {
        var state = StockTableTests.state
        let reference = ReferenceData(subject: .security("ZZZ"), previousClose: Price("3.45")!, date: StockTableTests.date)
        Dashboard.reduce(into: &state, action: .records([.success(.reference(reference))], receivedAt: 0))
        state.ui.view = .all
        let grid = StockTableTests.render(state, width: 90, rows: 40)
        let row = try #require((1..<grid.height).first { StockTableTests.line(grid, $0).hasPrefix(" ZZZ ") })
        let text = StockTableTests.line(grid, row)
        #expect(text.contains("3.45") && text.contains("0.00") && text.contains("0.00%"), "\(text)")
        #expect(!text.contains("STALE"), "silence is normal for a listing outside the PSEi: \(text)")
        #expect((0..<grid.width).allSatisfy { [.normal, .unchanged].contains(grid[$0, row].role) })
    }

    @Test func anEmptyViewSaysWhyAndWhatToDo() {
        var state = StockTableTests.state
        state.ui.watchlists = [Watchlist(name: "empty", symbols: [])]
        state.ui.view = .watchlist("empty")
        #expect(StockTableTests.line(StockTableTests.render(state, width: 120, rows: 3), 1).contains("press + (or a) to add"))
    }
}
