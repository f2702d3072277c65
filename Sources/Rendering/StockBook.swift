import Dashboard
import Exchange
import MarketData

/// The stock's best bid and offer with their sizes, the spread in ticks, the day's range bar and its price limits
/// (static, and the dynamic "Dyn T" band): a panel beside the chart on a wide screen, one line of segments under the
/// statistics on a narrow one.
enum StockBook {
    /// Columns of the panel's table from its inner left edge: where the label, the price and the size end.
    static let labelEnd = 7, priceEnd = 19, sizeEnd = 32
    /// The range bar's width in the panel and on the line.
    static let panelBarWidth = 17, lineBarWidth = 12

    /// `0.05 · 1 tick`, `locked`, `crossed` in at most `width` characters (the ticks left out, then the difference
    /// fitted, when wider); nil unless both sides are quoted.
    static func spread(_ stock: StockState, glyphs: Glyphs, width: Int = .max) -> String? {
        guard let bid = stock.bid, let ask = stock.ask else { return nil }
        guard let ticks = PSERules.ticks(from: bid, to: ask) else { return "crossed" }
        guard ticks > 0 else { return "locked" }
        let difference = Price(units: ask.units - bid.units)
        let text = Format.price(difference, decimals: ask.displayDecimals, width: .max, glyphs: glyphs)
        let withTicks = text + glyphs.separator + "\(Format.count(ticks, width: .max, glyphs: glyphs)) tick\(ticks == 1 ? "" : "s")"
        if withTicks.count <= width { return withTicks }
        return Format.price(difference, decimals: ask.displayDecimals, width: width, glyphs: glyphs)
    }

    /// The static band and the dynamic one (`Static`, `Dyn T`), each as label, `low – high` in at most `room`
    /// characters (both prices whole, with fewer decimals or abbreviated when they must) and, for the dynamic band,
    /// the stock's cluster when the feed gave it; nil until the stock has a previous close (static) or a trade.
    static func limits(_ stock: StockState, room: Int, glyphs: Glyphs) -> [(label: String, band: String, note: String?)] {
        func band(_ range: ClosedRange<Price>) -> String {
            let each = max((room - glyphs.through.count) / 2, 1)
            return [range.lowerBound, range.upperBound].map { Format.price($0, width: each, glyphs: glyphs) }
                .joined(separator: glyphs.through)
        }
        var lines: [(label: String, band: String, note: String?)] = []
        if let range = stock.staticLimits { lines.append(("Static", band(range), nil)) }
        if let range = stock.dynamicLimits { lines.append(("Dyn T", band(range), stock.cluster.map { "cluster \($0.rawValue)" })) }
        return lines
    }

    /// The narrow screen's line: bid and ask (`Bid 22.15 × 2,600`), the spread, the limits, the range bar between
    /// low and high.
    static func line(_ stock: StockState, context: RenderContext) -> SegmentedLine {
        let glyphs = context.glyphs
        typealias Run = SegmentedLine.Run
        func side(_ order: Int, _ label: String, _ price: Price?, _ size: Quantity) -> SegmentedLine.Segment {
            let figures = price.map {
                Format.price($0, width: .max, glyphs: glyphs) + " \(glyphs.times) " + Format.count(size.shares, width: .max, glyphs: glyphs)
            }
            return SegmentedLine.Segment(
                [Run(label + " ", .label), Run(figures ?? glyphs.missing, .normal)], side: .left, order: order, spacing: 3)
        }
        var segments = [side(0, "Bid", stock.bid, stock.bidQuantity), side(1, "Ask", stock.ask, stock.askQuantity)]
        if let spread = spread(stock, glyphs: glyphs) {
            segments.append(SegmentedLine.Segment([Run("Spread ", .label), Run(spread, .normal)], side: .left, order: 2, spacing: 3))
        }
        for (offset, limit) in limits(stock, room: .max, glyphs: glyphs).enumerated() {
            let note = limit.note.map { [Run(" " + $0, .label)] } ?? []
            segments.append(
                SegmentedLine.Segment(
                    [Run(limit.label + " ", .label), Run(limit.band, .normal)] + note, side: .left, order: 3 + offset, spacing: 3))
        }
        if let low = stock.low, let high = stock.high, let bar = RangeBar.runs(stock, width: lineBarWidth, context: context) {
            let decimals = (stock.last ?? high).displayDecimals
            let ends = [low, high].map { Format.price($0, decimals: decimals, width: .max, glyphs: glyphs) }
            segments.append(
                SegmentedLine.Segment(
                    [Run("Range ", .label), Run(ends[0] + " ", .normal)] + bar + [Run(" " + ends[1], .normal)], side: .left,
                    order: 5, spacing: 3))
        }
        return SegmentedLine(margin: 1, segments: segments)
    }

    static func drawPanel(_ stock: StockState, in rect: BoxFrame.Rect, into grid: inout CellGrid, context: RenderContext) {
        let inner = BoxFrame.draw(rect, title: "Book", into: &grid, glyphs: context.glyphs)
        let glyphs = context.glyphs
        var y = inner.y
        let bottom = inner.y + inner.height
        if y < bottom {
            grid.putRight("price", right: inner.x + priceEnd, y: y, role: .label)
            grid.putRight("size", right: inner.x + sizeEnd, y: y, role: .label)
        }
        y += 1
        for (label, price, size) in [("Bid", stock.bid, stock.bidQuantity), ("Ask", stock.ask, stock.askQuantity)] where y < bottom {
            grid.put(" " + label, x: inner.x, y: y, role: .label)
            if let price {
                grid.putRight(
                    Format.price(price, width: priceEnd - labelEnd - 1, glyphs: glyphs), right: inner.x + priceEnd, y: y, role: .normal)
                grid.putRight(
                    Format.count(size.shares, width: sizeEnd - priceEnd - 1, glyphs: glyphs), right: inner.x + sizeEnd, y: y,
                    role: .normal)
            } else {
                grid.putRight(glyphs.missing, right: inner.x + priceEnd, y: y, role: .label)
            }
            y += 1
        }
        if y < bottom {
            grid.put(" Spread", x: inner.x, y: y, role: .label)
            let room = inner.width - labelEnd - 1
            grid.put(spread(stock, glyphs: glyphs, width: room) ?? glyphs.missing, x: inner.x + labelEnd + 1, y: y, role: .normal)
        }
        y += 2
        guard y < bottom else { return }
        grid.put(" Range", x: inner.x, y: y, role: .label)
        if let low = stock.low, let high = stock.high {
            drawRange(
                stock, low: low, high: high, x: inner.x + labelEnd + 1, y: y, room: inner.width - (labelEnd + 1),
                legend: y + 1 < bottom, into: &grid, context: context)
        } else {
            grid.put("no trades yet", x: inner.x + labelEnd + 1, y: y, role: .label)
        }
        y += 3
        let decimals = (stock.last ?? stock.high ?? stock.previousClose)?.displayDecimals
        let more: [(String, String?)] = [
            ("Prev close", stock.previousClose.map { Format.price($0, decimals: decimals, width: .max, glyphs: glyphs) }),
            ("Last trade", stock.tape[newest: 0].map { Format.clock($0.timestamp, seconds: true) }),
        ]
        for (label, value) in more where y < bottom {
            guard let value else { continue }
            grid.put(" " + label, x: inner.x, y: y, role: .label)
            grid.put(value, x: inner.x + labelEnd + 6, y: y, role: .normal)
            y += 1
        }
        let valueX = inner.x + labelEnd + 6
        for limit in limits(stock, room: inner.x + inner.width - valueX, glyphs: glyphs) where y < bottom {
            grid.put(" " + limit.label, x: inner.x, y: y, role: .label)
            let x = grid.put(limit.band, x: valueX, y: y, role: .normal)
            if let note = limit.note, x + 2 + note.count <= inner.x + inner.width { grid.put(note, x: x + 2, y: y, role: .label) }
            y += 1
        }
    }

    /// The day's range at (`x`, `y`) in `room` columns: `22.00 ●──────┼────────┤ 22.20`, and when `legend`, its
    /// legend on the line under it (`● last  ┼ VWAP`).
    private static func drawRange(
        _ stock: StockState, low: Price, high: Price, x left: Int, y: Int, room width: Int, legend: Bool,
        into grid: inout CellGrid, context: RenderContext
    ) {
        let glyphs = context.glyphs
        let decimals = (stock.last ?? high).displayDecimals
        // The bar gives way to the prices, as wide as the rest allows; ends too wide to leave it a cell are each
        // fitted to half the room.
        let available = width - 3
        var ends = [low, high].map { Format.price($0, decimals: decimals, width: .max, glyphs: glyphs) }
        if ends[0].count + ends[1].count > available {
            ends = [low, high].map { Format.price($0, decimals: decimals, width: available / 2, glyphs: glyphs) }
        }
        let room = available - ends[0].count - ends[1].count
        var x = grid.put(ends[0] + " ", x: left, y: y, role: .normal)
        for run in RangeBar.runs(stock, width: min(panelBarWidth, room), context: context) ?? [SegmentedLine.Run(glyphs.missing, .axis)] {
            x = grid.put(run.text, x: x, y: y, role: run.role)
        }
        grid.put(" " + ends[1], x: x, y: y, role: .normal)
        guard legend else { return }
        x = grid.put("\(glyphs.dot) last", x: left, y: y + 1, role: context.role(stock.direction))
        if stock.vwap != nil { grid.put("  \(glyphs.cross) VWAP", x: x, y: y + 1, role: .chartLine) }
    }

}
