import Dashboard
import GoldenFiles
import MarketData
import Rendering
import Testing

/// Alerts on screen: the alerts view (`A`) at the sizes users run, the rows' badges and the status bar's flash, on
/// the simulated day to 11:30 received live (so its alerts are announced) with a handful of rules.
@Suite struct AlertsScreenTests {
    static let sizes = [(80, 24), (120, 40), (200, 60)]
    /// The wall time the simulated records were received at.
    static let receivedAt: EpochMillis = 1_800_000_000_000
    static let rules = [
        "any halt", "any block", "PSEi change 0.4%", "MONDE change 3%", "BDO below 133.50", "SM move 0.5% in 5m",
        "MER above 580", "JFC above 205.50", "feed malformed",
    ].map { try! AlertRule(parsing: $0) }

    static let day = simulatedState(until: "11:30", alertRules: rules, receivedAt: receivedAt)

    static func frame(
        _ state: DashboardState, width: Int = 120, height: Int = 40, glyphs: Glyphs = .unicode, now: EpochMillis = receivedAt + 3_000
    ) -> CellGrid {
        Renderer.render(state, width: width, height: height, context: RenderContext(glyphs: glyphs, now: now))
    }

    static func showingAlerts(_ state: DashboardState, rows: Int = 20) -> DashboardState {
        var state = state
        Dashboard.reduce(into: &state, action: .key(.toggleAlerts))
        Dashboard.reduce(into: &state, action: .alertRows(rows))
        return state
    }

    /// The figures of `text` no value of `state` explains, but for the feed's address and its records/s (the whole
    /// day arrived in one batch).
    static func unexplained(_ text: String, _ state: DashboardState) -> [String] {
        ShownNumbers(state).unexplained(in: text.replacing(/[0-9,]+ rec\/s/, with: "rec/s")).filter { $0 != "127.0.0.1:9092" }
    }

    /// The table row of `symbol` (selected or not).
    static func row(of symbol: Symbol, in grid: CellGrid) -> Int? {
        (2..<grid.height - 1).first { grid.text(row: $0).dropFirst().hasPrefix(symbol.code + " ") }
    }

    @Test(arguments: sizes)
    func alertsViewFrame(size: (Int, Int)) throws {
        let state = Self.showingAlerts(Self.day, rows: AlertsScreen.Layout(width: size.0, height: size.1).rows)
        let grid = Self.frame(state, width: size.0, height: size.1)
        let text = FrameExport.text(grid)
        let count = state.alerts.fired.count
        #expect(count > 3)
        #expect(text.contains("Alerts · \(count) today · 9 rules"), "\(text)")
        #expect(text.contains(" TIME ") && text.contains("MESSAGE") && text.contains("VALUE"), "\(text)")
        let newest = try #require(state.alerts.fired.last)
        #expect(text.contains(clockText(newest)), "\(text)")
        #expect(Self.unexplained(text, state).isEmpty, "\(text)")
        try assertSnapshot(text, named: "alerts-\(size.0)x\(size.1).txt")
        try assertSnapshot(RoleMap.text(grid), named: "alerts-\(size.0)x\(size.1).roles.txt")
    }

    /// Newest first: each line's time is no later than the one above it.
    @Test func theAlertsRunNewestFirst() {
        let grid = Self.frame(Self.showingAlerts(Self.day), width: 200, height: 60)
        let times = (4..<58).map { grid.text(row: $0) }.compactMap { $0.firstMatch(of: /│ ([0-9]{2}:[0-9]{2}:[0-9]{2})\s/)?.1 }
        #expect(times.count == min(Self.day.alerts.fired.count, 54))
        #expect(times == times.sorted(by: >))
    }

    /// A screen too short for the day's alerts shows a page of them and says which; scrolled to the end, the oldest.
    @Test(arguments: sizes)
    func aLongListScrollsAndSurvivesAResize(size: (Int, Int)) {
        var state = Self.showingAlerts(Self.day, rows: 5)
        Dashboard.reduce(into: &state, action: .key(.end))
        let count = state.alerts.fired.count
        #expect(state.ui.alertsScroll == count - 5)
        let text = FrameExport.text(Self.frame(state, width: size.0, height: size.1))
        let rows = AlertsScreen.Layout(width: size.0, height: size.1).rows
        let first = max(count - rows, 0) + 1
        #expect(text.contains("today · 9 rules" + (rows < count ? " · \(first)–\(count) of \(count)" : "")), "\(text)")
        #expect(text.contains(clockText(state.alerts.fired[0])), "\(text)")
    }

    @Test func withoutRulesTheViewSaysHowToAddThem() {
        let state = Self.showingAlerts(simulatedState(until: "10:00"))
        let text = FrameExport.text(Self.frame(state, width: 80, height: 24))
        #expect(text.contains("Alerts · 0 today · 0 rules"), "\(text)")
        #expect(text.contains("No alert rules.") && text.contains("--alert 'RULE'") && text.contains("alerts = ["), "\(text)")
        #expect(text.contains("SYMBOL above|below PRICE"), "\(text)")
    }

    @Test func withRulesButNoAlertTheViewListsTheRules() {
        let rules = ["ALI above 999", "PSEi below 100"].map { try! AlertRule(parsing: $0) }
        let state = Self.showingAlerts(simulatedState(until: "10:00", alertRules: rules, receivedAt: Self.receivedAt))
        let text = FrameExport.text(Self.frame(state, width: 80, height: 24))
        #expect(text.contains("Alerts · 0 today · 2 rules") && text.contains("No alert yet today. Watching:"), "\(text)")
        #expect(text.contains("  ALI above 999") && text.contains("  PSEi below 100"), "\(text)")
    }

    /// The table with the newest alert flashing in the status bar and the badges of the stocks that had alerts.
    @Test func tableFrameWithBadgesAndAFlash() throws {
        let grid = Self.frame(Self.day)
        let text = FrameExport.text(grid)
        let newest = try #require(Self.day.alerts.fired.last)
        let status = grid.text(row: grid.height - 1)
        #expect(status.contains("⚑ \(clockText(newest)) \(newest.message.prefix(10))"), "\(status)")
        let badged = Self.day.rows.filter { Self.day.alerts.latestBySubject[$0.symbol.code] != nil }
            .compactMap { Self.row(of: $0.symbol, in: grid) }
        #expect(badged.count >= 3)
        for row in badged {
            let selected = grid.text(row: row).hasPrefix("▸")
            #expect(grid[6, row] == Cell("⚑", selected ? .selection : .alert), "\(grid.text(row: row))")
        }
        #expect(Self.unexplained(text, Self.day).isEmpty, "\(text)")
        try assertSnapshot(text, named: "alerts-table-120x40.txt")
        try assertSnapshot(RoleMap.text(grid), named: "alerts-table-120x40.roles.txt")
    }

    /// The flash lasts ten seconds of wall time from the announcement; alerts fired while not live never flash.
    @Test func theFlashLastsTenSecondsAndOnlyForAnnouncedAlerts() {
        func flashes(_ state: DashboardState, now: EpochMillis) -> Bool {
            Self.frame(state, width: 200, now: now).text(row: 39).contains("⚑")
        }
        #expect(flashes(Self.day, now: Self.receivedAt))
        #expect(flashes(Self.day, now: Self.receivedAt + 9_999))
        #expect(!flashes(Self.day, now: Self.receivedAt + 10_000))
        #expect(!flashes(Self.day, now: Self.receivedAt - 1))
        let replayed = simulatedState(until: "11:30", alertRules: Self.rules)
        #expect(!replayed.alerts.fired.isEmpty && !flashes(replayed, now: Self.receivedAt))
    }

    /// At 80 columns a long flash is cut short, and the feed's problem counts stay in front of it.
    @Test func theFlashNeverHidesTheFeedsProblems() {
        var state = Self.day
        let bad = FeedRecord(topic: "pse.trades", timestamp: 0, key: nil, value: Array("{".utf8))
        Dashboard.reduce(into: &state, action: .records([WireCodec.decode(bad)], receivedAt: Self.receivedAt))
        let status = Self.frame(state, width: 80, height: 24).text(row: 23)
        #expect(status.contains("malformed 1") && status.contains("⚑ "), "\(status)")
        #expect(status.contains("1 malformed record, 1 today"), "\(status)")
    }

    /// In ASCII the badge and the flash's mark are `!`; the symbol of a stock whose alert is recent is in the
    /// alert role.
    @Test func asciiBadgesAndRecentSymbols() throws {
        let grid = Self.frame(Self.day, glyphs: .ascii)
        #expect(grid.text(row: 39).contains("| ! "), "\(grid.text(row: 39))")
        let clock = try #require(Self.day.shown.dataClock.time)
        var recent = Set<Bool>()
        for stock in Self.day.rows {
            guard let alert = Self.day.alerts.latestBySubject[stock.symbol.code], let fired = alert.dataTime,
                let row = Self.row(of: stock.symbol, in: grid), !grid.text(row: row).hasPrefix(">")
            else { continue }
            #expect(grid[6, row] == Cell("!", .alert))
            #expect(grid[1, row].role == (clock - fired < 10 * 60_000 ? .alert : .normal), "\(grid.text(row: row))")
            recent.insert(clock - fired < 10 * 60_000)
        }
        #expect(recent == [true, false])
    }
}

/// An alert's data time as the view and the flash write it.
private func clockText(_ alert: Alert) -> String { ManilaTime(epochMillis: alert.dataTime!).clockText }
