/// Draws a rounded box with a title in its top border and returns the inner rectangle.
public enum BoxFrame {
    /// A rectangle of cells: its top-left cell and its size.
    public struct Rect: Hashable, Sendable {
        public var x: Int, y: Int, width: Int, height: Int

        public init(x: Int, y: Int, width: Int, height: Int) {
            self.x = x; self.y = y; self.width = width; self.height = height
        }
    }

    @discardableResult
    static func draw(_ rect: Rect, title: String, into grid: inout CellGrid, glyphs: Glyphs) -> Rect {
        let right = rect.x + rect.width - 1, bottom = rect.y + rect.height - 1
        for column in rect.x...right {
            grid[column, rect.y] = Cell(glyphs.horizontal, .border)
            grid[column, bottom] = Cell(glyphs.horizontal, .border)
        }
        for row in rect.y...bottom {
            grid[rect.x, row] = Cell(glyphs.vertical, .border)
            grid[right, row] = Cell(glyphs.vertical, .border)
        }
        grid[rect.x, rect.y] = Cell(glyphs.topLeft, .border)
        grid[right, rect.y] = Cell(glyphs.topRight, .border)
        grid[rect.x, bottom] = Cell(glyphs.bottomLeft, .border)
        grid[right, bottom] = Cell(glyphs.bottomRight, .border)
        grid.put(" \(title) ", x: rect.x + 2, y: rect.y, role: .title, maxWidth: rect.width - 4)
        return Rect(x: rect.x + 1, y: rect.y + 1, width: rect.width - 2, height: rect.height - 2)
    }

    /// A horizontal divider with a title across a box (├─ Movers ─┤).
    static func divider(_ rect: Rect, y: Int, title: String, into grid: inout CellGrid, glyphs: Glyphs) {
        for column in rect.x..<(rect.x + rect.width) { grid[column, y] = Cell(glyphs.horizontal, .border) }
        grid[rect.x, y] = Cell(glyphs.teeRight, .border)
        grid[rect.x + rect.width - 1, y] = Cell(glyphs.teeLeft, .border)
        grid.put(" \(title) ", x: rect.x + 2, y: y, role: .title)
    }
}
