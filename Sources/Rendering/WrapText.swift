import Dashboard

/// The market wrap as plain text for a terminal or a mail: the title, then each section's title with its table in
/// aligned columns and its notes, indented by two spaces.
public enum WrapText {
    public static func text(_ wrap: MarketWrap, glyphs: Glyphs) -> String {
        var lines = [WrapReport.title(wrap, glyphs: glyphs)]
        for section in WrapReport.sections(wrap, glyphs: glyphs) {
            lines += ["", section.title]
            lines += section.rows.isEmpty ? ["  None"] : table(section)
            lines += section.notes.map { "  " + $0 }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// The headings and rows, each column as wide as its widest cell, two spaces apart; no trailing blanks.
    private static func table(_ section: WrapReport.Section) -> [String] {
        let lines = [section.columns.map(\.heading)] + section.rows
        let widths = section.columns.indices.map { column in lines.map { $0[column].count }.max() ?? 0 }
        return lines.map { cells in
            let padded = section.columns.indices.map { column in
                let blanks = String(repeating: " ", count: widths[column] - cells[column].count)
                return section.columns[column].left ? cells[column] + blanks : blanks + cells[column]
            }
            let line = "  " + padded.joined(separator: "  ")
            return String(line.reversed().drop { $0 == " " }.reversed())
        }
    }
}
