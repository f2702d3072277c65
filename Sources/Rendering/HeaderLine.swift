import Dashboard
import MarketData

/// Line 1: the PSEi with change, open/high/low, breadth, value traded, market phase and data time (PHT).
enum HeaderLine {
    static func draw(_ state: DashboardState, into grid: inout CellGrid, y: Int, context: RenderContext) {
        let psei = state.psei
        let glyphs = context.glyphs
        var x = grid.put(" PSEi ", x: 0, y: y, role: .header)
        if let value = psei.value {
            x = grid.put(value.formatted(decimals: 2, grouping: true), x: x, y: y, role: .header)
            if let change = psei.change, let percent = psei.changePercent {
                let direction = Int(change.units.signum())
                let role = context.role(direction)
                x = grid.put(" \(context.arrow(direction)) \(Format.signed(change, like: value, glyphs: glyphs)) (\(Format.percent(percent, glyphs: glyphs).trimmingLeadingSpace))", x: x, y: y, role: role)
            }
        } else {
            x = grid.put("waiting for index data", x: x, y: y, role: .label)
        }
        if let open = psei.open, let high = psei.high, let low = psei.low, grid.width >= 100 {
            x += 3
            for (label, value) in [("O", open), ("H", high), ("L", low)] {
                x = grid.put(label + " ", x: x, y: y, role: .label)
                x = grid.put(value.formatted(decimals: 2, grouping: true) + "  ", x: x, y: y, role: .normal)
            }
        }
        let breadth = state.breadth
        x += grid.width >= 100 ? 1 : 2
        x = grid.put("\(glyphs.up)\(breadth.advances)", x: x, y: y, role: .up)
        x = grid.put(" \(glyphs.down)\(breadth.declines)", x: x, y: y, role: .down)
        x = grid.put(" \(glyphs.unchanged)\(breadth.unchanged)", x: x, y: y, role: .unchanged)
        if grid.width >= 150 { x = drawBreadthBar(breadth, x: x + 1, y: y, into: &grid, glyphs: glyphs) }
        let clock = state.dataClock.map { Format.clock($0, seconds: true) + " PHT" } ?? "--:--:-- PHT"
        let phase = (state.phase?.rawValue ?? "no status").uppercased()
        let right = "\(phase)  \(clock) "
        if grid.width >= 90 {
            let value = "   Value \(Format.money(state.totalValueUnits, glyphs: glyphs))"
            if x + value.count + right.count + 2 <= grid.width { grid.put(value, x: x, y: y, role: .normal) }
        }
        grid.putRight(right, right: grid.width, y: y, role: state.phase == .open ? .header : .warning)
    }
}

/// Advances, declines and unchanged as one 12-cell bar, each part in its own role and glyph.
private func drawBreadthBar(_ breadth: (advances: Int, declines: Int, unchanged: Int), x: Int, y: Int,
                            into grid: inout CellGrid, glyphs: Glyphs) -> Int {
    let total = breadth.advances + breadth.declines + breadth.unchanged
    guard total > 0 else { return x }
    let width = 12
    let up = (breadth.advances * width + total / 2) / total
    let down = min((breadth.declines * width + total / 2) / total, width - up)
    for column in 0..<width {
        // Distinct glyphs as well as roles, so the bar reads without colour.
        let (character, role): (Character, StyleRole) = column < up ? (glyphs.braille ? "█" : "#", .up)
            : column < up + down ? (glyphs.braille ? "▒" : "=", .down) : (glyphs.braille ? "░" : ".", .unchanged)
        grid[x + column, y] = Cell(character, role)
    }
    return x + width
}

extension String {
    var trimmingLeadingSpace: String { first == " " ? String(dropFirst()) : self }
}
