import Dashboard
import MarketData

/// What the configuration file (`config.toml`) sets. Every field is optional: a missing one leaves the command's
/// default, and the command line's flags override the file.
public struct Settings: Sendable {
    /// The file the settings come from.
    public let file: String
    /// The cluster profiles by name, as written: `${VAR}`s are expanded by `profile(named:)`, only for the profile
    /// used, so a profile needing a variable does not stop the others.
    public internal(set) var clusters: [String: ClusterProfile] = [:]
    public internal(set) var theme: String?
    public internal(set) var staleAfterMinutes: Double?
    public internal(set) var defaultView: String?
    /// The stock table's columns, by title, in order.
    public internal(set) var columns: [String]?
    public internal(set) var sort: String?
    public internal(set) var sortDescending: Bool?
    /// The alert rules (`alerts`), in the rule language of `AlertRule(parsing:)`.
    public internal(set) var alerts: [AlertRule]?
    /// Ring the terminal's bell when an alert fires (`alert_bell`).
    public internal(set) var alertBell: Bool?
    /// Send the terminal a desktop notification when an alert fires (`alert_notify`).
    public internal(set) var alertNotify: Bool?
    /// A command run for each alert (`on_alert`), as `--on-alert` takes it.
    public internal(set) var onAlert: String?
    /// True when a secret property (`SecretProperty`) has a value written in the file itself, not only `${VAR}`s.
    public internal(set) var holdsSecret = false

    private let outline: TOMLOutline
    private let environment: [String: String]

    /// Nothing set: what a missing configuration file gives.
    public init(file: String) {
        self.init(file: file, outline: TOMLOutline(""), environment: [:])
    }

    init(file: String, outline: TOMLOutline, environment: [String: String]) {
        self.file = file
        self.outline = outline
        self.environment = environment
    }

    /// The profile `name` with its `${VAR}`s expanded; with no name, the profile called `default`, or an empty one
    /// when there is none.
    public func profile(named name: String?) throws(SettingsError) -> ClusterProfile {
        let chosen = name ?? "default"
        guard let written = clusters[chosen] else {
            guard let name else { return ClusterProfile() }
            throw error(at: ["clusters"], "no cluster profile '\(name)'" + profilesHint(for: name))
        }
        let path = ["clusters", chosen]
        var profile = written
        if let servers = written.bootstrapServers {
            profile.bootstrapServers = try expanded(servers, at: path + ["bootstrap_servers"])
        }
        if let topics = written.topics {
            profile.topics = []
            for topic in topics { profile.topics!.append(try expanded(topic, at: path + ["topics"])) }
        }
        if let group = written.group { profile.group = try expanded(group, at: path + ["group"]) }
        profile.properties = []
        for (key, value) in written.properties {
            profile.properties.append((key, try expanded(value, at: path + ["properties", key])))
        }
        return profile
    }

    /// An error about the value at `path` (e.g. `["clusters", "prod", "bootstrap_servers"]`), at its line: for
    /// checks made outside this module, such as a view name that does not exist.
    public func error(at path: [String], _ message: String) -> SettingsError {
        SettingsError(outline: outline, file: file, path: path, message: message)
    }

    /// The warning ssh gives for a key file, when the file's permission bits `mode` let others read it and it holds
    /// a secret: `FILE is readable by others and holds a password (chmod 600 FILE)`.
    public func permissionWarning(mode: UInt32) -> String? {
        guard holdsSecret, mode & 0o044 != 0 else { return nil }
        return "\(file) is readable by others and holds a password (chmod 600 \(file))"
    }

    /// `text` with its `${VAR}`s replaced from the environment.
    func expanded(_ text: String, at path: [String]) throws(SettingsError) -> String {
        do {
            return try EnvironmentExpansion.expand(text) { environment[$0] }
        } catch {
            throw self.error(at: path, error.message)
        }
    }

    private func profilesHint(for name: String) -> String {
        let names = clusters.keys.sorted()
        guard !names.isEmpty else { return " (the file has no [clusters.NAME] tables)" }
        let suggestion = Suggestion.closest(to: name, among: names).map { "; did you mean '\($0)'?" } ?? ""
        return " (profiles: \(names.joined(separator: ", "))\(suggestion))"
    }
}
