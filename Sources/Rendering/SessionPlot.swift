import Dashboard
import Exchange
import MarketData

/// The plotting area of a chart over a trading day's session (the open to the close of its `TradingSchedule`,
/// Manila time) between two prices, and what every such chart draws on it: the y axis with its labelled rows, a
/// reference line across (the previous close), the braille line of a value over time with a gap over the recess
/// and where there is no data, and the time axis. The index chart and the stock screen's chart share it.
struct SessionPlot {
    let area: BoxFrame.Rect
    let schedule: TradingSchedule
    let lowest: Price, highest: Price
    let glyphs: Glyphs

    /// Dots per cell: 2×4 in braille, one `*` per cell otherwise.
    private var dotsPerRow: Int { glyphs.braille ? 4 : 1 }
    private var dotsPerColumn: Int { glyphs.braille ? 2 : 1 }
    private var dotsHigh: Int { area.height * dotsPerRow }
    private var dotsWide: Int { area.width * dotsPerColumn }
    private var sessionStart: Int { schedule.continuousOpen }
    private var sessionSeconds: Int { schedule.closes - schedule.continuousOpen }

    /// The dot row of a price, 0 at `highest`.
    func dotRow(_ price: Price) -> Int {
        let span = max(highest.units - lowest.units, 1)
        return Int((Double(highest.units - price.units) / Double(span) * Double(dotsHigh - 1)).rounded())
    }

    /// The cell row of a price, 0 at `highest`.
    func row(_ price: Price) -> Int { dotRow(price) / dotsPerRow }

    /// The cell column (from the area's left) of a Manila second of the day in the session, as the time axis places it.
    func column(_ secondOfDay: Int) -> Int { (area.width - 1) * (secondOfDay - sessionStart) / sessionSeconds }

    /// The Manila second of the day a cell column's middle stands for.
    func second(atColumn column: Int) -> Int { second(atDot: column * dotsPerColumn + dotsPerColumn / 2) }

    private func second(atDot column: Int) -> Int { sessionStart + sessionSeconds * column / max(dotsWide - 1, 1) }

    func isInRecess(_ secondOfDay: Int) -> Bool { schedule.recesses.contains { $0.contains(secondOfDay) } }

    /// The y axis left of the area: each price at its row (`┤`), a plain line (`│`) on the other rows.
    func drawYAxis(labels: [Price], format: (Price) -> String, into grid: inout CellGrid) {
        for price in labels {
            let y = area.y + row(price)
            grid.putRight(format(price) + " ", right: area.x - 1, y: y, role: .axis)
            grid[area.x - 1, y] = Cell(glyphs.teeLeft, .axis)
        }
        for y in area.y..<(area.y + area.height) where grid[area.x - 1, y].character == " " {
            grid[area.x - 1, y] = Cell(glyphs.vertical, .axis)
        }
    }

    /// A horizontal reference line at `price` of `character`s in every `every`-th column, labelled at its right end
    /// when there is a label and the area is wide enough.
    func drawReference(
        _ price: Price, character: Character, every: Int = 1, role: StyleRole, label: String? = nil, into grid: inout CellGrid
    ) {
        let y = area.y + row(price)
        for column in stride(from: 0, to: area.width, by: every) { grid[area.x + column, y] = Cell(character, role) }
        if let label, area.width > 30 { grid.putRight(" \(label)", right: area.x + area.width, y: y, role: role) }
    }

    /// The value of a per-minute series (slots as `SessionSeries.minuteSlot`) at a Manila second of the day; nil
    /// outside the session, past the series' end and where it has none.
    static func minuteValue(_ series: [Price?], atSecond second: Int) -> Price? {
        SessionSeries.minuteSlot(secondOfDay: second).flatMap { $0 < series.count ? series[$0] : nil }
    }

    /// The line of `value` (at a Manila second of the day; nil where there is none) as dots, joined column to
    /// column, with a gap over the recess; each cell in the role `role` gives the value drawn in it.
    func drawLine(value: (Int) -> Price?, role: (Price) -> StyleRole, into grid: inout CellGrid) {
        var dots = Array(repeating: UInt8(0), count: area.width * area.height)
        var cellValue = [Price?](repeating: nil, count: area.width * area.height)
        var previousDot: Int?
        for column in 0..<dotsWide {
            let second = second(atDot: column)
            guard !isInRecess(second), let price = value(second) else { previousDot = nil; continue }
            let row = dotRow(price)
            let from = previousDot.map { min($0, row) } ?? row, to = previousDot.map { max($0, row) } ?? row
            for dot in from...to {
                let position = (dot / dotsPerRow) * area.width + column / dotsPerColumn
                guard position < dots.count else { continue }
                dots[position] |= glyphs.braille ? Self.brailleBit(x: column % 2, y: dot % 4) : 1
                cellValue[position] = price
            }
            previousDot = row
        }
        for (position, bits) in dots.enumerated() where bits != 0 {
            let character: Character = glyphs.braille ? Character(Unicode.Scalar(0x2800 + UInt32(bits))!) : "*"
            grid[area.x + position % area.width, area.y + position / area.width] = Cell(character, role(cellValue[position]!))
        }
    }

    /// The time axis: its line on `axisRow` from the corner left of the area, a tick at each of the schedule's
    /// axis times, and on `labelRow` their labels (each kept clear of the one before) and the recess shaded.
    func drawTimeAxis(axisRow: Int, labelRow: Int, into grid: inout CellGrid) {
        grid[area.x - 1, axisRow] = Cell(glyphs.axisCorner, .axis)
        for column in 0..<area.width { grid[area.x + column, axisRow] = Cell(glyphs.horizontal, .axis) }
        for recess in schedule.recesses {
            for x in column(recess.lowerBound)...column(recess.upperBound) { grid[area.x + x, labelRow] = Cell(glyphs.shade, .axis) }
        }
        var nextFree = 0
        for second in schedule.axisTicks {
            let x = area.x + column(second)
            grid[x, axisRow] = Cell(glyphs.axisTick, .axis)
            let start = min(max(x - 2, area.x - 1), area.x + area.width - 5)
            guard start >= nextFree else { continue }
            grid.put(ManilaTime.hourMinute(secondOfDay: second), x: start, y: labelRow, role: .axis)
            nextFree = start + 6
        }
    }

    /// The bit of a braille cell's dot at column `x` (0–1) and row `y` (0–3).
    static func brailleBit(x: Int, y: Int) -> UInt8 {
        let bits: [[UInt8]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]
        return bits[y][x]
    }
}
