import Foundation
import Testing

/// The views of the real `demo` under tmux: tabs, `/` search, `+`/`-` written to `watchlists.toml`, the stock screen
/// and the heatmap. Every test has a configuration folder of its own (`HOME` and `XDG_CONFIG_HOME` in a fresh
/// temporary directory), never the user's.
@Suite(.serialized) struct WatchlistDashboardTests {
    typealias Pane = InteractiveDashboardTests.Pane

    /// The watchlists the file starts with: a comment line, and one list with a comment of its own.
    static let originalWatchlists = "# my second-liners\nmine = [\"ALI\"]   # keep this comment\n"

    /// A fresh home with `watchlists.toml` where the dashboard looks for it; the pane's shell is pointed at it.
    struct ConfigHome {
        let folder = temporaryDirectory()
        var configFolder: URL { folder.appendingPathComponent(".config") }
        var watchlistsFile: URL { configFolder.appendingPathComponent("psei-ticker/watchlists.toml") }
        var log: String { folder.appendingPathComponent("demo.log").path }

        /// Writes `watchlists` (nil: no file) and exports `HOME` and `XDG_CONFIG_HOME` in the pane's shell.
        init(watchlists: String?, pane: Pane) throws {
            try FileManager.default.createDirectory(at: watchlistsFile.deletingLastPathComponent(), withIntermediateDirectories: true)
            if let watchlists { try watchlists.write(to: watchlistsFile, atomically: true, encoding: .utf8) }
            try pane.type("export HOME=\(folder.path) XDG_CONFIG_HOME=\(configFolder.path)", enter: true)
        }

        var watchlistsText: String { (try? String(contentsOf: watchlistsFile, encoding: .utf8)) ?? "" }
    }

    /// One row of the stock table as the screen shows it.
    struct TableRow: Equatable {
        let symbol: String
        let selected: Bool
    }

    /// The stock table's rows on `screen`, top to bottom: the lines under the ` SYM` heading that start with the
    /// selection mark (or a space) and a symbol. None when the table is not shown.
    static func tableRows(_ screen: String) -> [TableRow] {
        let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        guard let heading = lines.firstIndex(where: { $0.hasPrefix(" SYM ") }) else { return [] }
        var rows: [TableRow] = []
        for line in lines[(heading + 1)...] {
            guard let match = line.prefixMatch(of: #/([ ▸])([A-Z][A-Z0-9.\-]*)(?= |$)/#) else { break }
            rows.append(TableRow(symbol: String(match.2), selected: match.1 == "▸"))
        }
        return rows
    }

    static func symbols(_ screen: String) -> [String] { tableRows(screen).map(\.symbol) }

    static func selectedSymbol(_ screen: String) -> String? { tableRows(screen).first(where: \.selected)?.symbol }

    /// The screen's first line: the stock screen's header, or the market header above the table.
    static func header(_ screen: String) -> String {
        screen.split(separator: "\n", omittingEmptySubsequences: false).first.map(String.init) ?? ""
    }

    /// Starts `demo` at 120× with `options` and waits until the whole board's reference data is in (`All 280`).
    @discardableResult
    func startDemo(in pane: Pane, home: ConfigHome, options: String = "") throws -> String {
        try pane.type("\(pseiTicker) demo --pace 120 --log-file \(home.log) \(options)", enter: true)
        let screen = pane.waitFor(seconds: 30) { $0.contains("● LIVE") && $0.contains("All 280") && !Self.tableRows($0).isEmpty }
        #expect(screen.contains("All 280"), "\(screen)")
        return screen
    }

    /// Quits with q and waits for the shell.
    func quit(_ pane: Pane) throws {
        try pane.type("q")
        let shell = pane.waitFor(seconds: 10) { $0.contains("$ ") && !$0.contains("● LIVE") }
        #expect(!shell.contains("● LIVE"), "\(shell)")
    }

    @Test func plusKeepsTheSearchedStockInWatchlistsTomlWithItsCommentsAndMinusGivesBackTheOriginalBytes() throws {
        let pane = try Pane()
        let home = try ConfigHome(watchlists: Self.originalWatchlists, pane: pane)
        try startDemo(in: pane, home: home)
        try pane.type("3")  // PSEi, Watch: mine, All
        let all = pane.waitFor(seconds: 5) { $0.contains("280 stocks") }
        #expect(all.contains("280 stocks"), "\(all)")

        try pane.type("/MER")
        let searched = pane.waitFor(seconds: 5) { $0.contains("/MER_") && Self.selectedSymbol($0) == "MER" }
        #expect(Self.selectedSymbol(searched) == "MER", "\(searched)")
        try pane.press("Enter")
        let kept = pane.waitFor(seconds: 5) { $0.contains("280 stocks") && Self.selectedSymbol($0) == "MER" }
        #expect(Self.selectedSymbol(kept) == "MER" && !kept.contains("/MER_"), "\(kept)")

        try pane.type("+")
        let added = pane.waitFor(seconds: 5) { $0.contains("MER added to mine") }
        #expect(added.contains("MER added to mine"), "\(added)")
        try pane.type("2")
        let watched = pane.waitFor(seconds: 5) { Self.symbols($0) == ["ALI", "MER"] }
        #expect(Self.symbols(watched) == ["ALI", "MER"] && watched.contains("2 stocks"), "\(watched)")
        try quit(pane)
        try TerminalRestoreTests().expectTerminalRestored(pane)
        #expect(home.watchlistsText == "# my second-liners\nmine = [\"ALI\", \"MER\"]   # keep this comment\n")

        // A new run reads the list back: MER is in the Watch: mine tab.
        let restarted = try startDemo(in: pane, home: home)
        #expect(restarted.contains("Watch: mine"), "\(restarted)")
        try pane.type("2")
        let reread = pane.waitFor(seconds: 5) { Self.symbols($0) == ["ALI", "MER"] && $0.contains("2 stocks") }
        #expect(Self.symbols(reread) == ["ALI", "MER"], "\(reread)")
        try pane.press("Down")
        let onMER = pane.waitFor(seconds: 5) { Self.selectedSymbol($0) == "MER" }
        #expect(Self.selectedSymbol(onMER) == "MER", "\(onMER)")
        try pane.type("-")
        let removed = pane.waitFor(seconds: 5) { $0.contains("MER removed from mine") && Self.symbols($0) == ["ALI"] }
        #expect(removed.contains("MER removed from mine") && Self.symbols(removed) == ["ALI"], "\(removed)")
        try quit(pane)
        #expect(home.watchlistsText == Self.originalWatchlists)
    }

    @Test func slashNarrowsTheRowsToTheMatchesAndEscClearsTheSearch() throws {
        let pane = try Pane()
        let home = try ConfigHome(watchlists: nil, pane: pane)
        try startDemo(in: pane, home: home, options: "--view All")
        let all = pane.waitFor(seconds: 5) { $0.contains("280 stocks") }
        #expect(all.contains("280 stocks"), "\(all)")

        try pane.type("/ayala")
        let narrowed = pane.waitFor(seconds: 5) { $0.contains("/ayala_  2 matches") && Self.symbols($0) == ["AC", "ALI"] }
        #expect(narrowed.contains("/ayala_  2 matches") && Self.symbols(narrowed) == ["AC", "ALI"], "\(narrowed)")
        try pane.press("Escape")
        let cleared = pane.waitFor(seconds: 5) { $0.contains("280 stocks") && Self.symbols($0).count > 2 }
        #expect(!cleared.contains("/ayala") && Self.symbols(cleared).count > 2 && Self.selectedSymbol(cleared) == "AC", "\(cleared)")
        try quit(pane)
    }

    @Test func enterOpensTheSelectedStocksScreenDownGoesToTheNextAndEscReturnsToTheTable() throws {
        let pane = try Pane()
        let home = try ConfigHome(watchlists: nil, pane: pane)
        let table = try startDemo(in: pane, home: home)
        #expect(Self.selectedSymbol(table) == "AC" && table.contains("30 stocks"), "\(table)")

        try pane.press("Enter")
        // The whole screen, not only its first line: a capture can catch ncurses between the header and the rest.
        let opened = pane.waitFor(seconds: 5) { Self.header($0).hasPrefix(" AC ") && Self.tableRows($0).isEmpty }
        #expect(Self.header(opened).hasPrefix(" AC ") && Self.header(opened).contains("Ayala Corporation"), "\(opened)")
        #expect(Self.tableRows(opened).isEmpty, "\(opened)")
        try pane.press("Down")
        let next = pane.waitFor(seconds: 5) { Self.header($0).hasPrefix(" ACEN ") }
        #expect(Self.header(next).hasPrefix(" ACEN ") && Self.header(next).contains("ACEN Corporation"), "\(next)")
        try pane.press("Escape")
        let back = pane.waitFor(seconds: 5) { Self.selectedSymbol($0) == "ACEN" }
        #expect(Self.selectedSymbol(back) == "ACEN" && back.contains("30 stocks"), "\(back)")
        try quit(pane)
    }

    @Test func mShowsTheViewAsAHeatmapAndMAgainTheTable() throws {
        let pane = try Pane()
        let home = try ConfigHome(watchlists: nil, pane: pane)
        try startDemo(in: pane, home: home)

        try pane.type("m")
        // Until the whole frame has been drawn: a capture can catch ncurses between the title and the table's lines.
        let heatmap = pane.waitFor(seconds: 5) { $0.contains("╭─ Heatmap") && Self.tableRows($0).isEmpty }
        #expect(heatmap.contains("╭─ Heatmap · PSEi") && Self.tableRows(heatmap).isEmpty, "\(heatmap)")
        try pane.type("m")
        let table = pane.waitFor(seconds: 5) { !$0.contains("Heatmap") && !Self.tableRows($0).isEmpty }
        #expect(!table.contains("Heatmap") && Self.selectedSymbol(table) == "AC", "\(table)")
        try quit(pane)
    }

    @Test func viewOptionStartsOnThatTabAndAnUnknownViewIsRefusedNamingTheViews() throws {
        let pane = try Pane()
        let home = try ConfigHome(watchlists: Self.originalWatchlists, pane: pane)
        let financials = try startDemo(in: pane, home: home, options: "--view FIN")
        let rows = Self.symbols(financials)
        #expect(rows.prefix(4) == ["BDO", "BPI", "CBC", "MBT"], "\(financials)")
        #expect(Set(rows).isDisjoint(with: ["AC", "ALI", "ICT", "JFC", "MER", "SM", "TEL"]), "\(financials)")
        try quit(pane)

        let errors = home.folder.appendingPathComponent("stderr").path
        try pane.type("\(pseiTicker) demo --view nope --log-file \(home.log) 2>\(errors); echo EXIT=$?", enter: true)
        let exited = pane.waitFor { $0.split(separator: "\n").contains { $0.hasPrefix("EXIT=") } }
        #expect(exited.split(separator: "\n").contains("EXIT=64"), "\(exited)")
        #expect(
            (try? String(contentsOfFile: errors, encoding: .utf8))
                == "psei-ticker: --view 'nope' is not a view; the views are PSEi, mine, All, FIN, IND, HDG, PRO, SVC, M-O\n")
    }
}

extension InteractiveDashboardTests.Pane {
    /// Sends one key by its tmux name (`Enter`, `Escape`, `Down`).
    fileprivate func press(_ key: String) throws { try tmux(["send-keys", "-t", "main", key]) }
}
