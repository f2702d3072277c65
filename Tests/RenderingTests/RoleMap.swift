import Rendering

/// A frame's styles as text: one letter per cell naming its role, a line per row, so a golden file records
/// which cells are selected, up, down, stale… and not only the characters.
enum RoleMap {
    static let letters: [StyleRole: Character] = [
        .normal: ".", .header: "H", .label: "l", .up: "+", .down: "-", .unchanged: "=", .border: "#", .title: "T",
        .selection: "S", .chartLine: "c", .chartUp: "u", .chartDown: "d", .previousClose: "p", .axis: "a", .stale: "s",
        .halted: "h", .warning: "w", .error: "e", .live: "L", .status: "b", .help: "?", .alert: "!", .rewound: "r",
        .heatDown3: "3", .heatDown2: "2", .heatDown1: "1", .heatFlat: "0", .heatUp1: "4", .heatUp2: "5", .heatUp3: "6",
    ]

    static func text(_ grid: CellGrid, rows: Range<Int>? = nil) -> String {
        (rows ?? 0..<grid.height).map { row in String((0..<grid.width).map { letters[grid[$0, row].role]! }) }
            .joined(separator: "\n") + "\n"
    }
}
