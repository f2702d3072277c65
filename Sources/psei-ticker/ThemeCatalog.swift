import Foundation
import Rendering
import Settings

/// Where the commands look for themes: `$PSEI_TICKER_THEMES`, `$XDG_CONFIG_HOME/psei-ticker/themes` (`~/.config/…`)
/// and the `Themes/` folder of this checkout; the lookup itself is `Rendering.ThemeLookup`.
enum ThemeCatalog {
    static func resolve(_ nameOrPath: String) throws -> Theme {
        do {
            return try ThemeLookup(
                searchPaths: searchDirectories, fileExists: FileManager.default.fileExists(atPath:),
                readFile: { try FileSystem.text(of: $0) }
            ).resolve(nameOrPath)
        } catch {
            throw CommandFailure(error.description)
        }
    }

    private static var searchDirectories: [String] {
        let environment = ProcessInfo.processInfo.environment
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        return [
            environment["PSEI_TICKER_THEMES"], BaseDirectories(environment: environment).configHome + "/psei-ticker/themes",
            executable.appendingPathComponent("../../../Themes").standardized.path,
            executable.appendingPathComponent("../../Themes").standardized.path,
        ].compactMap { $0 }
    }
}
