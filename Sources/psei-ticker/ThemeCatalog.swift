import Foundation
import Rendering
import Settings

/// Where the commands look for themes, first match wins: `$PSEI_TICKER_THEMES`, `$XDG_CONFIG_HOME/psei-ticker/themes`
/// (`~/.config/…`), the installed themes beside the executable (`<bin>/../share/psei-ticker/themes`, as `make install`
/// lays them out) and the `Themes/` folder of the checkout it was built in; the lookup itself is `Rendering.ThemeLookup`.
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
        // The running file itself (/proc/self/exe), not argv[0], which is a bare name when found through PATH.
        let executable = (Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])).resolvingSymlinksInPath()
            .deletingLastPathComponent()
        return [
            environment["PSEI_TICKER_THEMES"], BaseDirectories(environment: environment).configHome + "/psei-ticker/themes",
            executable.appendingPathComponent("../share/psei-ticker/themes").standardized.path,
            executable.appendingPathComponent("../../../Themes").standardized.path,
            executable.appendingPathComponent("../../Themes").standardized.path,
        ].compactMap { $0 }
    }
}
