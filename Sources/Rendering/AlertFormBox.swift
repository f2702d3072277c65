import Dashboard

/// The `!` form, centred over the screen: the rule kinds with the chosen one highlighted, the rule being typed with
/// its cursor, the parser's problem when Enter refused it, and the keys.
enum AlertFormBox {
    static let width = 68, height = 8
    static let hint = "←→ kind  Enter add  Esc cancel"

    static func draw(_ form: AlertForm, into grid: inout CellGrid, context: RenderContext) {
        let width = min(Self.width, grid.width - 2), height = min(Self.height, grid.height - 2)
        let rect = BoxFrame.Rect(x: (grid.width - width) / 2, y: (grid.height - height) / 2, width: width, height: height)
        grid.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height, with: Cell(" ", .help))
        let inner = BoxFrame.draw(rect, title: "New alert · \(form.symbol)", into: &grid, glyphs: context.glyphs)
        var x = inner.x + 1
        for kind in AlertFormKind.allCases {
            x = grid.put(
                " \(kind.rawValue) ", x: x, y: inner.y + 1, role: kind == form.kind ? .selection : .help,
                maxWidth: inner.x + inner.width - x)
        }
        let room = inner.width - 5
        let shown = form.text.count < room ? form.text : String(form.text.suffix(room - 1))
        let end = grid.put("> " + shown, x: inner.x + 1, y: inner.y + 3, role: .normal, maxWidth: inner.width - 2)
        grid[end, inner.y + 3] = Cell(" ", .selection)
        if let problem = form.problem {
            grid.put(problem, x: inner.x + 1, y: inner.y + 4, role: .error, maxWidth: inner.width - 2)
        }
        grid.put(
            context.glyphs.braille ? hint : hint.replacingArrows, x: inner.x + 1, y: inner.y + inner.height - 1, role: .label,
            maxWidth: inner.width - 2)
    }
}
