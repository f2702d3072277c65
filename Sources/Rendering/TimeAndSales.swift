import Dashboard
import MarketData

/// The selected stock's name, halt (with the exchange's reason), best bid and offer, and its latest trades,
/// newest first, each marked by its tick direction against the trade before it.
enum TimeAndSales {
    static func draw(_ stock: StockState, in rect: BoxFrame.Rect, into grid: inout CellGrid, context: RenderContext) {
        grid.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height, with: .blank)
        let inner = BoxFrame.draw(rect, title: "\(stock.symbol.code) time & sales", into: &grid, glyphs: context.glyphs)
        var y = inner.y
        if let name = stock.name, !name.isEmpty {
            grid.put(" " + TerminalSafe.sanitize(name), x: inner.x, y: y, role: .header, maxWidth: inner.width)
            y += 1
        }
        if let halt = stock.halt {
            let reason = halt.reason.map { ": " + TerminalSafe.sanitize($0) } ?? ""
            grid.put(" \(halt.phase == .halted ? "HALTED" : "SUSPENDED") since \(Format.clock(halt.since))\(reason)", x: inner.x, y: y,
                     role: .halted, maxWidth: inner.width)
            y += 1
        }
        let bid = stock.bid.map { "\(stock.bidQuantity.grouped) @ \($0.formatted(grouping: true))" } ?? context.glyphs.missing
        let ask = stock.ask.map { "\($0.formatted(grouping: true)) \(context.glyphs.times) \(stock.askQuantity.grouped)" } ?? context.glyphs.missing
        grid.put(" Bid \(bid)   Ask \(ask)", x: inner.x, y: y, role: .label, maxWidth: inner.width)
        y += 1
        let trades = Array(stock.tape.trades.reversed())
        if trades.isEmpty { grid.put(" no trades yet", x: inner.x, y: y, role: .label) }
        for (position, trade) in trades.enumerated() where y < inner.y + inner.height {
            let previous = position + 1 < trades.count ? trades[position + 1].price : stock.previousClose
            let direction = previous.map { Int((trade.price.units - $0.units).signum()) }
            grid.put(" " + Format.clock(trade.timestamp, seconds: true), x: inner.x, y: y, role: .axis)
            grid.putRight(trade.price.formatted(grouping: true), right: inner.x + 21, y: y, role: context.role(direction))
            grid.putRight(trade.quantity.grouped, right: inner.x + 35, y: y, role: .normal)
            grid.put(String(context.arrow(direction)), x: inner.x + 37, y: y, role: context.role(direction))
            y += 1
        }
    }
}
