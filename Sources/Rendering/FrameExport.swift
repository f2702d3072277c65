/// Turns a composed frame into text for `snapshot`: plain characters, ANSI SGR colours, or a standalone HTML page
/// or SVG picture (`FrameExport+Page.swift`).
public enum FrameExport {
    /// One line per row, trailing spaces removed.
    public static func text(_ grid: CellGrid) -> String {
        (0..<grid.height).map { row in
            var line = grid.text(row: row)
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n") + "\n"
    }

    /// The frame with SGR escape sequences for each change of style, reset at every line end, in the colours a
    /// terminal of `depth` shows.
    public static func ansi(_ grid: CellGrid, theme: Theme, depth: ColorDepth = .trueColor) -> String {
        let theme = theme.degraded(to: depth)
        var out = ""
        for row in 0..<grid.height {
            var current: Style?
            for column in 0..<grid.width {
                let cell = grid[column, row]
                let style = theme[cell.role]
                if style != current {
                    out += "\u{1B}[0" + sgr(style) + "m"
                    current = style
                }
                out.append(cell.character)
            }
            out += "\u{1B}[0m\n"
        }
        return out
    }

    static func sgr(_ style: Style) -> String {
        var codes = ""
        if style.bold { codes += ";1" }
        if style.dim { codes += ";2" }
        if style.underline { codes += ";4" }
        if style.reverse { codes += ";7" }
        codes += colorCode(style.foreground, base: 30)
        codes += colorCode(style.background, base: 40)
        return codes
    }

    private static func colorCode(_ color: TerminalColor, base: Int) -> String {
        switch color {
        case .terminalDefault: ""
        case .ansi(let index): index < 8 ? ";\(base + Int(index))" : ";\(base + 60 + Int(index) - 8)"
        case .indexed(let index): ";\(base + 8);5;\(index)"
        case .rgb(let r, let g, let b): ";\(base + 8);2;\(r);\(g);\(b)"
        }
    }

    /// The character as XML text.
    static func escape(_ character: Character) -> String {
        switch character {
        case "<": "&lt;"
        case ">": "&gt;"
        case "&": "&amp;"
        case "\"": "&quot;"
        default: String(character)
        }
    }
}
