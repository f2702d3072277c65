import Dashboard

/// The market wrap as Markdown for a chat channel: the title as a heading, each section as a smaller heading with a
/// table (numbers right-aligned) and its notes.
public enum WrapMarkdown {
    public static func markdown(_ wrap: MarketWrap, glyphs: Glyphs) -> String {
        var lines = ["## " + escaped(WrapReport.title(wrap, glyphs: glyphs))]
        for section in WrapReport.sections(wrap, glyphs: glyphs) {
            lines += ["", "### " + section.title, ""]
            if section.rows.isEmpty {
                lines.append("None")
            } else {
                lines.append(row(section.columns.map(\.heading)))
                lines.append(row(section.columns.map { $0.left ? ":--" : "--:" }))
                lines += section.rows.map(row)
            }
            if !section.notes.isEmpty { lines += [""] + section.notes.map(escaped) }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private static func row(_ cells: [String]) -> String { "| " + cells.map(escaped).joined(separator: " | ") + " |" }

    /// `text` with Markdown's own characters escaped, so a halt's reason cannot break a table or start a link.
    private static func escaped(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\|*_`[]<>#".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}
