import Foundation
import Rendering

/// Finds a theme: a path to a `.toml` file, a built-in name (default, light, mono), or NAME.toml in
/// `$PSEI_TICKER_THEMES`, `$XDG_CONFIG_HOME/psei-ticker/themes` (`~/.config/…`) or the `Themes/` folder of this checkout.
enum ThemeCatalog {
    static func resolve(_ nameOrPath: String) throws -> Theme {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") { return try load(path: nameOrPath) }
        if let theme = Theme.builtin[nameOrPath] { return theme }
        if let path = searchDirectories.map({ "\($0)/\(nameOrPath).toml" }).first(where: FileManager.default.fileExists) {
            return try load(path: path)
        }
        throw CommandFailure("unknown theme '\(nameOrPath)' (built in: \(Theme.builtin.keys.sorted().joined(separator: ", ")); "
            + "or give a path to a .toml file)")
    }

    static func load(path: String) throws -> Theme {
        let text: String
        do {
            text = try FileSystem.text(of: path)
        } catch {
            throw CommandFailure("cannot read theme file \(path): \(error)")
        }
        do {
            let name = URL(fileURLWithPath: path).deletingPathExtension().lastPathComponent
            return try Theme.parse(toml: text, name: name, file: path)
        } catch {
            throw CommandFailure("bad theme file \(error)")
        }
    }

    private static var searchDirectories: [String] {
        let environment = ProcessInfo.processInfo.environment
        let executable = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
        return [environment["PSEI_TICKER_THEMES"], BaseDirectories(environment: environment).configHome + "/psei-ticker/themes",
                executable.appendingPathComponent("../../../Themes").standardized.path,
                executable.appendingPathComponent("../../Themes").standardized.path].compactMap { $0 }
    }
}
