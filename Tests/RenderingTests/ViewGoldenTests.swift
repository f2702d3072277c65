import Dashboard
import Exchange
import GoldenFiles
import MarketData
import Rendering
import Simulator
import Testing

/// Every view of the full simulated board at 11:00, the search and the heatmap, at the smallest and the largest
/// usual sizes: the text and the role of every cell, compared with golden files.
@Suite struct ViewGoldenTests {
    static let board: DashboardState = {
        var state = simulatedState(until: "11:00", board: .full)
        let simulated = state.market.symbols.filter { !PSERules.isConstituent($0) }
        state.ui.watchlists = [Watchlist(name: "banks", symbols: ["BDO", "BPI", "MBT", "CBC"] + simulated.prefix(2))]
        return state
    }()

    static let views: [(name: String, view: MarketView, sort: SortKey)] = [
        ("psei", .psei, .none), ("watchlist", .watchlist("banks"), .none), ("all", .all, .changePercent),
        ("property", .sector(.property), .value),
    ]
    static let sizes = [(80, 24), (200, 60)]

    static func frame(_ state: DashboardState, width: Int, height: Int, shade: Bool = false) -> CellGrid {
        Renderer.render(state, width: width, height: height, context: RenderContext(glyphs: .unicode, shadeWithGlyphs: shade))
    }

    static func state(_ view: MarketView, sort: SortKey) -> DashboardState {
        var state = board
        state.ui.view = view
        state.ui.sort = sort
        state.ui.descending = sort.startsDescending
        return state
    }

    @Test(arguments: views.indices, sizes)
    func viewFrame(index: Int, size: (Int, Int)) throws {
        let (name, view, sort) = Self.views[index]
        let grid = Self.frame(Self.state(view, sort: sort), width: size.0, height: size.1)
        let text = FrameExport.text(grid)
        let tab = view == .psei ? "PSEi" : view == .all ? "All 280" : view == .sector(.property) ? "PRO" : "Watch: banks"
        #expect(text.split(separator: "\n")[1].contains(tab), "\(text)")
        try assertSnapshot(text, named: "view-\(name)-\(size.0)x\(size.1).txt")
        try assertSnapshot(RoleMap.text(grid), named: "view-\(name)-\(size.0)x\(size.1).roles.txt")
    }

    /// The current tab is drawn in the title role, the others as labels.
    @Test func theCurrentTabIsTheOneInTheTitleRole() {
        for (_, view, sort) in Self.views {
            let grid = Self.frame(Self.state(view, sort: sort), width: 200, height: 60)
            let line = grid.text(row: 1)
            let titled = String(line.enumerated().filter { grid[$0.offset, 1].role == .title }.map(\.element))
            let expected = view == .psei ? "PSEi" : view == .all ? "All 280" : view == .sector(.property) ? "PRO" : "Watch: banks"
            #expect(titled == expected, "\(line)")
        }
    }

    @Test(arguments: sizes)
    func searchFrame(size: (Int, Int)) throws {
        var state = Self.state(.all, sort: .none)
        Dashboard.reduce(into: &state, action: .key(.startSearch))
        for character in "ay" { Dashboard.reduce(into: &state, action: .key(.typeSearch(character))) }
        let grid = Self.frame(state, width: size.0, height: size.1)
        let text = FrameExport.text(grid)
        #expect(
            text.contains("/ay_")
                && state.rows.allSatisfy { $0.symbol.code.lowercased().contains("ay") || ($0.name ?? "").lowercased().contains("ay") })
        try assertSnapshot(text, named: "search-\(size.0)x\(size.1).txt")
    }

    @Test(arguments: sizes)
    func heatmapFrame(size: (Int, Int)) throws {
        var state = Self.state(.psei, sort: .none)
        state.ui.heatmapShown = true
        let grid = Self.frame(state, width: size.0, height: size.1)
        try assertSnapshot(FrameExport.text(grid), named: "heatmap-psei-\(size.0)x\(size.1).txt")
        try assertSnapshot(RoleMap.text(grid), named: "heatmap-psei-\(size.0)x\(size.1).roles.txt")
    }

    /// Where colour cannot carry the scale (mono, 8 or 16 colours) the tiles are shaded with glyphs.
    @Test func heatmapShadedWithGlyphsForTheAllView() throws {
        var state = Self.state(.all, sort: .none)
        state.ui.heatmapShown = true
        let text = FrameExport.text(Self.frame(state, width: 200, height: 60, shade: true))
        #expect(text.contains("▒") || text.contains("░"))
        try assertSnapshot(text, named: "heatmap-all-shaded-200x60.txt")
    }

    /// The stock screen of a listing outside the PSEi, from the All view (its header names no index weight).
    @Test(arguments: sizes)
    func stockScreenOfASimulatedListing(size: (Int, Int)) throws {
        var state = Self.state(.all, sort: .value)
        state.ui.selected = try #require(state.rows.firstIndex { !PSERules.isConstituent($0.symbol) })
        Dashboard.reduce(into: &state, action: .key(.openStock))
        let symbol = try #require(state.ui.stockScreen)
        #expect(!PSERules.isConstituent(symbol))
        let grid = Self.frame(state, width: size.0, height: size.1)
        let text = FrameExport.text(grid)
        #expect(text.contains(symbol.code) && (size.0 < 120 || text.contains("Simulated")) && !text.contains("PSEi weight"), "\(text)")
        try assertSnapshot(text, named: "stock-listing-\(size.0)x\(size.1).txt")
        try assertSnapshot(RoleMap.text(grid), named: "stock-listing-\(size.0)x\(size.1).roles.txt")
    }
}
