import CNCursesW
import Rendering

extension ColorDepth {
    /// The colour depth of the terminal `TERM` names, read from terminfo without opening it, for escape sequences
    /// written for later display (`snapshot --format ansi`): NO_COLOR → none; no TERM → truecolor (no terminal to
    /// fit, so every colour is kept); a TERM terminfo does not know → 8 colours, which every colour terminal shows.
    public static func ofTerminal(environment: [String: String]) -> ColorDepth {
        guard let term = environment["TERM"], !term.isEmpty else {
            return detect(environment: environment.merging(["COLORTERM": "truecolor"]) { $1 }, terminalColors: 256)
        }
        let colors = Int(psei_terminfo_colors(term))
        return detect(environment: environment, terminalColors: colors == -2 ? 8 : colors)
    }
}
