import Dashboard
import MarketData
import Testing

/// Tabs, the search and watchlist edits, through the reducer.
@Suite struct ViewTests {
    var state = DashboardState(source: "test")

    init() {
        // Two listings outside the PSEi, with names and a sector, as reference data brings them.
        let extras: [(Symbol, String, String)] = [
            ("MWIDE", "Megawide Construction", "Industrial"), ("ZZZ", "Simulated Z Corp.", "Services"),
        ]
        Dashboard.reduce(
            into: &state,
            action: .records(
                extras.map { symbol, name, sector in
                    .success(
                        .reference(
                            ReferenceData(
                                subject: .security(symbol), name: name, sector: sector, previousClose: Price("10")!, date: "2026-11-25")))
                }, receivedAt: 0))
    }

    mutating func press(_ keys: KeyCommand...) { for key in keys { Dashboard.reduce(into: &state, action: .key(key)) } }
    mutating func type(_ text: String) { for character in text { press(.typeSearch(character)) } }
    var symbols: [String] { state.rows.map(\.symbol.description) }
    var selected: String { state.rows[state.ui.selected].symbol.description }

    @Test mutating func theTabsRunPSEiWatchlistsAllThenTheSectorsAndWrapAround() {
        state.ui.watchlists = [Watchlist(name: "banks", symbols: ["BDO", "BPI"])]
        #expect(
            state.views == [
                .psei, .watchlist("banks"), .all, .sector(.financials), .sector(.industrial), .sector(.holdingFirms),
                .sector(.property), .sector(.services), .sector(.miningAndOil),
            ])
        #expect(symbols.count == 30)
        press(.nextView)
        #expect(symbols == ["BDO", "BPI"])
        press(.nextView)
        #expect(symbols.count == 32 && symbols.suffix(2) == ["MWIDE", "ZZZ"])
        press(.previousView, .previousView, .previousView)
        #expect(state.ui.view == .sector(.miningAndOil))
        press(.showView(4))
        #expect(state.ui.view == .sector(.industrial) && symbols.contains("MWIDE") && !symbols.contains("BDO"))
        press(.showView(42))
        #expect(state.ui.view == .sector(.industrial))
    }

    @Test mutating func switchingViewsKeepsTheSelectedStockWhenTheNewViewHasIt() {
        press(.showView(1))  // All
        press(.down, .down, .down)  // ALI
        #expect(selected == "ALI")
        press(.showView(5))  // PRO
        #expect(selected == "ALI")
        press(.showView(2))  // FIN has no ALI: the first row
        #expect(state.ui.selected == 0)
    }

    @Test mutating func searchKeepsMatchingSymbolsAndNamesEnterJumpsEscClears() {
        press(.showView(1), .startSearch)
        type("mega")
        #expect(symbols == ["MWIDE"])
        press(.eraseSearch, .eraseSearch, .eraseSearch, .eraseSearch)
        type("ayala")
        #expect(symbols == ["AC", "ALI"])
        press(.down, .acceptSearch)
        #expect(state.ui.search == nil && symbols.count == 32 && selected == "ALI")
        press(.startSearch)
        type("no such thing")
        #expect(symbols.isEmpty)
        press(.dismiss)
        #expect(state.ui.search == nil && selected == "ALI")
    }

    @Test mutating func searchTextDropsControlCharactersAndIsBounded() {
        press(.startSearch, .typeSearch("\u{1B}"), .typeSearch("\u{7}"))
        #expect(state.ui.search?.text == "")
        type(String(repeating: "x", count: 100))
        #expect(state.ui.search?.text.count == 24)
    }

    @Test mutating func plusAddsTheSelectionToTheCurrentWatchlistAndMinusRemovesIt() {
        state.ui.watchlists = [Watchlist(name: "banks", symbols: ["BDO"]), Watchlist(name: "mine", symbols: [])]
        press(.showView(3))  // All
        press(.end, .addToWatchlist)  // ZZZ, outside a watchlist: into the first list
        #expect(state.ui.watchlists[0].symbols == ["BDO", "ZZZ"] && state.ui.notice == "ZZZ added to banks")
        press(.addToWatchlist)
        #expect(state.ui.watchlists[0].symbols == ["BDO", "ZZZ"] && state.ui.notice == "ZZZ is already in banks")
        press(.showView(2), .home, .addToWatchlist)  // mine: nothing selected, nothing added
        #expect(state.ui.watchlists[1].symbols.isEmpty)
        press(.showView(1), .end, .removeFromWatchlist)  // banks: ZZZ is the last row
        #expect(state.ui.watchlists[0].symbols == ["BDO"] && state.ui.notice == "ZZZ removed from banks" && selected == "BDO")
        press(.up)
        #expect(state.ui.notice == nil)
    }

    @Test mutating func theFirstPlusWithNoWatchlistsCreatesOne() {
        press(.down, .addToWatchlist)
        #expect(state.ui.watchlists == [Watchlist(name: Dashboard.firstWatchlistName, symbols: ["ACEN"])])
        #expect(state.views.contains(.watchlist(Dashboard.firstWatchlistName)))
        press(.removeFromWatchlist, .removeFromWatchlist)
        #expect(state.ui.watchlists[0].symbols.isEmpty && state.ui.notice == "ACEN is in no watchlist")
    }

    @Test mutating func aWatchedSymbolTheFeedHasNotMentionedIsAnEmptyRow() {
        state.ui.watchlists = [Watchlist(name: "later", symbols: ["NEW", "ALI"])]
        press(.showView(1))
        #expect(symbols == ["NEW", "ALI"] && state.rows[0].last == nil)
    }

    @Test func viewsAreNamedAsTheCommandLineTakesThem() {
        let lists = [Watchlist(name: "Banks", symbols: [])]
        #expect(MarketView.named("psei", watchlists: lists) == .psei)
        #expect(MarketView.named("ALL", watchlists: lists) == .all)
        #expect(MarketView.named("m-o", watchlists: lists) == .sector(.miningAndOil))
        #expect(MarketView.named("Holding Firms", watchlists: lists) == .sector(.holdingFirms))
        #expect(MarketView.named("banks", watchlists: lists) == .watchlist("Banks"))
        #expect(MarketView.named("nope", watchlists: lists) == nil)
        #expect(MarketView.names(watchlists: lists) == ["PSEi", "Banks", "All", "FIN", "IND", "HDG", "PRO", "SVC", "M-O"])
    }
}
