import ArgumentParser
import Dashboard
import KafkaFeed
import MarketData
import Rendering
import Settings

/// The configuration a command runs with: the file's settings, the cluster profile chosen, and the watchlists and
/// the `!` form's alert rules beside the file. Values from the file are checked here as their flags are, each error naming its line.
struct LoadedSettings {
    let settings: Settings
    /// False when the default file does not exist (then every setting is the command's default).
    let fileExists: Bool
    /// The profile used: `--cluster`, else `default` when the file has one, else none.
    let profileName: String?
    /// The profile used, `${VAR}`s expanded (empty when none).
    let profile: ClusterProfile
    let watchlistsFile: String
    /// The user's lists, in file order.
    let watchlists: [Watchlist]
    /// Where the `!` form keeps the rules it adds (`alerts.toml` beside the configuration).
    let alertsFile: String
    /// The rules the `!` form added on earlier runs, in file order.
    let savedAlerts: [AlertRule]

    /// The profile's bootstrap servers, topics and properties, each checked as `-b`, `-t` and `-X` are.
    func checkedProfile() throws -> ClusterProfile {
        let path = ["clusters", profileName ?? "default"]
        if let servers = profile.bootstrapServers, let problem = BootstrapServers.problem(in: servers) {
            throw CommandFailure(settings.error(at: path + ["bootstrap_servers"], problem).description)
        }
        for topic in profile.topics ?? [] {
            if let problem = TopicSelection.problem(with: topic) {
                throw CommandFailure(settings.error(at: path + ["topics"], "'\(topic)' \(problem)").description)
            }
        }
        for (key, value) in profile.properties {
            if let problem = KafkaConfiguration.problem(key: key, value: value) {
                throw CommandFailure(settings.error(at: path + ["properties", key], problem).description)
            }
        }
        return profile
    }

    /// Where and how to connect: the command line's `-b`, `-t`, `-g` over the profile's, and its `-X` applied
    /// after the profile's properties.
    func connection(kafka: KafkaOptions, topics: TopicOptions? = nil, group: String? = nil) throws -> ClusterConnection {
        let profile = try checkedProfile()
        guard let bootstrap = kafka.bootstrap ?? profile.bootstrapServers else {
            throw ValidationError(
                "Missing expected argument '--bootstrap-servers <bootstrap-servers>' (or bootstrap_servers in a cluster profile of \(settings.file))"
            )
        }
        let chosenTopics = topics.flatMap { $0.topic.isEmpty ? nil : $0.topic } ?? profile.topics ?? FeedTopic.defaultNames
        return ClusterConnection(
            bootstrap: bootstrap, topics: chosenTopics, group: group ?? profile.group,
            overrides: profile.properties + kafka.overrides)
    }

    /// The file's theme, when it names one: a theme that cannot be used is an error at its line.
    func theme() throws -> Theme? {
        guard let name = settings.theme else { return nil }
        do {
            return try ThemeCatalog.resolve(name)
        } catch let failure as CommandFailure {
            throw CommandFailure(settings.error(at: ["theme"], failure.description).description)
        }
    }
}

/// Where and how a command connects: the command line's flags over the chosen cluster profile.
struct ClusterConnection {
    let bootstrap: String
    let topics: [String]
    /// The consumer group to join, or nil to read without one.
    let group: String?
    /// librdkafka properties in the order they are applied: the profile's, then `-X`.
    let overrides: [(key: String, value: String)]
}
