import ArgumentParser
import Foundation
import Settings

/// `--config FILE` and `--cluster NAME`, for every command that connects to a cluster or shows the dashboard.
struct ConfigOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "The configuration file (default: $XDG_CONFIG_HOME/psei-ticker/config.toml, ~/.config/…; none there is no settings).",
            valueName: "file"))
    var config: String?

    @Option(
        help: ArgumentHelp(
            "The cluster profile [clusters.NAME] of the configuration file (default: the one named default).", valueName: "name"))
    var cluster: String?

    /// `$XDG_CONFIG_HOME/psei-ticker/config.toml`.
    static func defaultPath(environment: [String: String]) -> String {
        BaseDirectories(environment: environment).configHome + "/psei-ticker/config.toml"
    }

    /// Reads the configuration file (a missing default file is no settings; a missing `--config` file is an error),
    /// picks the cluster profile and reads the watchlists beside the file. A world-readable file holding a
    /// password gets a warning on stderr, as ssh gives for a key.
    func load() throws -> LoadedSettings {
        let environment = ProcessInfo.processInfo.environment
        let path = config ?? Self.defaultPath(environment: environment)
        let exists = config != nil || FileSystem.exists(path)
        do throws(SettingsError) {
            var settings = Settings(file: path)
            if exists {
                let text: String
                do {
                    text = try FileSystem.text(of: path)
                } catch {
                    throw SettingsError(file: path, line: nil, key: nil, message: "cannot read: \(error)")
                }
                settings = try SettingsFile.load(path: path, text: text, environment: environment, vocabulary: .psei)
                if let mode = FileSystem.mode(of: path), let warning = settings.permissionWarning(mode: mode) {
                    FileHandle.standardError.write(Data("psei-ticker: warning: \(warning)\n".utf8))
                }
            } else if let cluster {
                throw SettingsError(
                    file: path, line: nil, key: nil,
                    message: "no such file, so no cluster profile '\(cluster)' (psei-ticker config init writes an example)")
            }
            let watchlistsFile = WatchlistFile.path(besideConfig: path)
            let alertsFile = AlertsFile.path(besideConfig: path)
            return LoadedSettings(
                settings: settings, fileExists: exists, profileName: cluster ?? (settings.clusters["default"] == nil ? nil : "default"),
                profile: try settings.profile(named: cluster), watchlistsFile: watchlistsFile,
                watchlists: try WatchlistFile.read(path: watchlistsFile), alertsFile: alertsFile,
                savedAlerts: try AlertsFile.read(path: alertsFile))
        } catch {
            throw CommandFailure(error.description)
        }
    }
}
