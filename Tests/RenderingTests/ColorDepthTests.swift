import Rendering
import Testing

/// Colours come down to what the terminal shows (8, 16, 256 colours or truecolor) and every foreground stays
/// readable: never its background's colour, never black (or ANSI grey, the background of some 16-colour palettes)
/// on the terminal's own background.
@Suite struct ColorDepthTests {
    static let builtinThemes = ["default", "light", "mono"]
    static let depths: [ColorDepth] = [.ansi8, .ansi16, .indexed256, .trueColor]

    /// What one cell's SGR sequence sets.
    struct DecodedStyle: Equatable {
        var foreground = TerminalColor.terminalDefault
        var background = TerminalColor.terminalDefault
        var dim = false
    }

    @Test(arguments: builtinThemes, depths)
    func everyRoleReadsInTheANSIExport(themeName: String, depth: ColorDepth) throws {
        let theme = try #require(Theme.builtin[themeName])
        var grid = CellGrid(width: StyleRole.allCases.count, height: 1)
        for (column, role) in StyleRole.allCases.enumerated() { grid.put("x", x: column, y: 0, role: role) }
        let styles = try Self.decodeCells(FrameExport.ansi(grid, theme: theme, depth: depth))
        #expect(styles.count == StyleRole.allCases.count)
        for (role, style) in zip(StyleRole.allCases, styles) {
            #expect(Self.isReadable(style.foreground, on: style.background), "\(themeName) \(depth) \(role): \(style)")
            for color in [style.foreground, style.background] {
                #expect(Self.isShown(color, at: depth), "\(themeName) \(depth) \(role): \(color)")
            }
        }
    }

    @Test(arguments: builtinThemes, depths)
    func everyRoleReadsInTheDegradedTheme(themeName: String, depth: ColorDepth) throws {
        let theme = try #require(Theme.builtin[themeName]).degraded(to: depth)
        for role in StyleRole.allCases {
            let style = theme[role]
            #expect(Self.isReadable(style.foreground, on: style.background), "\(themeName) \(depth) \(role): \(style)")
            #expect(Self.isShown(style.foreground, at: depth) && Self.isShown(style.background, at: depth), "\(themeName) \(depth) \(role)")
        }
    }

    /// The picture on 8 and 16 colours: falling prices red, rising green, labels and greys the terminal's
    /// own text colour dimmed (not black, not ANSI grey).
    @Test(arguments: ["default", "light"], [ColorDepth.ansi8, .ansi16])
    func fewColoursKeepTheMeaningOfEachRole(themeName: String, depth: ColorDepth) throws {
        let theme = try #require(Theme.builtin[themeName]).degraded(to: depth)
        for role in [StyleRole.down, .chartDown, .error] {
            #expect([.ansi(1), .ansi(9)].contains(theme[role].foreground), "\(themeName) \(depth) \(role)")
        }
        for role in [StyleRole.up, .chartUp, .live] {
            #expect([.ansi(2), .ansi(10)].contains(theme[role].foreground), "\(themeName) \(depth) \(role)")
        }
        for role in [StyleRole.label, .axis, .border, .previousClose] {
            let style = theme[role]
            #expect(style.foreground == .terminalDefault || style.foreground == .ansi(7), "\(themeName) \(depth) \(role)")
            #expect(style.dim, "\(themeName) \(depth) \(role)")
        }
    }

    /// Any colour on any background: the 6×6×6 cube of foregrounds over backgrounds that include black, white, red,
    /// grey and the foreground itself.
    @Test(arguments: depths + [ColorDepth.none])
    func anyForegroundOnAnyBackgroundStaysReadable(depth: ColorDepth) {
        let levels: [UInt8] = [0, 51, 102, 153, 204, 255]
        for r in levels {
            for g in levels {
                for b in levels {
                    let foreground = TerminalColor.rgb(r, g, b)
                    let backgrounds: [TerminalColor] = [
                        .terminalDefault, .ansi(0), .ansi(7), .ansi(8), .ansi(9), .indexed(16),
                        .rgb(0, 0, 0), .rgb(255, 255, 255), .rgb(200, 30, 30), foreground,
                    ]
                    for background in backgrounds {
                        let style = depth.reduce(Style(foreground: foreground, background: background))
                        #expect(
                            Self.isReadable(style.foreground, on: style.background), "\(depth) \(foreground) on \(background): \(style)")
                        #expect(Self.isShown(style.foreground, at: depth) && Self.isShown(style.background, at: depth), "\(depth) \(style)")
                    }
                }
            }
        }
        for index in UInt8(0)...255 {
            let style = depth.reduce(Style(foreground: .indexed(index)))
            #expect(
                Self.isReadable(style.foreground, on: style.background) && Self.isShown(style.foreground, at: depth), "\(depth) \(index)")
        }
    }

    /// A theme file sets a few roles; the roles it leaves out come from the default theme and are reduced too.
    @Test func rolesFallingBackToTheDefaultThemeAreReducedToo() throws {
        let theme = try Theme.parse(toml: "[up]\nfg = \"#00ff00\"\n", name: "mine", file: "mine.toml").degraded(to: .ansi8)
        #expect(theme[.up].foreground == .ansi(2))
        #expect(theme[.down].foreground == .ansi(1))
        #expect(StyleRole.allCases.allSatisfy { Self.isShown(theme[$0].foreground, at: .ansi8) })
    }

    @Test func theDepthFollowsTheTerminalsColourCount() {
        #expect(ColorDepth.detect(environment: [:], terminalColors: 8) == .ansi8)
        #expect(ColorDepth.detect(environment: [:], terminalColors: 16) == .ansi16)
        #expect(ColorDepth.detect(environment: [:], terminalColors: 88) == .ansi16)
        #expect(ColorDepth.detect(environment: [:], terminalColors: 256) == .indexed256)
        #expect(ColorDepth.detect(environment: ["COLORTERM": "24bit"], terminalColors: 256) == .trueColor)
        #expect(ColorDepth.detect(environment: ["COLORTERM": "truecolor"], terminalColors: 8) == .ansi8)
        #expect(ColorDepth.detect(environment: [:], terminalColors: 2) == .none)
    }

    // MARK: - The test's own reading of colours, independent of the code under test.

    /// A colour the terminal's own background hides: black, the darkest greys, and (with 8 or 16 colours) ANSI grey.
    static func isReadable(_ foreground: TerminalColor, on background: TerminalColor) -> Bool {
        switch (foreground, background) {
        case (.terminalDefault, _): return true
        case (_, .terminalDefault):
            return ![.ansi(0), .ansi(8), .indexed(0), .indexed(8), .indexed(16), .indexed(232), .indexed(233), .indexed(234)].contains(
                foreground)
                && !isNearBlackRGB(foreground)
        default: return foreground != background && rgbOfSimple(foreground) != rgbOfSimple(background)
        }
    }

    private static func isNearBlackRGB(_ color: TerminalColor) -> Bool {
        if case .rgb(let r, let g, let b) = color { return max(r, g, b) < 32 }
        return false
    }

    /// ANSI and cube colours written as 24-bit, for comparing a foreground with a background of another kind.
    private static func rgbOfSimple(_ color: TerminalColor) -> [Int] {
        switch color {
        case .terminalDefault: return []
        case .rgb(let r, let g, let b): return [Int(r), Int(g), Int(b)]
        case .ansi(let index), .indexed(let index):
            if index == 0 || index == 16 { return [0, 0, 0] }
            if index == 15 || index == 231 { return [255, 255, 255] }
            return [-1, Int(index)]
        }
    }

    /// Whether a terminal of `depth` can show `color` at all.
    static func isShown(_ color: TerminalColor, at depth: ColorDepth) -> Bool {
        switch (depth, color) {
        case (_, .terminalDefault): true
        case (.none, _): false
        case (.ansi8, .ansi(let index)): index < 8
        case (.ansi16, .ansi(let index)): index < 16
        case (.ansi8, _), (.ansi16, _): false
        case (.indexed256, .rgb): false
        case (.indexed256, _), (.trueColor, _): true
        }
    }

    /// The style each cell of a one-row ANSI export is drawn in (every style change restarts with `ESC[0`).
    static func decodeCells(_ ansi: String) throws -> [DecodedStyle] {
        var styles: [DecodedStyle] = []
        var current = DecodedStyle()
        var rest = Substring(ansi.split(separator: "\n").first ?? "")
        while let character = rest.first {
            if character == "\u{1B}" {
                let end = try #require(rest.firstIndex(of: "m"))
                current = try decode(rest[rest.index(rest.startIndex, offsetBy: 2)..<end])
                rest = rest[rest.index(after: end)...]
            } else {
                styles.append(current)
                rest = rest.dropFirst()
            }
        }
        return styles
    }

    private static func decode(_ parameters: Substring) throws -> DecodedStyle {
        let codes = parameters.split(separator: ";").map { Int($0) ?? -1 }
        var style = DecodedStyle()
        var index = 0
        /// The colour after 38 or 48: `5;N` or `2;R;G;B`.
        func extendedColor() throws -> TerminalColor {
            let kind = codes.count > index ? codes[index] : -1
            let length = kind == 5 ? 1 : kind == 2 ? 3 : 0
            guard length > 0, codes.count > index + length else { throw DecodeFailure(parameters: String(parameters)) }
            let values = codes[(index + 1)...(index + length)].map { UInt8($0) }
            index += length + 1
            return length == 1 ? .indexed(values[0]) : .rgb(values[0], values[1], values[2])
        }
        while index < codes.count {
            let code = codes[index]
            index += 1
            switch code {
            case 0, 1, 4, 7: break
            case 2: style.dim = true
            case 30...37: style.foreground = .ansi(UInt8(code - 30))
            case 90...97: style.foreground = .ansi(UInt8(code - 90 + 8))
            case 40...47: style.background = .ansi(UInt8(code - 40))
            case 100...107: style.background = .ansi(UInt8(code - 100 + 8))
            case 38: style.foreground = try extendedColor()
            case 48: style.background = try extendedColor()
            default: throw DecodeFailure(parameters: String(parameters))
            }
        }
        return style
    }

    struct DecodeFailure: Error { let parameters: String }
}
