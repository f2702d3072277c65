import Dashboard
import MarketData

/// The market as a treemap: a tile per stock with its area proportional to the value traded today, grouped by
/// sector (a group headed by its sector and value when it has room), coloured by % change on a diverging scale
/// (`HeatScale`) or, when colour cannot show intensity (`RenderContext.shadeWithGlyphs`), filled with density
/// glyphs, the direction carried by the label's ▲/▼. The label is the symbol and % change, the symbol alone in a
/// narrower tile, nothing in a tiny one. Pure; draws no frame (the caller frames it).
///
/// A stock with no value traded has no tile: the footer counts them, with the tiles too small to show. A sliver each
/// would break the proportion of the areas and, on a board where a tenth never trades, cover the map in one-cell
/// tiles that say nothing; the table lists them all.
public enum Heatmap {
    /// Rows the map needs before it gives one to the footer (the counts and the legend).
    static let minimumHeightWithFooter = 4
    /// A sector group at least this high and wide is headed by its name.
    static let minimumGroupHeightWithHeader = 3, minimumGroupWidthWithHeader = 4

    /// One sector's stocks that traded, largest value first.
    struct Group {
        let sector: String
        let stocks: [StockState]
        let value: Int128
    }

    public static func draw(_ stocks: [StockState], in rect: BoxFrame.Rect, into grid: inout CellGrid, context: RenderContext) {
        guard rect.width > 0, rect.height > 0 else { return }
        grid.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height, with: .blank)
        let hasFooter = rect.height >= minimumHeightWithFooter
        let map = BoxFrame.Rect(x: rect.x, y: rect.y, width: rect.width, height: rect.height - (hasFooter ? 1 : 0))
        let groups = sectorGroups(stocks)
        let untraded = stocks.count - groups.reduce(0) { $0 + $1.stocks.count }
        var hidden = 0
        if groups.isEmpty {
            grid.put(" no value traded yet", x: map.x, y: map.y, role: .label, maxWidth: map.width)
        }
        let groupRects = Treemap.layout(groups.map { $0.value.doubleValue }, in: map)
        for (group, groupRect) in zip(groups, groupRects) {
            hidden += drawGroup(group, in: groupRect, into: &grid, context: context)
        }
        if hasFooter {
            drawFooter(untraded: untraded, hidden: hidden, in: rect, into: &grid, context: context)
        }
    }

    /// The stocks that traded, by sector (wire text made safe; `Other` for none), the largest group first.
    static func sectorGroups(_ stocks: [StockState]) -> [Group] {
        // Each sector's text made safe once, not once per stock.
        var safeSectors: [String: String] = [:]
        let traded = Dictionary(grouping: stocks.filter { $0.valueUnits > 0 }) { stock in
            let sector = stock.sector ?? "Other"
            if let safe = safeSectors[sector] { return safe }
            let safe = TerminalSafe.sanitize(sector)
            safeSectors[sector] = safe
            return safe
        }
        return traded.map { sector, members in
            Group(
                sector: sector,
                stocks: members.sorted { ($1.valueUnits, $0.symbol) < ($0.valueUnits, $1.symbol) },
                value: members.reduce(0) { sum, stock in
                    // Saturating: only a hand-built state could hold values whose sum passes Int128.
                    let (total, overflow) = sum.addingReportingOverflow(stock.valueUnits)
                    return overflow ? .max : total
                })
        }
        .sorted { ($1.value, $0.sector) < ($0.value, $1.sector) }
    }

    /// Draws a group's header and tiles; returns how many of its stocks got no cell.
    private static func drawGroup(_ group: Group, in rect: BoxFrame.Rect, into grid: inout CellGrid, context: RenderContext) -> Int {
        guard rect.width > 0, rect.height > 0 else { return group.stocks.count }
        var tiles = rect
        if rect.height >= minimumGroupHeightWithHeader && rect.width >= minimumGroupWidthWithHeader {
            let header = " \(group.sector) \(Format.money(group.value, glyphs: context.glyphs))"
            grid.put(Format.truncated(header, width: rect.width, glyphs: context.glyphs), x: rect.x, y: rect.y, role: .title)
            tiles = BoxFrame.Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: rect.height - 1)
        }
        var hidden = 0
        for (stock, tile) in zip(group.stocks, Treemap.layout(group.stocks.map { $0.valueUnits.doubleValue }, in: tiles)) {
            guard tile.width > 0, tile.height > 0 else { hidden += 1; continue }
            drawTile(stock, in: tile, into: &grid, context: context)
        }
        return hidden
    }

    /// A tile three cells wide (high) keeps its last column (row) blank, so neighbours of one colour stay apart; its
    /// label keeps off the last column in any case, so neighbouring labels never run together.
    private static func drawTile(_ stock: StockState, in tile: BoxFrame.Rect, into grid: inout CellGrid, context: RenderContext) {
        let level = HeatScale.level(percent: stock.changePercent)
        let role = HeatScale.role(percent: stock.changePercent)
        let fill = context.shadeWithGlyphs ? HeatScale.shade(level: level, glyphs: context.glyphs) : " "
        let face = BoxFrame.Rect(
            x: tile.x, y: tile.y, width: tile.width - (tile.width >= 3 ? 1 : 0), height: tile.height - (tile.height >= 3 ? 1 : 0))
        grid.fill(x: face.x, y: face.y, width: face.width, height: face.height, with: Cell(fill, role))
        let lines = label(stock, width: tile.width - 1, height: face.height, context: context)
        let longest = lines.map(\.count).max() ?? 0
        let inset = face.width > longest ? 1 : 0
        for (row, line) in lines.enumerated() {
            grid.put(line, x: face.x + inset, y: face.y + row, role: role)
        }
    }

    /// The label lines that fit a `width` × `height` tile: symbol and change (on two lines, or one when the tile is
    /// one row high), the symbol alone, or nothing.
    public static func label(_ stock: StockState, width: Int, height: Int, context: RenderContext) -> [String] {
        let symbol = stock.symbol.code  // letters, digits, `.` and `-` only (`Symbol`)
        guard symbol.count <= width, height > 0 else { return [] }
        let change = changeText(stock, width: height > 1 ? width : width - symbol.count - 1, context: context)
        guard let change else { return [symbol] }
        return height > 1 ? [symbol, change] : [symbol + " " + change]
    }

    /// `▲1.23%` in at most `width` characters, the decimals dropped first, `▲<0.01%` for a change too small for two;
    /// nil when it does not fit, when there is no change, or when a change would read as none (`▲0%`).
    private static func changeText(_ stock: StockState, width: Int, context: RenderContext) -> String? {
        guard let percent = stock.changePercent, let hundredths = Int128(exactly: (abs(percent) * 100).rounded()) else {
            return nil
        }
        let arrow = String(context.arrow(stock.direction))
        let room = width - arrow.count
        guard room > 0 else { return nil }
        let text =
            hundredths == 0 && percent != 0
            ? "<0.01%" : Format.fit(hundredths, scale: 2, decimals: 2, width: room, glyphs: context.glyphs, suffix: "%")
        let readsAsNone = percent != 0 && !text.contains { $0.isNumber && $0 != "0" }
        return text.count > room || text == context.glyphs.ellipsis || readsAsNone ? nil : arrow + text
    }

    /// The last row: how many stocks have no tile, then the scale's legend at the right when it fits.
    private static func drawFooter(untraded: Int, hidden: Int, in rect: BoxFrame.Rect, into grid: inout CellGrid, context: RenderContext) {
        let y = rect.y + rect.height - 1
        let counts = [untraded > 0 ? "\(untraded) untraded" : nil, hidden > 0 ? "\(hidden) too small to show" : nil]
            .compactMap { $0 }.joined(separator: context.glyphs.separator)
        let end = grid.put(" " + counts, x: rect.x, y: y, role: .label, maxWidth: rect.width)
        let swatches = legend(context: context)
        let legendWidth = swatches.reduce(0) { $0 + $1.text.count }
        guard rect.x + rect.width - legendWidth > end + 1 else { return }
        var x = rect.x + rect.width - legendWidth
        for swatch in swatches { x = grid.put(swatch.text, x: x, y: y, role: swatch.role) }
    }

    /// One swatch a level: its fill (with glyph shading) and the bound it starts at, `−4%` … `0` … `+4%`.
    static func legend(context: RenderContext) -> [(text: String, role: StyleRole)] {
        let bounds = HeatScale.bounds.count
        return (-bounds...bounds).map { level in
            let bound = level == 0 ? "0" : (level < 0 ? context.glyphs.minus : "+") + shortNumber(HeatScale.bounds[abs(level) - 1]) + "%"
            let shade = context.shadeWithGlyphs ? String(HeatScale.shade(level: level, glyphs: context.glyphs)) : ""
            return (shade + " " + bound + " ", HeatScale.roles[level + bounds])
        }
    }

    /// `4`, `1.5`, `0.25`: a bound without trailing zeros.
    private static func shortNumber(_ value: Double) -> String {
        var text = Format.fixed(value, decimals: 2)
        while text.contains("."), text.last == "0" || text.last == "." { text.removeLast() }
        return text
    }
}
