import Dashboard

/// `alerts.toml`, beside `config.toml`: the alert rules the dashboard's `!` form added, in the rule language,
/// `rules = ["ALI above 24", …]`. Read at start and added to the configuration's `alerts`; each rule added is
/// written by editing only the array's bytes, so comments, blank lines and the user's own layout stay.
public enum AlertsFile {
    /// The file's name, in the configuration file's folder.
    public static let fileName = "alerts.toml"
    /// The file's one key.
    static let key = "rules"

    /// `alerts.toml` in the folder of the configuration file at `configPath`.
    public static func path(besideConfig configPath: String) -> String {
        UserFile.path(fileName, besideConfig: configPath)
    }

    /// The rules in the file at `path`; none when there is no file.
    public static func read(path: String) throws(SettingsError) -> [AlertRule] {
        guard let text = try UserFile.existingText(of: path) else { return [] }
        return try parse(text: text, file: path)
    }

    /// The rules of `text` (the file `file`), in file order; a rule that cannot be read is an error at its line.
    public static func parse(text: String, file: String) throws(SettingsError) -> [AlertRule] {
        try located(text: text, file: file)?.rules ?? []
    }

    /// Adds `rule` at the end of the file at `path` (making the array, or the file, when missing) and writes the
    /// file atomically, unless the file has the rule already.
    public static func add(_ rule: AlertRule, path: String) throws(SettingsError) {
        _ = try UserFile.update(path) { text throws(SettingsError) in try adding(rule, in: text, file: path) }
    }

    /// `text` with `rule` at the end of its `rules` (the array appended to the text when there is none); `text`
    /// itself when it has the rule.
    public static func adding(_ rule: AlertRule, in text: String, file: String) throws(SettingsError) -> String {
        let element = TOMLOutline.quoted(rule.name)
        guard let located = try located(text: text, file: file) else {
            let separator = text.isEmpty || text.hasSuffix("\n") ? "" : "\n"
            return text + separator + "\(key) = [\(element)]\n"
        }
        guard !located.rules.contains(rule) else { return text }
        return TOMLOutline.appending(element, to: located.array, in: text)
    }

    /// The rules and where their array is in the text (a rule that cannot be read is an error at its own line); nil
    /// when the text has no `rules`.
    private static func located(text: String, file: String) throws(SettingsError) -> (rules: [AlertRule], array: TOMLOutline.Value)? {
        let document = try TOMLDocument(text: text, file: file)
        var found: (rules: [AlertRule], array: TOMLOutline.Value)?
        for (name, value) in document.entries(of: document.root, at: []) {
            guard name == key else { throw document.unknownKey(at: [name], known: [key]) }
            let texts = try document.strings(value, at: [name])
            guard let outlined = document.outline.entries.first(where: { $0.path == [name] })?.value,
                let elements = outlined.elements, elements.count == texts.count
            else { throw document.error(at: [name], "write the rules as \(key) = [\"ALI above 24\", …]") }
            var rules: [AlertRule] = []
            for (rule, element) in zip(texts, elements) {
                do throws(AlertRuleError) {
                    rules.append(try AlertRule(parsing: rule))
                } catch {
                    let line = 1 + text.utf8.prefix(element.start).count { $0 == UInt8(ascii: "\n") }
                    throw SettingsError(file: file, line: line, key: key, message: error.description)
                }
            }
            found = (rules, outlined)
        }
        return found
    }
}
