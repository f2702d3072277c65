/// A terminal colour: the terminal's default, one of the 16 ANSI colours, the 256-colour palette, or 24-bit.
public enum TerminalColor: Hashable, Sendable {
    case terminalDefault
    case ansi(UInt8)
    case indexed(UInt8)
    case rgb(UInt8, UInt8, UInt8)
}

/// How a role looks: colours and attributes.
public struct Style: Hashable, Sendable {
    public var foreground: TerminalColor = .terminalDefault
    public var background: TerminalColor = .terminalDefault
    public var bold = false
    public var dim = false
    public var reverse = false
    public var underline = false

    public init(foreground: TerminalColor = .terminalDefault, background: TerminalColor = .terminalDefault,
                bold: Bool = false, dim: Bool = false, reverse: Bool = false, underline: Bool = false) {
        self.foreground = foreground; self.background = background
        self.bold = bold; self.dim = dim; self.reverse = reverse; self.underline = underline
    }
}

/// A named mapping from every `StyleRole` to a `Style` (btop-style: one entry per semantic key).
public struct Theme: Hashable, Sendable {
    public let name: String
    public private(set) var styles: [StyleRole: Style]

    public init(name: String, styles: [StyleRole: Style]) {
        self.name = name
        self.styles = styles
    }

    public subscript(role: StyleRole) -> Style { styles[role] ?? Theme.standard.styles[role] ?? Style() }

    /// The same theme with colours reduced to what the terminal can show.
    public func degraded(to depth: ColorDepth) -> Theme {
        Theme(name: name, styles: styles.mapValues { style in
            var style = style
            style.foreground = depth.reduce(style.foreground)
            style.background = depth.reduce(style.background)
            return style
        })
    }
}

/// How many colours a terminal shows.
public enum ColorDepth: Int, Comparable, Sendable {
    case none = 0, ansi16 = 16, indexed256 = 256, trueColor = 16_777_216

    public static func < (lhs: ColorDepth, rhs: ColorDepth) -> Bool { lhs.rawValue < rhs.rawValue }

    /// From the environment and the terminal's colour count: NO_COLOR → none; COLORTERM truecolor/24bit →
    /// truecolor; otherwise what terminfo reports (256, 8–16, or fewer → none).
    public static func detect(environment: [String: String], terminalColors: Int) -> ColorDepth {
        if environment["NO_COLOR"].map({ !$0.isEmpty }) ?? false { return .none }
        let colorterm = environment["COLORTERM"]?.lowercased() ?? ""
        if (colorterm == "truecolor" || colorterm == "24bit") && terminalColors >= 256 { return .trueColor }
        if terminalColors >= 256 { return .indexed256 }
        if terminalColors >= 8 { return .ansi16 }
        return .none
    }

    func reduce(_ color: TerminalColor) -> TerminalColor {
        switch (self, color) {
        case (_, .terminalDefault): return .terminalDefault
        case (.none, _): return .terminalDefault
        case (.trueColor, _): return color
        case (.indexed256, .rgb(let r, let g, let b)): return .indexed(ColorDepth.nearestIndexed(r, g, b))
        case (.indexed256, _): return color
        case (.ansi16, .ansi): return color
        case (.ansi16, .indexed(let index)): return .ansi(ColorDepth.nearestAnsi(ColorDepth.rgb(ofIndexed: index)))
        case (.ansi16, .rgb(let r, let g, let b)): return .ansi(ColorDepth.nearestAnsi((r, g, b)))
        }
    }

    /// The nearest colour of the xterm 6×6×6 cube or grey ramp.
    static func nearestIndexed(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> UInt8 {
        let levels: [Int] = [0, 95, 135, 175, 215, 255]
        func nearestLevel(_ value: UInt8) -> Int { levels.indices.min { abs(levels[$0] - Int(value)) < abs(levels[$1] - Int(value)) }! }
        let cube = 16 + 36 * nearestLevel(r) + 6 * nearestLevel(g) + nearestLevel(b)
        let grey = min(max((Int(r) + Int(g) + Int(b)) / 3 - 8, 0) / 10, 23)
        let cubeRGB = rgb(ofIndexed: UInt8(cube)), greyRGB = rgb(ofIndexed: UInt8(232 + grey))
        return distance(cubeRGB, (r, g, b)) <= distance(greyRGB, (r, g, b)) ? UInt8(cube) : UInt8(232 + grey)
    }

    static let ansiPalette: [(UInt8, UInt8, UInt8)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    /// The ANSI colour with the same hue family (so a green stays green, not the nearest grey): greys by
    /// lightness, colours by hue sector, the bright variant for light colours.
    static func nearestAnsi(_ color: (UInt8, UInt8, UInt8)) -> UInt8 {
        let (r, g, b) = (Double(color.0), Double(color.1), Double(color.2))
        let high = max(r, g, b), low = min(r, g, b)
        if high - low < 40 { return high < 64 ? 0 : high < 160 ? 8 : high < 224 ? 7 : 15 }
        var hue: Double
        if high == r { hue = (g - b) / (high - low) * 60 } else if high == g { hue = (b - r) / (high - low) * 60 + 120 } else {
            hue = (r - g) / (high - low) * 60 + 240
        }
        if hue < 0 { hue += 360 }
        // Sectors of 60° centred on red, yellow, green, cyan, blue, magenta.
        let sectors: [UInt8] = [1, 3, 2, 6, 4, 5]
        let base = sectors[Int((hue + 30).truncatingRemainder(dividingBy: 360) / 60)]
        return high > 230 ? base + 8 : base
    }

    static func rgb(ofIndexed index: UInt8) -> (UInt8, UInt8, UInt8) {
        switch index {
        case 0..<16: return ansiPalette[Int(index)]
        case 16..<232:
            let levels: [UInt8] = [0, 95, 135, 175, 215, 255]
            let value = Int(index) - 16
            return (levels[value / 36], levels[value / 6 % 6], levels[value % 6])
        default:
            let grey = UInt8(8 + 10 * (Int(index) - 232))
            return (grey, grey, grey)
        }
    }

    private static func distance(_ a: (UInt8, UInt8, UInt8), _ b: (UInt8, UInt8, UInt8)) -> Int {
        let (dr, dg, db) = (Int(a.0) - Int(b.0), Int(a.1) - Int(b.1), Int(a.2) - Int(b.2))
        return dr * dr + dg * dg + db * db
    }
}
