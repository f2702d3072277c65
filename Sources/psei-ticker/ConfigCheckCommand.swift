import ArgumentParser
import Foundation
import KafkaFeed
import MarketData
import Settings

/// `psei-ticker config check`: loads the configuration as every command would, checks the chosen profile and
/// the theme, and prints the settings in effect (secrets masked) — or one line naming the first error.
struct ConfigCheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the configuration file and print the settings in effect (secrets masked).",
        discussion: "Checks the profile --cluster names (default: the one named default); exits non-zero with one line on the first error."
    )

    @OptionGroup var config: ConfigOptions

    func run() throws {
        let loaded = try config.load()
        let profile = try loaded.checkedProfile()
        _ = try loaded.theme()
        for line in Self.report(loaded, profile: profile) { print(TerminalSafe.sanitize(line)) }
    }

    /// The settings in effect, as TOML lines with comments; a value the file does not set shows its default.
    static func report(_ loaded: LoadedSettings, profile: ClusterProfile) -> [String] {
        let settings = loaded.settings
        let profiles = settings.clusters.keys.sorted()
        var lines = [
            loaded.fileExists ? "# \(settings.file)" : "# \(settings.file) does not exist: every setting is its default",
            "# cluster profile: \(loaded.profileName ?? "none")"
                + (profiles.isEmpty ? "" : " (profiles: \(profiles.joined(separator: ", ")))"),
            setting("theme", settings.theme.map(quoted), default: "\"default\" (mono when NO_COLOR is set)"),
            setting(
                "stale_after_minutes", settings.staleAfterMinutes.map(SettingsFile.shown),
                default: SettingsFile.shown(DashboardOptions.defaultStaleAfterMinutes)),
            setting("default_view", settings.defaultView.map(quoted), default: "the PSEi view"),
            setting("columns", settings.columns.map(list), default: "every column"),
            setting("sort", settings.sort.map(quoted), default: "the index order"),
            setting("sort_descending", settings.sortDescending.map(String.init), default: "true"),
            setting("alerts", settings.alerts.map { list($0.map(\.name)) }, default: "none"),
            setting("alert_bell", settings.alertBell.map(String.init), default: "false"),
            setting("alert_notify", settings.alertNotify.map(String.init), default: "false"),
            setting("on_alert", settings.onAlert.map(quoted), default: "none"),
            setting("bootstrap_servers", profile.bootstrapServers.map(quoted), default: "none: -b is needed"),
            setting("topics", profile.topics.map(list), default: list(FeedTopic.defaultNames)),
            setting("group", profile.group.map(quoted), default: "none: read without a consumer group"),
        ]
        lines += profile.properties.map { "properties.\(quoted($0.key)) = \(quoted(SecretProperty.shown($0.key, $0.value)))" }
        let lists = loaded.watchlists.map { "\($0.name) (\($0.symbols.count))" }
        lines.append("# \(loaded.watchlistsFile): " + (lists.isEmpty ? "no watchlists" : lists.joined(separator: ", ")))
        return lines
    }

    private static func setting(_ key: String, _ value: String?, default fallback: String) -> String {
        value.map { "\(key) = \($0)" } ?? "# \(key): \(fallback)"
    }

    private static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private static func list(_ items: [String]) -> String { "[" + items.map(quoted).joined(separator: ", ") + "]" }
}
