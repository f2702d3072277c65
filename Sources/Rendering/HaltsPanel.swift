import Dashboard
import MarketData

/// The stock's halts and suspensions today, newest first (when each began, whether it has ended and when, the
/// exchange's reason), and what else makes its figures doubtful: no update for a while, no trade yet; and its block
/// sales (`BLOCK EMI ₱5.41B @ 31.10`), newest first, above the halts.
enum HaltsPanel {
    /// Where a halt's reason starts when it fits on its line: after ` 10:31:02 HALT  resumed 10:46:10`.
    static let reasonStart = 34
    static func draw(_ stock: StockState, state: DashboardState, in rect: BoxFrame.Rect, into grid: inout CellGrid, context: RenderContext)
    {
        let inner = BoxFrame.draw(rect, title: "Halts & notices", into: &grid, glyphs: context.glyphs)
        let bottom = inner.y + inner.height
        var y = inner.y
        func line(_ runs: [SegmentedLine.Run]) {
            guard y < bottom else { return }
            var x = inner.x
            for run in runs {
                x = grid.put(run.text, x: x, y: y, role: run.role, maxWidth: max(inner.x + inner.width - x, 0))
            }
            y += 1
        }
        if let clock = state.shown.dataClock.time, state.isStale(stock) {
            let since =
                state.feed.isDown
                ? "the feed is down" : "no update for \(Format.age(clock - (stock.lastUpdate ?? state.shown.openedAt ?? clock)))"
            line([SegmentedLine.Run(" STALE  ", .stale), SegmentedLine.Run(since, .stale)])
        }
        if stock.tradeCount == 0 { line([SegmentedLine.Run(" No trades yet today", .label)]) }
        for sale in state.shown.blockSales.sales.reversed() where sale.symbol == stock.symbol {
            line([
                SegmentedLine.Run(" " + Format.clock(sale.timestamp, seconds: true) + " ", .axis),
                SegmentedLine.Run(BlockSaleText.text(sale, glyphs: context.glyphs), .warning),
            ])
        }
        let periods = stock.halts.periods.reversed()
        if periods.isEmpty { line([SegmentedLine.Run(" No halts today", .label)]) }
        for halt in periods {
            let word = halt.phase == .halted ? "HALT" : "SUSP"
            let end =
                halt.until.map { "resumed \(Format.clock($0, seconds: true))" }
                ?? state.shown.dataClock.time.map { "for \(Format.age(max($0 - halt.since, 0)))" } ?? "ongoing"
            let drawn = y < bottom
            line([
                SegmentedLine.Run(" " + Format.clock(halt.since, seconds: true) + " ", .axis),
                SegmentedLine.Run(word, halt.until == nil ? .halted : .label),
                SegmentedLine.Run("  " + end.padding(toLength: 16), halt.until == nil ? .halted : .normal),
            ])
            // The reason after the times when it fits there, else on a line of its own under them.
            guard let reason = halt.reason, !reason.isEmpty else { continue }
            if reason.count <= inner.width - reasonStart - 1, drawn {
                grid.put(reason, x: inner.x + reasonStart, y: y - 1, role: .normal)
            } else {
                line([
                    SegmentedLine.Run(
                        "          " + Format.truncated(reason, width: max(inner.width - 11, 1), glyphs: context.glyphs), .normal)
                ])
            }
        }
    }
}

extension String {
    /// The text followed by blanks up to `length` characters (unchanged when longer).
    func padding(toLength length: Int) -> String { count >= length ? self : self + String(repeating: " ", count: length - count) }
}
