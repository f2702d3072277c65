import ArgumentParser
import Dashboard
import Foundation
import KafkaFeed
import MarketData
import Rendering

/// Options of every command that shows the dashboard.
struct DashboardOptions: ParsableArguments {
    @Option(help: "Theme: default, light, mono, or a path to a theme .toml file (NO_COLOR selects mono).")
    var theme: String?

    @Option(help: "Minutes without a trade or quote, while the market is open, before a stock is marked STALE.")
    var staleAfter: Double = 5

    func validate() throws {
        guard staleAfter > 0 else { throw ValidationError("--stale-after must be positive, not \(staleAfter)") }
    }

    func initialState(source: String) -> DashboardState {
        DashboardState(source: source, staleAfterMillis: EpochMillis(staleAfter * 60_000))
    }

    /// The chosen theme; NO_COLOR wins over everything but an explicit --theme.
    func resolveTheme(environment: [String: String]) throws -> Theme {
        try ThemeCatalog.resolve(theme ?? (environment["NO_COLOR"].map { $0.isEmpty ? "default" : "mono" } ?? "default"))
    }
}

/// Which topics to read and how.
struct TopicOptions: ParsableArguments {
    @Option(name: .shortAndLong, help: "Topic to read (repeatable; ^regex subscribes by pattern). Default: the five pse.* topics.")
    var topic: [String] = []

    var topics: [String] { topic.isEmpty ? FeedTopic.defaultNames : topic }

    func validate() throws {
        if let bad = topic.first(where: { $0.hasPrefix("^") && (try? NSRegularExpression(pattern: $0)) == nil }) {
            throw ValidationError("--topic \(bad) is not a valid regular expression")
        }
    }
}

/// Finds a theme: a path to a `.toml` file, a built-in name (default, light, mono), or NAME.toml in
/// `$PSEI_TICKER_THEMES`, `~/.config/psei-ticker/themes` or the `Themes/` folder of this checkout.
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
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw CommandFailure("cannot read theme file \(path): \((error as NSError).localizedDescription)")
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
        return [environment["PSEI_TICKER_THEMES"], NSHomeDirectory() + "/.config/psei-ticker/themes",
                executable.appendingPathComponent("../../../Themes").standardized.path,
                executable.appendingPathComponent("../../Themes").standardized.path].compactMap { $0 }
    }
}

extension KafkaConsumer.StartOffset: ExpressibleByArgument {}
