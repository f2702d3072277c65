import Dashboard
import Foundation

/// A `--rules` file: one alert rule per line in the rule language (`AlertRule(parsing:)`), blank lines and `#`
/// comments ignored. Pure: the caller reads the file.
public enum AlertRuleFile {
    /// The rules of the text of the file at `path`; a rule that cannot be read is an error at its line.
    public static func parse(_ text: String, path: String) throws(SettingsError) -> [AlertRule] {
        var rules: [AlertRule] = []
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let rule = line.prefix { $0 != "#" }.trimmingCharacters(in: .whitespaces)
            guard !rule.isEmpty else { continue }
            do throws(AlertRuleError) {
                rules.append(try AlertRule(parsing: rule))
            } catch {
                throw SettingsError(file: path, line: number + 1, key: nil, message: error.description)
            }
        }
        return rules
    }
}
