import ArgumentParser
import Foundation
import MarketData
import Settings

/// `psei-ticker config init`: writes the commented example configuration, never over an existing file.
struct ConfigInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Write a commented example configuration file (mode 0600); an existing file is left alone."
    )

    @Option(
        help: ArgumentHelp("Where to write it (default: $XDG_CONFIG_HOME/psei-ticker/config.toml, ~/.config/…).", valueName: "file"))
    var config: String?

    func run() throws {
        let path = config ?? ConfigOptions.defaultPath(environment: ProcessInfo.processInfo.environment)
        guard !FileSystem.exists(path) else {
            throw CommandFailure("\(path) exists already; not overwriting it (psei-ticker config check shows what it holds)")
        }
        do {
            try FileSystem.create(path, with: SettingsExample.text(vocabulary: .psei, topics: FeedTopic.defaultNames), mode: 0o600)
        } catch {
            throw CommandFailure("\(error)")
        }
        print("wrote \(path)")
    }
}
