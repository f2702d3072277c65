import Rendering
import TerminalUI
import Testing

/// The ncurses path: every role of every built-in theme becomes a colour pair the terminal has, with a foreground
/// that differs from its background and is never black (or ANSI grey) on the terminal's default background.
@Suite struct CursesColorsTests {
    static let depths: [ColorDepth] = [.none, .ansi8, .ansi16, .indexed256, .trueColor]

    @Test(arguments: ["default", "light", "mono"], depths)
    func everyRoleGetsAReadablePairTheTerminalHas(themeName: String, depth: ColorDepth) throws {
        let theme = try #require(Theme.builtin[themeName])
        let colours = depth == .none ? 0 : min(depth.rawValue, 256)
        for defaultColors in [true, false] {
            for role in StyleRole.allCases {
                let pair = CursesColors(theme[role], depth: depth, defaultColors: defaultColors)
                let context = "\(themeName) \(depth) \(role) default colours \(defaultColors): \(pair.foreground)/\(pair.background)"
                for number in [pair.foreground, pair.background] {
                    #expect(number < colours || (number == -1 && defaultColors) || (depth == .none && number == -1), "\(context)")
                }
                #expect(pair.isDefault || pair.foreground != pair.background, "\(context)")
                if pair.background == -1 { #expect(![0, 8, 16].contains(pair.foreground), "\(context)") }
            }
        }
    }

    @Test(arguments: [ColorDepth.ansi8, .ansi16])
    func fallingPricesAreRedAndLabelsTheTerminalsTextDimmed(depth: ColorDepth) {
        let down = CursesColors(Theme.standard[.down], depth: depth, defaultColors: true)
        #expect([1, 9].contains(down.foreground) && down.background == -1)
        let label = CursesColors(Theme.standard[.label], depth: depth, defaultColors: true)
        #expect(label.isDefault && label.style.dim)
    }

    /// Without default colours ncurses draws white on black; the defaults become those, and never one on itself.
    @Test func withoutDefaultColoursTheDefaultsBecomeWhiteOnBlack() {
        let plain = CursesColors(Style(), depth: .ansi8, defaultColors: false)
        #expect((plain.foreground, plain.background) == (7, 0))
        let onWhite = CursesColors(Style(background: .ansi(7)), depth: .ansi8, defaultColors: false)
        #expect((onWhite.foreground, onWhite.background) == (0, 7))
    }

    /// `snapshot --format ansi` writes for the terminal TERM names, read from terminfo without opening it.
    @Test func theDepthOfANamedTerminalComesFromTerminfo() {
        #expect(ColorDepth.ofTerminal(environment: ["TERM": "xterm"]) == .ansi8)
        #expect(ColorDepth.ofTerminal(environment: ["TERM": "xterm-256color"]) == .indexed256)
        #expect(ColorDepth.ofTerminal(environment: ["TERM": "xterm-256color", "COLORTERM": "truecolor"]) == .trueColor)
        #expect(ColorDepth.ofTerminal(environment: ["TERM": "dumb"]) == .none)
        #expect(ColorDepth.ofTerminal(environment: ["TERM": "no-such-terminal-type"]) == .ansi8)
        #expect(ColorDepth.ofTerminal(environment: [:]) == .trueColor)
        #expect(ColorDepth.ofTerminal(environment: ["TERM": "xterm-256color", "NO_COLOR": "1"]) == .none)
    }
}
