/// The semantic role of a cell; a theme maps each role to colours and attributes.
public enum StyleRole: String, CaseIterable, Hashable, Sendable {
    case normal, header, label, up, down, unchanged, border, title, selection
    case chartLine = "chart_line", chartUp = "chart_up", chartDown = "chart_down", previousClose = "prev_close"
    case axis, stale, halted, warning, error, live, status, help
    /// What the user's alert rules caught: the status bar's flash, the rows' badges, the alerts view's marks.
    case alert
    /// The live DVR's `REWOUND … (live …)` in the header: the market shown is not the live one.
    case rewound
    /// The heatmap's diverging scale of % change, strongest fall to strongest rise (`HeatScale`).
    case heatDown3 = "heat_down3", heatDown2 = "heat_down2", heatDown1 = "heat_down1", heatFlat = "heat_flat"
    case heatUp1 = "heat_up1", heatUp2 = "heat_up2", heatUp3 = "heat_up3"
}

/// One character cell of the screen: a character and its role. Equatable, so a driver can write only changes.
public struct Cell: Hashable, Sendable {
    public var character: Character
    public var role: StyleRole

    public init(_ character: Character, _ role: StyleRole = .normal) {
        self.character = character
        self.role = role
    }

    public static let blank = Cell(" ")
}

/// A width × height grid of cells that widgets draw into; everything outside the grid is clipped.
public struct CellGrid: Hashable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]

    public init(width: Int, height: Int) {
        self.width = max(width, 0)
        self.height = max(height, 0)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
        set {
            guard x >= 0, y >= 0, x < width, y < height else { return }
            cells[y * width + x] = newValue
        }
    }

    /// Cells that differ from `previous` (all of them when there is none or its size differs): what a terminal
    /// backend has to write for this frame.
    public func changedCells(since previous: CellGrid?) -> Int {
        guard let previous, previous.width == width, previous.height == height else { return width * height }
        return zip(cells, previous.cells).reduce(0) { $0 + ($1.0 == $1.1 ? 0 : 1) }
    }

    /// Writes `text` from column `x` of row `y`, one cell per character, clipped at `maxWidth` and the edge.
    /// Returns the column after the last character written.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, role: StyleRole = .normal, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height else { return x }
        let limit = min(width, x + (maxWidth ?? width))
        var column = x
        for character in text {
            guard column < limit else { break }
            if column >= 0 { cells[y * width + column] = Cell(character, role) }
            column += 1
        }
        return column
    }

    /// Writes `text` so that it ends at column `right` (exclusive).
    public mutating func putRight(_ text: String, right: Int, y: Int, role: StyleRole = .normal) {
        put(text, x: right - text.count, y: y, role: role)
    }

    /// Fills a rectangle with one cell.
    public mutating func fill(x: Int, y: Int, width: Int, height: Int, with cell: Cell) {
        for row in max(y, 0)..<min(y + height, self.height) {
            for column in max(x, 0)..<min(x + width, self.width) { cells[row * self.width + column] = cell }
        }
    }

    /// Changes the role of every cell in a row segment (e.g. the selected table row).
    public mutating func restyle(x: Int, y: Int, width: Int, role: StyleRole) {
        guard y >= 0, y < height else { return }
        for column in max(x, 0)..<min(x + width, self.width) { cells[y * self.width + column].role = role }
    }

    /// The characters of one row.
    public func text(row: Int) -> String { String(cells[row * width..<(row + 1) * width].map(\.character)) }
}
