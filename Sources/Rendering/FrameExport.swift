/// Turns a composed frame into text for `snapshot`: plain characters, ANSI SGR colours, or a standalone HTML page.
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

    /// A standalone HTML page: one `<pre>` with a `<span>` per run of equal style, every character escaped.
    public static func html(_ grid: CellGrid, theme: Theme) -> String {
        var body = ""
        for row in 0..<grid.height {
            var column = 0
            while column < grid.width {
                let role = grid[column, row].role
                var run = ""
                while column < grid.width, grid[column, row].role == role {
                    run += escape(grid[column, row].character)
                    column += 1
                }
                body += "<span class=\"\(role.rawValue)\">\(run)</span>"
            }
            body += "\n"
        }
        let rules = StyleRole.allCases.map { role in ".\(role.rawValue){\(css(theme[role]))}" }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>psei-ticker</title><style>
            body{background:#121212;color:#e0e0e0;margin:0}
            pre{font-family:"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:13px;line-height:1.2;margin:8px}
            \(rules)
            </style></head><body><pre>
            \(body)</pre></body></html>

            """
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

    private static func css(_ style: Style) -> String {
        var rules: [String] = []
        if let color = hex(style.foreground) { rules.append((style.reverse ? "background:" : "color:") + color) }
        if let color = hex(style.background) { rules.append((style.reverse ? "color:" : "background:") + color) }
        if style.reverse && hex(style.foreground) == nil { rules.append("background:#e0e0e0;color:#121212") }
        if style.bold { rules.append("font-weight:bold") }
        if style.dim { rules.append("opacity:0.7") }
        if style.underline { rules.append("text-decoration:underline") }
        return rules.joined(separator: ";")
    }

    private static func hex(_ color: TerminalColor) -> String? {
        guard let rgb = ColorPalette.rgb(color) else { return nil }
        return "#" + [rgb.red, rgb.green, rgb.blue].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    private static func escape(_ character: Character) -> String {
        switch character {
        case "<": "&lt;"
        case ">": "&gt;"
        case "&": "&amp;"
        case "\"": "&quot;"
        default: String(character)
        }
    }
}
