import Dashboard
import MarketData

/// The selected stock's name, halt (with the exchange's reason), best bid and offer, and its latest trades,
/// newest first, each marked by its tick direction against the trade before it. Prices and quantities line up
/// in two columns, each figure fitted to its own room.
enum TimeAndSales {
    /// Where the time (` 10:42:13`), price and quantity columns end, from the panel's inner left edge.
    static let timeEnd = 9, priceEnd = 21, quantityEnd = 35
    /// Where the trade's value ends, when the panel is wide enough for it and the marks.
    static let valueEnd = 49
    /// The room the marks take at most with the simulated brokers: `XMB → XGR F·BS`. A panel too narrow for the value
    /// and these leaves the value out (it is price × quantity); the marks then start after the arrow.
    static let marksWidth = 14

    static func draw(_ stock: StockState, in rect: BoxFrame.Rect, into grid: inout CellGrid, context: RenderContext) {
        eraseTextCut(atLeftOf: rect, in: &grid)
        grid.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height, with: .blank)
        let inner = BoxFrame.draw(rect, title: "\(stock.symbol.code) time & sales", into: &grid, glyphs: context.glyphs)
        var y = inner.y
        if let name = stock.name, !name.isEmpty {
            grid.put(
                Format.truncated(" " + TerminalSafe.sanitize(name), width: inner.width, glyphs: context.glyphs),
                x: inner.x, y: y, role: .header)
            y += 1
        }
        if let halt = stock.halt {
            let reason = halt.reason.map { ": " + TerminalSafe.sanitize($0) } ?? ""
            let text = " \(halt.phase == .halted ? "HALTED" : "SUSPENDED") since \(Format.clock(halt.since))\(reason)"
            grid.put(Format.truncated(text, width: inner.width, glyphs: context.glyphs), x: inner.x, y: y, role: .halted)
            y += 1
        }
        let bottom = inner.y + inner.height
        for (label, price, quantity) in [(" Bid", stock.bid, stock.bidQuantity), (" Ask", stock.ask, stock.askQuantity)]
        where y < bottom {
            grid.put(label, x: inner.x, y: y, role: .label)
            if let price {
                drawFigures(price, quantity, x: inner.x, y: y, role: .label, into: &grid, context: context)
            } else {
                grid.putRight(context.glyphs.missing, right: inner.x + priceEnd, y: y, role: .label)
            }
            y += 1
        }
        if stock.tape.count == 0 && y < bottom { grid.put(" no trades yet", x: inner.x, y: y, role: .label) }
        drawTrades(stock, skipping: 0, x: inner.x, y: y, rows: bottom - y, width: inner.width, into: &grid, context: context)
    }

    /// `rows` of the stock's trades from the newest after `skipping` ones, one a row: the time, the price in the role
    /// of its tick direction against the trade before it (the oldest kept against the previous close), the quantity,
    /// the direction's arrow and, when `width` leaves room for both, the trade's value and then as many of its marks as
    /// fit (`PrintMarks`: brokers, foreign side, board), a blank kept before the panel's edge.
    static func drawTrades(
        _ stock: StockState, skipping: Int, x: Int, y: Int, rows: Int, width: Int, into grid: inout CellGrid,
        context: RenderContext
    ) {
        for row in 0..<max(rows, 0) {
            guard let trade = stock.tape[newest: skipping + row] else { return }
            let previous = stock.tape[newest: skipping + row + 1]?.price ?? stock.previousClose
            let direction = previous.map { Int((trade.price.units - $0.units).signum()) }
            grid.put(" " + Format.clock(trade.timestamp, seconds: true), x: x, y: y + row, role: .axis)
            drawFigures(trade.price, trade.quantity, x: x, y: y + row, role: context.role(direction), into: &grid, context: context)
            grid.put(String(context.arrow(direction)), x: x + quantityEnd + 2, y: y + row, role: context.role(direction))
            var marksX = quantityEnd + 4
            if width >= valueEnd + 2 + marksWidth + 1 {
                grid.putRight(
                    Format.money(trade.valueUnits, glyphs: context.glyphs, width: valueEnd - quantityEnd - 5), right: x + valueEnd,
                    y: y + row,
                    role: .label)
                marksX = valueEnd + 2
            }
            for part in PrintMarks.parts(trade, brokers: stock.tape.brokers, room: width - marksX - 1, glyphs: context.glyphs) {
                grid.put(part.text, x: x + marksX, y: y + row, role: part.role)
                marksX += part.text.count + 1
            }
        }
    }

    /// The panel lies over the table: a figure or symbol running under its left edge is blanked, not left half shown.
    private static func eraseTextCut(atLeftOf rect: BoxFrame.Rect, in grid: inout CellGrid) {
        guard rect.x > 0, rect.x < grid.width else { return }
        for row in max(rect.y, 0)..<min(rect.y + rect.height, grid.height) where grid[rect.x, row].character != " " {
            var x = rect.x - 1
            while x >= 0, grid[x, row].character != " " {
                grid[x, row] = Cell(" ", grid[x, row].role)
                x -= 1
            }
        }
    }

    /// A price (in `role`) and a quantity, right-aligned in their columns, a space before each.
    private static func drawFigures(
        _ price: Price, _ quantity: Quantity, x: Int, y: Int, role: StyleRole,
        into grid: inout CellGrid, context: RenderContext
    ) {
        let priceRoom = priceEnd - timeEnd - 1, quantityRoom = quantityEnd - priceEnd - 1
        grid.putRight(Format.price(price, width: priceRoom, glyphs: context.glyphs), right: x + priceEnd, y: y, role: role)
        grid.putRight(
            Format.count(quantity.shares, width: quantityRoom, glyphs: context.glyphs), right: x + quantityEnd, y: y,
            role: .normal)
    }
}
