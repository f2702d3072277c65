import Foundation
import Rendering
import Testing

@Suite struct ThemeTests {
    static let themes = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../Themes").standardized

    @Test(arguments: ["default", "light", "mono"])
    func shippedThemeFilesEqualTheBuiltInThemes(name: String) throws {
        let file = Self.themes.appendingPathComponent("\(name).toml")
        let parsed = try Theme.parse(toml: String(contentsOf: file, encoding: .utf8), name: name, file: file.path)
        #expect(parsed == Theme.builtin[name])
    }

    @Test func missingRolesFallBackToTheDefaultTheme() throws {
        let theme = try Theme.parse(toml: "[up]\nfg = \"#00ff00\"\nbold = true\n", name: "mine", file: "mine.toml")
        #expect(theme[.up] == Style(foreground: .rgb(0, 255, 0), bold: true))
        #expect(theme[.down] == Theme.standard[.down])
    }

    @Test(arguments: [
        ("[up]\nfg = \"blue\"\n", "mine.toml:2: [up] fg: bad colour"),
        ("[up]\nfg = 300\n", "mine.toml:2: [up] fg: bad colour"),
        ("# comment\n[upp]\nfg = 1\n", "mine.toml:2: [upp]: unknown role"),
        ("[down]\nbold = \"yes\"\n", "mine.toml:2: [down] bold: expected true or false"),
        ("[down]\n\n\nshiny = true\n", "mine.toml:4: [down] shiny: unknown key"),
        ("[down]\nfg = \n", "mine.toml:2: not valid TOML"),
    ])
    func aBadThemeFileNamesTheFileLineAndKey(text: String, message: String) {
        #expect {
            _ = try Theme.parse(toml: text, name: "mine", file: "mine.toml")
        } throws: { error in
            "\(error)".hasPrefix(message)
        }
    }

    @Test func coloursDegradeFromTrueColorTo256To16ToNone() {
        let style = Theme.standard.degraded(to: .indexed256)[.up]
        #expect(style.foreground == .indexed(77))  // #3fc56b → (95, 215, 95)
        #expect(Theme.standard.degraded(to: .ansi16)[.up].foreground == .ansi(2))
        #expect(Theme.standard.degraded(to: .ansi16)[.down].foreground == .ansi(9))
        #expect(Theme.standard.degraded(to: .ansi16)[.label] == Style(dim: true))
        #expect(Theme.standard.degraded(to: .none)[.up].foreground == .terminalDefault)
        #expect(Theme.standard.degraded(to: .none)[.header].bold)
        #expect(ColorDepth.detect(environment: ["NO_COLOR": "1"], terminalColors: 256) == .none)
        #expect(ColorDepth.detect(environment: ["COLORTERM": "truecolor"], terminalColors: 256) == .trueColor)
        #expect(ColorDepth.detect(environment: [:], terminalColors: 256) == .indexed256)
        #expect(ColorDepth.detect(environment: [:], terminalColors: 0) == .none)
    }
}
