import ArgumentParser

/// `psei-ticker config`: the configuration file, `$XDG_CONFIG_HOME/psei-ticker/config.toml` (docs/CONFIG.md).
struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config",
        abstract: "Write a commented example configuration file, or check one.",
        discussion: """
            The file holds cluster profiles ([clusters.NAME]: bootstrap servers, topics, group, librdkafka \
            properties), the theme, stale-after, the default view, the table's columns and sort; the watchlists \
            live beside it in watchlists.toml. Flags on the command line override the file.
            """,
        subcommands: [ConfigInitCommand.self, ConfigCheckCommand.self]
    )
}
