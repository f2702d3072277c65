import Dashboard
import MarketData

/// The constituents table: right-aligned numbers, signs always shown, a sparkline of the day, HALT/CEIL/FLOOR/STALE
/// flags, and an alert badge (`AlertBadge`) beside the symbol of a stock that had an alert today.
/// Narrow terminals drop optional columns from the right; SYM, LAST, %CHG and TODAY always stay.
public enum StockTable {
    struct Column: Sendable {
        let title: String
        let width: Int
        let required: Bool
        /// Shown only at this terminal width or more.
        let minimumScreenWidth: Int
        /// The sort key whose figure the column shows; its title then carries the sort marker.
        var sortKey: SortKey? = nil
        /// The cell's text in at most `room` characters (the width less the space that separates columns).
        let value: @Sendable (_ stock: StockState, _ context: RenderContext, _ room: Int) -> (String, StyleRole)?
    }

    static let columns: [Column] = [
        // A stock that has not traded today shows its previous close, unchanged (as the PSE's own quotes do).
        Column(title: "LAST", width: priceWidth + 1, required: true, minimumScreenWidth: 0, sortKey: .last) { stock, context, room in
            (stock.last ?? stock.previousClose).map {
                (Format.price($0, width: room, glyphs: context.glyphs), stock.last == nil ? .unchanged : .normal)
            }
        },
        Column(title: "CHG", width: 9, required: false, minimumScreenWidth: 0) { stock, context, room in
            guard let change = stock.change ?? stock.previousClose.map({ _ in Price(units: 0) }),
                let shown = stock.last ?? stock.previousClose
            else { return nil }
            return (Format.signed(change, like: shown, glyphs: context.glyphs, width: room), context.role(stock.direction))
        },
        Column(title: "%CHG", width: 8, required: true, minimumScreenWidth: 0, sortKey: .changePercent) { stock, context, room in
            (stock.changePercent ?? stock.previousClose.map { _ in 0 }).map {
                (Format.percent($0, glyphs: context.glyphs, width: room), context.role(stock.direction))
            }
        },
        // A constituent's pull on the PSEi in points; blank for any other stock.
        Column(title: "PTS", width: 8, required: false, minimumScreenWidth: 0, sortKey: .points) { stock, context, room in
            stock.pseiPoints.map { (Format.points($0, glyphs: context.glyphs, width: room), context.role(stock.direction)) }
        },
        Column(title: "VOLUME", width: 12, required: false, minimumScreenWidth: 0, sortKey: .volume) { stock, context, room in
            stock.volume > 0 ? (Format.count(stock.volume, width: room, glyphs: context.glyphs), .normal) : nil
        },
        Column(title: "VALUE", width: 15, required: false, minimumScreenWidth: 0, sortKey: .value) { stock, context, room in
            stock.valueUnits > 0 ? (Format.wholePesos(stock.valueUnits, width: room, glyphs: context.glyphs), .normal) : nil
        },
        Column(title: "VWAP", width: priceWidth + 1, required: false, minimumScreenWidth: 0) { stock, context, room in
            stock.vwap.map { (Format.price($0, decimals: stock.last?.displayDecimals, width: room, glyphs: context.glyphs), .normal) }
        },
        priceColumn("HIGH", minimumScreenWidth: 0) { $0.high },
        priceColumn("LOW", minimumScreenWidth: 0) { $0.low },
        // Sizes and prices of the best bid and offer in right-aligned columns of their own, so they line up.
        Column(title: "BID SIZE", width: 11, required: false, minimumScreenWidth: 200) { stock, context, room in
            stock.bid == nil ? nil : (Format.count(stock.bidQuantity.shares, width: room, glyphs: context.glyphs), .normal)
        },
        priceColumn("BID", minimumScreenWidth: 200) { $0.bid },
        priceColumn("ASK", minimumScreenWidth: 200) { $0.ask },
        Column(title: "ASK SIZE", width: 11, required: false, minimumScreenWidth: 200) { stock, context, room in
            stock.ask == nil ? nil : (Format.count(stock.askQuantity.shares, width: room, glyphs: context.glyphs), .normal)
        },
        Column(title: "TRADES", width: 8, required: false, minimumScreenWidth: 200) { stock, context, room in
            stock.tradeCount > 0 ? (Format.count(stock.tradeCount, width: room, glyphs: context.glyphs), .normal) : nil
        },
        // Last, so it never pushes a price or volume column out: at 120 columns it does not fit, from 126 it does.
        Column(title: "NF", width: 10, required: false, minimumScreenWidth: 0) { stock, context, room in
            ForeignFlowText.net(stock.foreign, width: room, context: context)
        },
    ]
    /// The titles of the table's columns, in their default order (`LAST`, `CHG`, …): what a configuration's
    /// `columns` may name.
    public static var columnTitles: [String] { columns.map(\.title) }

    /// An optional column of one price of the stock, written with its own tick's decimals.
    private static func priceColumn(_ title: String, minimumScreenWidth: Int, _ price: @escaping @Sendable (StockState) -> Price?) -> Column
    {
        Column(title: title, width: priceWidth + 1, required: false, minimumScreenWidth: minimumScreenWidth) { stock, context, room in
            price(stock).map { (Format.price($0, width: room, glyphs: context.glyphs), .normal) }
        }
    }

    /// The room of a price in the table: LAST, VWAP, HIGH, LOW, BID and ASK.
    static let priceWidth = 9
    static let symbolWidth = 7, sparklineMinimum = 8
    /// The widest flag, `STALE no feed` (`HALT 10:42`, `STALE 1h05m` and `STALE 36525d` are narrower).
    static let flagWidth = 13
    /// The space on each side of the sparkline.
    static let sparklineGap = 2

    /// The columns that fit in `width`, and the sparkline width left over. By default LAST and %CHG always stay and
    /// the others follow in table order while they fit (some only on wide screens); `chosen` (titles, from the
    /// user's configuration) replaces that with the user's columns in the user's order, dropped from the right
    /// when they do not fit.
    static func layout(width: Int, chosen titles: [String]? = nil) -> (columns: [Column], sparkline: Int) {
        let fixed = symbolWidth + sparklineGap + sparklineMinimum + sparklineGap + flagWidth
        let candidates = titles.map { titles in titles.compactMap { title in columns.first { $0.title == title } } }
        var shown = candidates == nil ? columns.filter(\.required) : []
        var used = fixed + shown.reduce(0) { $0 + $1.width }
        for column in candidates ?? columns where candidates != nil || (!column.required && width >= column.minimumScreenWidth) {
            guard used + column.width <= width else { break }
            used += column.width
            shown.append(column)
        }
        if candidates == nil { shown = columns.filter { column in shown.contains { $0.title == column.title } } }
        let sparkline = max(sparklineMinimum, min(width - (used - sparklineMinimum), 24))
        return (shown, sparkline)
    }

    /// Draws the header and the rows from `state.ui.scroll` on into the `width` × `height` area at (`x`, `y`).
    public static func draw(
        _ state: DashboardState, rows: [StockState], x: Int, y: Int, width: Int, height: Int,
        into grid: inout CellGrid, context: RenderContext
    ) {
        let (shown, sparklineWidth) = layout(width: width, chosen: context.columns)
        let marker = sortMarker(state.ui, glyphs: context.glyphs)
        grid.put(" SYM" + (state.ui.sort == .symbol ? marker : ""), x: x, y: y, role: .label, maxWidth: symbolWidth)
        var column = x + symbolWidth
        for spec in shown {
            grid.putRight(spec.title + (spec.sortKey == state.ui.sort ? marker : ""), right: column + spec.width, y: y, role: .label)
            column += spec.width
        }
        grid.put("TODAY", x: column + sparklineGap, y: y, role: .label)
        if rows.isEmpty, height > 1 { grid.put(" " + emptyViewText(state), x: x, y: y + 1, role: .label, maxWidth: width) }
        let visible = rows.dropFirst(state.ui.scroll).prefix(height - 1)
        for (offset, stock) in visible.enumerated() {
            let rowY = y + 1 + offset
            let selected = state.ui.scroll + offset == state.ui.selected
            drawRow(
                stock, state: state, shown: shown, sparklineWidth: sparklineWidth, x: x, y: rowY, selected: selected,
                into: &grid, context: context)
        }
    }

    /// Why the table has no rows, and what to do about it.
    private static func emptyViewText(_ state: DashboardState) -> String {
        if let search = state.ui.search, !search.text.isEmpty {
            return "No symbol or name here contains '\(TerminalSafe.sanitize(search.text))'."
        }
        switch state.ui.view {
        case .watchlist: return "This watchlist is empty: select a stock in another view and press + (or a) to add it."
        case .sector: return "The feed has carried no stock of this sector yet."
        case .psei, .all: return "No stocks yet: waiting for the feed."
        }
    }

    /// `▼` after the sorted column's title when the rows run from the highest (or Z) down, `▲` when they run up.
    private static func sortMarker(_ ui: UIState, glyphs: Glyphs) -> String {
        String(ui.descending ? glyphs.down : glyphs.up)
    }

    private static func drawRow(
        _ stock: StockState, state: DashboardState, shown: [Column], sparklineWidth: Int, x: Int, y: Int,
        selected: Bool, into grid: inout CellGrid, context: RenderContext
    ) {
        grid.put(selected ? String(context.glyphs.selected) : " ", x: x, y: y, role: selected ? .selection : .normal)
        let recentAlert = AlertBadge.isRecent(stock, state: state)
        let symbolRoom = symbolWidth - (recentAlert == nil ? 1 : 2)
        grid.put(
            Format.truncated(stock.symbol.code, width: symbolRoom, glyphs: context.glyphs), x: x + 1, y: y,
            role: recentAlert == true ? .alert : .normal)
        if recentAlert != nil { grid[x + symbolWidth - 1, y] = Cell(context.glyphs.alert, .alert) }
        var column = x + symbolWidth
        for spec in shown {
            if let (text, role) = spec.value(stock, context, spec.width - 1) {
                grid.putRight(text, right: column + spec.width, y: y, role: role)
            }
            column += spec.width
        }
        column += sparklineGap
        Sparkline.draw(
            stock, minutes: state.shown.schedule.sessionMinutes, x: column, y: y, width: sparklineWidth, into: &grid,
            context: context)
        column += sparklineWidth + sparklineGap
        if let (text, role) = state.rowFlag(stock).map(flag) { grid.put(text, x: column, y: y, role: role) }
        if selected { grid.restyle(x: x, y: y, width: column - x, role: .selection) }
    }
}

extension StockTable {
    /// A row flag in words and its role: `HALT 10:42`/`SUSP 10:42`, `CEIL` and `FLOOR` in the roles of a rise and a
    /// fall (a limit is the furthest a price may move), `STALE 6m05s`/`STALE no feed`.
    static func flag(_ flag: RowFlag) -> (String, StyleRole) {
        switch flag {
        case .halted(let halt): ("\(halt.phase == .halted ? "HALT" : "SUSP") \(Format.clock(halt.since))", .halted)
        case .limit(.ceiling): ("CEIL", .up)
        case .limit(.floor): ("FLOOR", .down)
        case .stale(let age): ("STALE \(age.map(Format.age) ?? "no feed")", .stale)
        }
    }
}

/// The stock's day as a sparkline scaled to its own low–high range, one character per stretch of the session's
/// `minutes`.
enum Sparkline {
    static func draw(
        _ stock: StockState, minutes sessionMinutes: Int, x: Int, y: Int, width: Int, into grid: inout CellGrid,
        context: RenderContext
    ) {
        let minutes = stock.minutes.filled
        guard !minutes.isEmpty, let low = stock.low, let high = stock.high else { return }
        let levels = context.glyphs.sparkline
        let span = max(high.units - low.units, 1)
        for column in 0..<width {
            let bucketStart = column * sessionMinutes / width
            let bucketEnd = (column + 1) * sessionMinutes / width - 1
            guard bucketStart < minutes.count, let price = minutes[min(bucketEnd, minutes.count - 1)] else { continue }
            let level = high == low ? levels.count / 2 : Int((price.units - low.units) * Int64(levels.count - 1) / span)
            let role: StyleRole = stock.previousClose.map { price > $0 ? .up : price < $0 ? .down : .unchanged } ?? .normal
            grid[x + column, y] = Cell(levels[level], role)
        }
    }
}
