/// The HTML and SVG exports: each run of cells is placed at its own column and given exactly its cells' width, so a
/// glyph that falls back to a font of another width (▲, ═, braille) cannot push the rest of its line out of step;
/// the page takes the theme's colours.
extension FrameExport {
    /// The page's own colours. A theme may say "default" for them: a page has no terminal to default to, so it is
    /// dark then.
    static func pageColors(_ page: PageColors) -> (background: ColorPalette.RGB, foreground: ColorPalette.RGB) {
        (
            ColorPalette.rgb(page.background) ?? ColorPalette.rgb(PageColors.dark.background)!,
            ColorPalette.rgb(page.foreground) ?? ColorPalette.rgb(PageColors.dark.foreground)!
        )
    }

    /// The page's own colours as CSS/SVG colours.
    struct PageHex {
        let background: String
        let foreground: String

        init(_ page: PageColors) {
            let colors = FrameExport.pageColors(page)
            background = FrameExport.hex(colors.background)
            foreground = FrameExport.hex(colors.foreground)
        }
    }

    /// A role's look on the page, resolved to colours: reverse video swapped, defaults from the page, and dim text
    /// mixed toward what is behind it (as a terminal draws it; a see-through run would fade its background too).
    struct PaintedStyle: Hashable {
        let foreground: String
        let background: String?
        let bold: Bool
        let underline: Bool

        init(_ style: Style, page: PageColors) {
            let page = FrameExport.pageColors(page)
            var foreground = ColorPalette.rgb(style.foreground) ?? page.foreground
            var background = ColorPalette.rgb(style.background)
            if style.reverse { (foreground, background) = (background ?? page.background, foreground) }
            if style.dim { foreground = FrameExport.mix(foreground, toward: background ?? page.background, by: 0.35) }
            self.foreground = FrameExport.hex(foreground)
            self.background = background.map(FrameExport.hex)
            bold = style.bold; underline = style.underline
        }
    }

    /// `color` moved `fraction` of the way toward `other`.
    static func mix(_ color: ColorPalette.RGB, toward other: ColorPalette.RGB, by fraction: Double) -> ColorPalette.RGB {
        func channel(_ a: UInt8, _ b: UInt8) -> UInt8 { UInt8((Double(a) + (Double(b) - Double(a)) * fraction).rounded()) }
        return (channel(color.red, other.red), channel(color.green, other.green), channel(color.blue, other.blue))
    }

    /// Cells of one row drawn together: a stretch of one role, ASCII only, or a single other character.
    struct PaintedRun {
        let column: Int
        let text: [Character]
        let role: StyleRole
        var isBlank: Bool { text.allSatisfy { $0 == " " } }
    }

    /// The runs of row `row`: a new run at every change of role and around every non-ASCII character.
    static func runs(_ grid: CellGrid, row: Int) -> [PaintedRun] {
        var runs: [PaintedRun] = []
        var column = 0
        while column < grid.width {
            let start = column
            let cell = grid[column, row]
            column += 1
            if cell.character.isASCII {
                while column < grid.width, grid[column, row].role == cell.role, grid[column, row].character.isASCII { column += 1 }
            }
            runs.append(PaintedRun(column: start, text: (start..<column).map { grid[$0, row].character }, role: cell.role))
        }
        return runs
    }

    /// A standalone HTML page: one line per row, each run a box placed at its column and exactly its cells wide
    /// (`ch` units of a monospace font), every character escaped; colours from the theme and its page.
    public static func html(_ grid: CellGrid, theme: Theme) -> String {
        var body = ""
        for row in 0..<grid.height {
            body += "<div>"
            for run in runs(grid, row: row) {
                let text = run.text.map(escape).joined()
                body += "<span class=\"\(run.role.rawValue)\" style=\"left:\(run.column)ch;width:\(run.text.count)ch\">\(text)</span>"
            }
            body += "</div>"
        }
        let page = PageHex(theme.page)
        let rules = StyleRole.allCases.map { role in
            let painted = PaintedStyle(theme[role], page: theme.page)
            var rules = ["color:\(painted.foreground)"]
            if let background = painted.background { rules.append("background:\(background)") }
            if painted.bold { rules.append("font-weight:bold") }
            if painted.underline { rules.append("text-decoration:underline") }
            return ".\(role.rawValue){\(rules.joined(separator: ";"))}"
        }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html><head><meta charset="utf-8"><title>psei-ticker</title><style>
            body{background:\(page.background);color:\(page.foreground);margin:0}
            .frame{font-family:\(fontFamily);font-size:14px;line-height:17px;margin:8px}
            .frame div{position:relative;height:17px;width:\(grid.width)ch}
            .frame span{position:absolute;top:0;height:17px;overflow:hidden;white-space:pre}
            \(rules)
            </style></head><body><div class="frame">
            \(body)</div></body></html>

            """
    }

    /// An SVG picture of the frame: a text element per run, placed at its column and stretched to its cells' width
    /// (`textLength`, as rich's `export_svg` does), so it is exact in any browser with any fonts.
    public static func svg(_ grid: CellGrid, theme: Theme) -> String {
        let (cell, line, size) = (8.4, 17.0, 14)
        let page = PageHex(theme.page)
        let (width, height) = (number(Double(grid.width) * cell + 16), number(Double(grid.height) * line + 16))
        var shapes: [String] = []
        var texts: [String] = []
        for row in 0..<grid.height {
            let top = 8 + Double(row) * line
            for run in runs(grid, row: row) {
                let painted = PaintedStyle(theme[run.role], page: theme.page)
                let x = 8 + Double(run.column) * cell, length = Double(run.text.count) * cell
                if let background = painted.background {
                    shapes.append(
                        "<rect x=\"\(number(x))\" y=\"\(number(top))\" width=\"\(number(length))\" height=\"\(number(line))\" fill=\"\(background)\"/>"
                    )
                }
                guard !run.isBlank else { continue }
                var attributes =
                    "x=\"\(number(x))\" y=\"\(number(top + 13))\" textLength=\"\(number(length))\" "
                    + "lengthAdjust=\"spacingAndGlyphs\" fill=\"\(painted.foreground)\""
                if painted.bold { attributes += " font-weight=\"bold\"" }
                if painted.underline { attributes += " text-decoration=\"underline\"" }
                texts.append("<text \(attributes)>\(run.text.map(escape).joined())</text>")
            }
        }
        return """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)">
            <style>text{font-family:\(fontFamily);font-size:\(size)px;white-space:pre}</style>
            <rect width="100%" height="100%" fill="\(page.background)"/>
            \(shapes.joined(separator: "\n"))
            \(texts.joined(separator: "\n"))
            </svg>

            """
    }

    private static let fontFamily = "'DejaVu Sans Mono',Menlo,Consolas,monospace"

    /// A coordinate with at most one decimal.
    private static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
    }

    static func hex(_ color: TerminalColor) -> String? { ColorPalette.rgb(color).map(hex) }

    static func hex(_ rgb: ColorPalette.RGB) -> String {
        "#" + [rgb.red, rgb.green, rgb.blue].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }
}
