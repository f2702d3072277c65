import Dashboard
import MarketData

/// Line 2: the views as tabs (` PSEi │ Watch: banks │ All 284 │ FIN IND HDG PRO SVC M-O `), the current one in the
/// title role, and at the right the search being typed or what the table holds (`30 stocks · by %chg, highest first`).
/// Tabs that do not fit are dropped from the end further from the current one, with `…` where they were.
enum ViewTabs {
    static func draw(_ state: DashboardState, rowCount: Int, y: Int, into grid: inout CellGrid, context: RenderContext) {
        let glyphs = context.glyphs
        let views = state.views
        let current = views.firstIndex(of: state.ui.view) ?? 0
        let labels = views.map { title($0, state: state) }
        // The tabs come first: the sort is left out of the summary when the tabs would not all fit beside it.
        let all = labels.reduce(0) { $0 + $1.count + 3 }
        var right = summary(state, rowCount: rowCount, glyphs: glyphs, withSort: true)
        if all + right.text.count + 3 > grid.width - 2 { right = summary(state, rowCount: rowCount, glyphs: glyphs, withSort: false) }
        let rightWidth = right.text.count
        let room = grid.width - 2 - (rightWidth > 0 ? rightWidth + 3 : 0)
        let bar = glyphs.braille ? " │ " : " | "
        func separator(before index: Int) -> String {
            if case .sector = views[index], case .sector = views[index - 1] { return " " }
            return bar
        }
        func width(_ range: ClosedRange<Int>) -> Int {
            range.reduce(0) { $0 + labels[$1].count + ($1 == range.lowerBound ? 0 : separator(before: $1).count) }
                + (range.lowerBound > 0 ? glyphs.ellipsis.count + 1 : 0)
                + (range.upperBound < views.count - 1 ? glyphs.ellipsis.count + 1 : 0)
        }
        var shown = current...current
        while true {
            let wider = [
                shown.upperBound + 1 < views.count ? shown.lowerBound...(shown.upperBound + 1) : nil,
                shown.lowerBound > 0 ? (shown.lowerBound - 1)...shown.upperBound : nil,
            ].compactMap { $0 }.first { width($0) <= room }
            guard let wider else { break }
            shown = wider
        }
        var x = 1
        if shown.lowerBound > 0 { x = grid.put(glyphs.ellipsis + " ", x: x, y: y, role: .label) }
        for index in shown {
            if index != shown.lowerBound { x = grid.put(separator(before: index), x: x, y: y, role: .border) }
            x = grid.put(labels[index], x: x, y: y, role: index == current ? .title : .label, maxWidth: max(grid.width - 1 - x, 0))
        }
        if shown.upperBound < views.count - 1 { grid.put(" " + glyphs.ellipsis, x: x, y: y, role: .label) }
        if rightWidth > 0, rightWidth + 2 <= grid.width { grid.putRight(right.text, right: grid.width - 1, y: y, role: right.role) }
    }

    /// A tab's label: `PSEi`, `Watch: banks`, `All 284`, or a sector's index code.
    static func title(_ view: MarketView, state: DashboardState) -> String {
        switch view {
        case .psei: "PSEi"
        case .watchlist(let name): "Watch: " + TerminalSafe.sanitize(name)
        case .all: "All \(state.shown.symbols.count)"
        case .sector(let sector): sector.index.rawValue
        }
    }

    /// The search being typed (`/ali_  3 matches`), else the rows (and the sort, `withSort`).
    private static func summary(_ state: DashboardState, rowCount count: Int, glyphs: Glyphs, withSort: Bool) -> (
        text: String, role: StyleRole
    ) {
        if let search = state.ui.search {
            let matches = count == 1 ? "1 match" : "\(count) matches"
            return ("/\(TerminalSafe.sanitize(search.text))_  \(matches)", count == 0 ? .warning : .header)
        }
        let stocks = count == 1 ? "1 stock" : "\(count) stocks"
        guard state.ui.sort != .none, withSort else { return (stocks, .label) }
        let direction = state.ui.sort.directionText(descending: state.ui.descending)
        return ("\(stocks)\(glyphs.separator)by \(state.ui.sort.rawValue), \(direction)", .label)
    }
}
