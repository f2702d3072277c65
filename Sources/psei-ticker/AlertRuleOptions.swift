import ArgumentParser
import Dashboard
import Settings

/// The alert rules a command watches: `--alert` and `--rules` when given, else the configuration's `alerts` and the
/// rules the `!` form added (`alerts.toml`).
struct AlertRuleOptions: ParsableArguments {
    @Option(
        name: .customLong("alert"),
        help: ArgumentHelp(
            "An alert rule, e.g. 'ALI above 24', 'PSEi change 2%', 'feed down 30s' (repeatable; with --rules, instead of the configuration's alerts and alerts.toml).",
            valueName: "rule"))
    var rules: [String] = []

    @Option(name: .customLong("rules"), help: ArgumentHelp("A file of alert rules, one per line, # comments.", valueName: "file"))
    var rulesFile: String?

    /// The rules in effect; a rule that cannot be read is one line naming it (and its file and line).
    func resolve(settings: LoadedSettings) throws -> [AlertRule] {
        guard !rules.isEmpty || rulesFile != nil else { return (settings.settings.alerts ?? []) + settings.savedAlerts }
        var resolved: [AlertRule] = []
        if let rulesFile {
            do {
                resolved = try AlertRuleFile.parse(try FileSystem.text(of: rulesFile), path: rulesFile)
            } catch let failure as FileSystem.Failure {
                throw CommandFailure("--rules \(rulesFile): \(failure.description)", exitCode: 66)
            } catch {
                throw CommandFailure("\(error)", exitCode: 65)
            }
        }
        for text in rules {
            do throws(AlertRuleError) {
                resolved.append(try AlertRule(parsing: text))
            } catch {
                throw CommandFailure("--alert: \(error.description)", exitCode: 64)
            }
        }
        return resolved
    }
}
