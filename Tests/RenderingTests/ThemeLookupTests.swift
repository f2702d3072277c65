import Rendering
import Testing

/// Theme lookup over explicit search paths, with the files faked: no disk involved.
@Suite struct ThemeLookupTests {
    struct Unreadable: Error, CustomStringConvertible { var description: String { "Is a directory" } }

    static let files = [
        "/home/a/themes/solar.toml": "[up]\nfg = \"#00ff00\"\n", "/repo/Themes/solar.toml": "[up]\nfg = 1\n",
        "/repo/Themes/broken.toml": "[upp]\nfg = 1\n",
    ]
    static var lookup: ThemeLookup {
        ThemeLookup(
            searchPaths: ["/home/a/themes", "/repo/Themes"], fileExists: { files[$0] != nil },
            readFile: { path in
                guard let text = files[path] else { throw Unreadable() }
                return text
            })
    }

    @Test func builtInNamesThenTheFirstSearchPathThatHasTheFile() throws {
        #expect(try Self.lookup.resolve("light") == Theme.light)
        let solar = try Self.lookup.resolve("solar")
        #expect(solar.name == "solar" && solar[.up].foreground == .rgb(0, 255, 0))
        #expect(try Self.lookup.resolve("/repo/Themes/solar.toml")[.up].foreground == .ansi(1))
    }

    @Test(arguments: [
        ("nosuch", "unknown theme 'nosuch' (built in: default, light, mono; or give a path to a .toml file)"),
        ("/etc", "cannot read theme file /etc: Is a directory"),
        ("broken", "bad theme file /repo/Themes/broken.toml:1: [upp]: unknown role"),
    ])
    func aThemeThatCannotBeHadIsOneLineSayingWhy(name: String, message: String) {
        #expect { try Self.lookup.resolve(name) } throws: { "\($0)".hasPrefix(message) }
    }
}
