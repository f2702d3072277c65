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
        Theme(name: name, styles: Dictionary(uniqueKeysWithValues: StyleRole.allCases.map { ($0, depth.reduce(self[$0])) }))
    }
}
