import Dashboard
import Exchange
import MarketData

/// The PSEi over the day's session (the open to the close of its `TradingSchedule`, Manila time) as a braille line
/// chart, with the previous close as a dotted line, a y axis with thousands separators and a time axis where a
/// recess shows as a gap.
enum IndexChart {
    /// Rows the time axis takes (the axis line and its labels); a shorter chart gives every row to the plot.
    static let timeAxisRows = 2, minimumHeightWithTimeAxis = 4
    /// Columns below which the chart says it has no room rather than draw a squeezed plot.
    static let minimumWidth = 20

    static func draw(
        _ index: IndexState, schedule: TradingSchedule, in rect: BoxFrame.Rect, into grid: inout CellGrid,
        context: RenderContext
    ) {
        let (sessionStart, sessionEnd) = (schedule.continuousOpen, schedule.closes)
        let inner = BoxFrame.draw(rect, title: "\(index.code.rawValue) today", into: &grid, glyphs: context.glyphs)
        guard inner.height >= 1 else { return }
        let series = index.series.filled
        let present = series.compactMap { $0 } + [index.previousClose, index.value].compactMap { $0 }
        guard let lowest = present.min(), let highest = present.max() else {
            grid.put("no index data yet", x: inner.x + 1, y: inner.y, role: .label, maxWidth: inner.width - 1)
            return
        }
        guard inner.width >= minimumWidth else {
            grid.put("no room for the chart", x: inner.x + 1, y: inner.y, role: .label, maxWidth: inner.width - 1)
            return
        }
        let labels = [highest, lowest].map { $0.formatted(decimals: 0, grouping: true) }
        let labelWidth = (labels.map(\.count).max() ?? 5) + 2
        let axisRows = inner.height >= minimumHeightWithTimeAxis ? timeAxisRows : 0
        let plot = BoxFrame.Rect(
            x: inner.x + labelWidth, y: inner.y, width: inner.width - labelWidth - 1,
            height: inner.height - axisRows)
        let span = max(highest.units - lowest.units, 1)
        let dotsHigh = plot.height * (context.glyphs.braille ? 4 : 1)
        let dotsWide = plot.width * (context.glyphs.braille ? 2 : 1)
        func dotRow(_ price: Price) -> Int {
            Int((Double(highest.units - price.units) / Double(span) * Double(dotsHigh - 1)).rounded())
        }

        // y axis labels: top, bottom, and the previous close.
        var labelled: [(Int, Price)] = [(0, highest), (plot.height - 1, lowest)]
        if let previous = index.previousClose { labelled.append((dotRow(previous) / (dotsHigh / plot.height), previous)) }
        for (row, price) in labelled {
            grid.putRight(price.formatted(decimals: 0, grouping: true) + " ", right: plot.x - 1, y: plot.y + row, role: .axis)
            grid[plot.x - 1, plot.y + row] = Cell(context.glyphs.teeLeft, .axis)
        }
        for row in 0..<plot.height where grid[plot.x - 1, plot.y + row].character == " " {
            grid[plot.x - 1, plot.y + row] = Cell(context.glyphs.vertical, .axis)
        }

        // The previous close as a dotted line, under the data.
        let previousRow = index.previousClose.map { dotRow($0) / (dotsHigh / plot.height) }
        if let previousRow {
            for column in 0..<plot.width { grid[plot.x + column, plot.y + previousRow] = Cell(context.glyphs.dotted, .previousClose) }
            if plot.width > 30 { grid.putRight(" prev close", right: plot.x + plot.width, y: plot.y + previousRow, role: .previousClose) }
        }

        // The line: one value per dot column, a gap over the recess and after the latest data.
        var dots = Array(repeating: UInt8(0), count: plot.width * plot.height)
        var cellValue = [Price?](repeating: nil, count: plot.width * plot.height)
        var previousDot: Int?
        for column in 0..<dotsWide {
            let second = sessionStart + (sessionEnd - sessionStart) * column / max(dotsWide - 1, 1)
            let slot = SessionSeries.halfMinuteSlot(secondOfDay: second)
            guard !schedule.recesses.contains(where: { $0.contains(second) }), let slot, slot < series.count, let value = series[slot]
            else { previousDot = nil; continue }
            let row = dotRow(value)
            let from = previousDot.map { min($0, row) } ?? row, to = previousDot.map { max($0, row) } ?? row
            for dot in from...to {
                let cellX = context.glyphs.braille ? column / 2 : column
                let cellY = context.glyphs.braille ? dot / 4 : dot
                let position = cellY * plot.width + cellX
                guard position < dots.count else { continue }
                dots[position] |= context.glyphs.braille ? brailleBit(x: column % 2, y: dot % 4) : 1
                cellValue[position] = value
            }
            previousDot = row
        }
        for (position, bits) in dots.enumerated() where bits != 0 {
            let character: Character = context.glyphs.braille ? Character(Unicode.Scalar(0x2800 + UInt32(bits))!) : "*"
            // Above the previous close in the "up" role, below it in "down"; without one, the plain line role.
            let role = index.previousClose.map { cellValue[position]! >= $0 ? StyleRole.chartUp : .chartDown } ?? .chartLine
            grid[plot.x + position % plot.width, plot.y + position / plot.width] = Cell(character, role)
        }
        if axisRows > 0 {
            drawTimeAxis(plot, schedule: schedule, labelRow: inner.y + inner.height - 1, into: &grid, glyphs: context.glyphs)
        }
    }

    private static func drawTimeAxis(
        _ plot: BoxFrame.Rect, schedule: TradingSchedule, labelRow: Int, into grid: inout CellGrid,
        glyphs: Glyphs
    ) {
        let (sessionStart, sessionEnd) = (schedule.continuousOpen, schedule.closes)
        let axisRow = plot.y + plot.height
        grid[plot.x - 1, axisRow] = Cell(glyphs.axisCorner, .axis)
        for column in 0..<plot.width { grid[plot.x + column, axisRow] = Cell(glyphs.horizontal, .axis) }
        func column(_ second: Int) -> Int {
            plot.x + (plot.width - 1) * (second - sessionStart) / (sessionEnd - sessionStart)
        }
        for recess in schedule.recesses {
            for x in column(recess.lowerBound)...column(recess.upperBound) { grid[x, labelRow] = Cell(glyphs.shade, .axis) }
        }
        var nextFree = 0
        for second in schedule.axisTicks {
            let tick = ManilaTime.hourMinute(secondOfDay: second)
            let x = column(second)
            grid[x, axisRow] = Cell(glyphs.axisTick, .axis)
            let start = min(max(x - 2, plot.x - 1), plot.x + plot.width - 5)
            guard start >= nextFree else { continue }
            grid.put(tick, x: start, y: labelRow, role: .axis)
            nextFree = start + 6
        }
    }

    /// The bit of a braille cell's dot at column `x` (0–1) and row `y` (0–3).
    static func brailleBit(x: Int, y: Int) -> UInt8 {
        let bits: [[UInt8]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]
        return bits[y][x]
    }
}
