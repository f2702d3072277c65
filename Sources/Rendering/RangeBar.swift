import Dashboard
import MarketData

/// The day's range as a bar from the low (`├`) to the high (`┤`), the VWAP marked `┼` and the last price `●` in
/// the role of its change from the previous close: `├───────●──┼──┤`. With one price all day the marks sit in the
/// middle.
enum RangeBar {
    /// The bar `width` cells wide (at least 3), as runs for a line; nil before the stock has traded.
    static func runs(_ stock: StockState, width: Int, context: RenderContext) -> [SegmentedLine.Run]? {
        guard let low = stock.low, let high = stock.high, let last = stock.last, width >= 3 else { return nil }
        var cells = [Cell](repeating: Cell(context.glyphs.horizontal, .axis), count: width)
        cells[0] = Cell(context.glyphs.teeRight, .axis)
        cells[width - 1] = Cell(context.glyphs.teeLeft, .axis)
        func position(_ price: Price) -> Int {
            guard high > low else { return width / 2 }
            let clamped = min(max(price.units, low.units), high.units)
            return Int(
                (Int128(clamped - low.units) * Int128(width - 1) + Int128(high.units - low.units) / 2) / Int128(high.units - low.units))
        }
        if let vwap = stock.vwap { cells[position(vwap)] = Cell(context.glyphs.cross, .chartLine) }
        cells[position(last)] = Cell(context.glyphs.dot, context.role(stock.direction))
        var runs: [SegmentedLine.Run] = []
        for cell in cells {
            if let previous = runs.last, previous.role == cell.role {
                runs[runs.count - 1] = SegmentedLine.Run(previous.text + String(cell.character), cell.role)
            } else {
                runs.append(SegmentedLine.Run(String(cell.character), cell.role))
            }
        }
        return runs
    }
}
