/// The characters the renderer draws with: Unicode for a UTF-8 terminal, ASCII when the locale is not UTF-8
/// (ncursesw prints blanks for wide glyphs there).
public struct Glyphs: Hashable, Sendable {
    public let sparkline: [Character]
    public let up: Character, down: Character, unchanged: Character
    public let horizontal: Character, vertical: Character
    public let topLeft: Character, topRight: Character, bottomLeft: Character, bottomRight: Character
    public let teeLeft: Character, teeRight: Character, axisCorner: Character, axisTick: Character
    public let dotted: Character, shade: Character
    /// The range bar's marks: the last price (`●`) and the VWAP (`┼`).
    public let dot: Character, cross: Character
    public let selected: Character, peso: String, minus: String, separator: String, times: String, missing: String
    /// Between the two ends of a price band: `15.44 – 33.05`.
    public let through: String
    /// From a trade's buyer to its seller (`XA → BD`), and the dot of a foreign mark (`F·BS`).
    public let toward: String, markDot: String
    /// Marks text cut short (`ABCDE…`) and a number too wide for its place.
    public let ellipsis: String
    public let live: Character, reconnecting: Character, disconnected: Character, replay: Character
    /// Marks an alert: the status bar's flash and a row's badge.
    public let alert: Character
    /// True when the chart uses braille dots (2×4 per cell); false for one `*` per cell.
    public let braille: Bool
    /// Fills of rising density for the heatmap's tiles when colour cannot show intensity: flat, then levels 1–3.
    public let heatShades: [Character]

    public static let unicode = Glyphs(
        sparkline: Array("▁▂▃▄▅▆▇█"), up: "▲", down: "▼", unchanged: "═",
        horizontal: "─", vertical: "│", topLeft: "╭", topRight: "╮", bottomLeft: "╰", bottomRight: "╯",
        teeLeft: "┤", teeRight: "├", axisCorner: "└", axisTick: "┬", dotted: "┄", shade: "░", dot: "●", cross: "┼",
        selected: "▸", peso: "₱", minus: "−", separator: " · ", times: "×", missing: "—", through: " – ",
        toward: " → ", markDot: "·", ellipsis: "…",
        live: "●", reconnecting: "◌", disconnected: "✕", replay: "▶", alert: "⚑", braille: true, heatShades: Array(" ░▒▓"))

    public static let ascii = Glyphs(
        sparkline: Array(" .:-=+*#"), up: "^", down: "v", unchanged: "=",
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        teeLeft: "+", teeRight: "+", axisCorner: "+", axisTick: "+", dotted: ".", shade: ":", dot: "o", cross: "+",
        selected: ">", peso: "P", minus: "-", separator: " | ", times: "x", missing: "-", through: " - ",
        toward: " > ", markDot: ".", ellipsis: "~",
        live: "*", reconnecting: "o", disconnected: "x", replay: ">", alert: "!", braille: false, heatShades: Array(" :+#"))

    /// Unicode when `environment`'s locale (LC_ALL, then LC_CTYPE, then LANG) names UTF-8.
    public static func forLocale(_ environment: [String: String]) -> Glyphs {
        let locale =
            [environment["LC_ALL"], environment["LC_CTYPE"], environment["LANG"]]
            .compactMap { $0 }.first { !$0.isEmpty } ?? ""
        let lowered = locale.lowercased()
        return lowered.contains("utf-8") || lowered.contains("utf8") ? .unicode : .ascii
    }
}
