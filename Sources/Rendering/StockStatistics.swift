import Dashboard
import MarketData

/// The stock's day in figures under its chart, as one line of segments kept whole by priority: open, high, low,
/// VWAP, value, trades, average trade size, share of the market's value, volume. Before any trade: the previous
/// close and that nothing has traded.
enum StockStatistics {
    static func line(_ stock: StockState, market: MarketState, context: RenderContext) -> SegmentedLine {
        SegmentedLine(margin: 1, segments: segments(stock, market: market, context: context))
    }

    private static func segments(_ stock: StockState, market: MarketState, context: RenderContext) -> [SegmentedLine.Segment] {
        let glyphs = context.glyphs
        func figure(_ order: Int, _ label: String, _ value: String) -> SegmentedLine.Segment {
            SegmentedLine.Segment(
                [SegmentedLine.Run(label + " ", .label), SegmentedLine.Run(value, .normal)], side: .left, order: order,
                spacing: 2)
        }
        guard let open = stock.open, let high = stock.high, let low = stock.low, let last = stock.last, stock.tradeCount > 0
        else {
            let close = stock.previousClose.map { figure(1, "Prev close", Format.price($0, width: .max, glyphs: glyphs)) }
            return [SegmentedLine.Segment([SegmentedLine.Run("No trades yet today", .label)], side: .left, order: 0, spacing: 0)]
                + [close].compactMap { $0 }
        }
        func price(_ price: Price) -> String { Format.price(price, decimals: last.displayDecimals, width: .max, glyphs: glyphs) }
        var segments = [figure(0, "Open", price(open)), figure(1, "High", price(high)), figure(2, "Low", price(low))]
        if let vwap = stock.vwap { segments.append(figure(3, "VWAP", price(vwap))) }
        segments.append(figure(4, "Value", Format.money(stock.valueUnits, glyphs: glyphs)))
        segments.append(figure(5, "Trades", Format.count(stock.tradeCount, width: .max, glyphs: glyphs)))
        let averageTrade = stock.volume / Int128(stock.tradeCount)
        segments.append(figure(6, "Avg trade", Format.count(averageTrade, width: .max, glyphs: glyphs)))
        let total = market.totalValueUnits
        if total > 0 {
            let share = stock.valueUnits.doubleValue / total.doubleValue * 100
            segments.append(figure(7, "Share of market", Format.fixed(share, decimals: 1) + "%"))
        }
        segments.append(figure(8, "Volume", Format.count(stock.volume, width: .max, glyphs: glyphs)))
        return segments
    }
}
