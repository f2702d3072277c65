import Rendering

/// The colour numbers of the ncurses colour pair for a style on a terminal of a given colour depth (palette indices,
/// −1 for the terminal's default colour), and the style as drawn (reducing colours may dim a grey).
/// ncurses pairs take palette colours only, so truecolor comes down to 256. Without default colours
/// (`use_default_colors` refused) ncurses draws white on black, so those stand in for the defaults; with no
/// colours at all every pair is the default one.
public struct CursesColors: Hashable, Sendable {
    public let foreground: Int16
    public let background: Int16
    public let style: Style

    public init(_ style: Style, depth: ColorDepth, defaultColors: Bool) {
        let reduced = min(depth, .indexed256).reduce(style)
        var foreground = CursesColors.number(reduced.foreground), background = CursesColors.number(reduced.background)
        if !defaultColors, depth > .none {
            if background < 0 { background = CursesColors.black }
            if foreground < 0 {
                let white = ColorDepth.isReadable(.ansi(UInt8(CursesColors.white)), on: .indexed(UInt8(background)))
                foreground = white ? CursesColors.white : CursesColors.black
            }
        }
        (self.foreground, self.background, self.style) = (foreground, background, reduced)
    }

    /// True when both colours are the terminal's defaults: pair 0, nothing to allocate.
    public var isDefault: Bool { foreground < 0 && background < 0 }

    /// The two colours, which is all a colour pair holds.
    struct Key: Hashable { let foreground: Int16, background: Int16 }
    var key: Key { Key(foreground: foreground, background: background) }

    private static let black: Int16 = 0, white: Int16 = 7

    private static func number(_ color: TerminalColor) -> Int16 {
        switch color {
        case .ansi(let index), .indexed(let index): Int16(index)
        // A 24-bit colour never remains after reduction to 256 colours.
        case .terminalDefault, .rgb: -1
        }
    }
}
