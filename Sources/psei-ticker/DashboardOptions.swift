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

/// The themes available by name; a path loads a file.
enum ThemeCatalog {
    static func resolve(_ nameOrPath: String) throws -> Theme {
        if let theme = Theme.builtin[nameOrPath] { return theme }
        throw CommandFailure("unknown theme '\(nameOrPath)' (built in: \(Theme.builtin.keys.sorted().joined(separator: ", ")))")
    }
}

extension KafkaConsumer.StartOffset: ExpressibleByArgument {}
