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

    public init(
        foreground: TerminalColor = .terminalDefault, background: TerminalColor = .terminalDefault,
        bold: Bool = false, dim: Bool = false, reverse: Bool = false, underline: Bool = false
    ) {
        self.foreground = foreground; self.background = background
        self.bold = bold; self.dim = dim; self.reverse = reverse; self.underline = underline
    }
}

/// The page an exported frame (HTML, SVG) is drawn on: what a terminal's own background and text colour are.
public struct PageColors: Hashable, Sendable {
    public var background: TerminalColor
    public var foreground: TerminalColor

    public init(background: TerminalColor, foreground: TerminalColor) {
        self.background = background; self.foreground = foreground
    }

    /// A dark terminal.
    public static let dark = PageColors(background: .rgb(0x12, 0x12, 0x12), foreground: .rgb(0xe0, 0xe0, 0xe0))
}

/// A named mapping from every `StyleRole` to a `Style` (btop-style: one entry per semantic key), and the page
/// colours exports are drawn on.
public struct Theme: Hashable, Sendable {
    public let name: String
    public private(set) var styles: [StyleRole: Style]
    public let page: PageColors

    public init(name: String, styles: [StyleRole: Style], page: PageColors = .dark) {
        self.name = name
        self.styles = styles
        self.page = page
    }

    public subscript(role: StyleRole) -> Style { styles[role] ?? Theme.standard.styles[role] ?? Style() }

    /// The same theme with colours reduced to what the terminal can show.
    public func degraded(to depth: ColorDepth) -> Theme {
        Theme(name: name, styles: Dictionary(uniqueKeysWithValues: StyleRole.allCases.map { ($0, depth.reduce(self[$0])) }), page: page)
    }
}
