/// How many colours a terminal shows, and how a style's colours come down to them with every foreground still
/// readable: never the colour of its own background, never black on the terminal's background.
public enum ColorDepth: Int, Comparable, Sendable {
    case none = 0, ansi8 = 8, ansi16 = 16, indexed256 = 256, trueColor = 16_777_216

    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }

    /// From the environment and the terminal's colour count: NO_COLOR → none; COLORTERM truecolor/24bit →
    /// truecolor; otherwise what terminfo reports (256, 16, 8, or fewer → none).
    public static func detect(environment: [String: String], terminalColors: Int) -> ColorDepth {
        if environment["NO_COLOR"].map({ !$0.isEmpty }) ?? false { return .none }
        let colorterm = environment["COLORTERM"]?.lowercased() ?? ""
        if (colorterm == "truecolor" || colorterm == "24bit") && terminalColors >= 256 { return .trueColor }
        if terminalColors >= 256 { return .indexed256 }
        if terminalColors >= 16 { return .ansi16 }
        if terminalColors >= 8 { return .ansi8 }
        return .none
    }

    /// `style` with its colours reduced to this depth. The background becomes its nearest colour; the foreground its
    /// nearest colour that reads on that background, else the nearest one that does (on the terminal's own
    /// background: the terminal's own text colour). ANSI black and grey on the terminal's background become the
    /// terminal's text colour, dimmed, and so does any dark or mid grey with 8 or 16 colours: 8-colour terminals
    /// have no grey, and in some palettes (Solarized) ANSI grey is the background colour itself.
    public func reduce(_ style: Style) -> Style {
        var reduced = style
        reduced.background = nearest(style.background)
        let candidate = isAnsi ? ColorDepth.ansi16.nearest(style.foreground) : nearest(style.foreground)
        if reduced.background == .terminalDefault,
            [
                .ansi(ColorPalette.black), .ansi(ColorPalette.grey), .indexed(ColorPalette.black),
                .indexed(ColorPalette.grey),
            ].contains(candidate)
        {
            reduced.foreground = .terminalDefault
            reduced.dim = true
        } else {
            reduced.foreground = readable(style.foreground, on: reduced.background)
        }
        return reduced
    }

    /// True when a foreground can be read on a background at any depth: the terminal's own text colour always can
    /// (it is what the terminal draws on its background); a colour must be far enough from the background's, and
    /// the terminal's own background counts as black (the usual dark terminal; on a light one the terminal's text
    /// colour serves instead of black).
    public static func isReadable(_ foreground: TerminalColor, on background: TerminalColor) -> Bool {
        guard let colour = ColorPalette.rgb(foreground) else { return true }
        return ColorPalette.distance(colour, ColorPalette.rgb(background) ?? ColorPalette.ansi[Int(ColorPalette.black)]) >= minimumDistance
    }

    /// Squared RGB distance below which two colours read as one (greys darker than 32 on black; red on bright red).
    private static let minimumDistance = 3 * 32 * 32

    private var isAnsi: Bool { self == .ansi8 || self == .ansi16 }

    /// The nearest colour this depth shows, readability aside (for backgrounds).
    func nearest(_ color: TerminalColor) -> TerminalColor {
        switch (self, color) {
        case (_, .terminalDefault), (.none, _): return .terminalDefault
        case (.trueColor, _), (.indexed256, .ansi), (.indexed256, .indexed): return color
        case (.indexed256, .rgb(let r, let g, let b)): return .indexed(ColorPalette.nearestIndexed((r, g, b)))
        case (.ansi16, .ansi(let index)) where index < 16: return color
        case (.ansi16, _): return .ansi(ColorPalette.nearestAnsi(ColorPalette.rgb(color)!))
        case (.ansi8, _):
            guard case .ansi(let index) = ColorDepth.ansi16.nearest(color) else { return .terminalDefault }
            return .ansi(index % 8)
        }
    }

    private func readable(_ foreground: TerminalColor, on background: TerminalColor) -> TerminalColor {
        let candidate = nearest(foreground)
        if ColorDepth.isReadable(candidate, on: background) { return candidate }
        guard background != .terminalDefault, let wanted = ColorPalette.rgb(foreground) else { return .terminalDefault }
        let readable = palette.filter { ColorDepth.isReadable($0, on: background) }
        return readable.min { ColorPalette.distance(ColorPalette.rgb($0)!, wanted) < ColorPalette.distance(ColorPalette.rgb($1)!, wanted) }
            ?? .terminalDefault
    }

    /// The colours to choose from when the nearest one does not read: the ANSI colours the depth has, else the
    /// 256-colour cube and grey ramp (whose values, unlike the ANSI ones, terminals do not restyle).
    private var palette: [TerminalColor] {
        switch self {
        case .none: []
        case .ansi8: (0..<8).map { .ansi($0) }
        case .ansi16: (0..<16).map { .ansi($0) }
        case .indexed256, .trueColor: (16...255).map { .indexed($0) }
        }
    }
}
