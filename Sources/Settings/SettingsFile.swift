import Dashboard
import MarketData
import TOMLKit

/// Reads `config.toml` strictly: an unknown key at any level is an error with a "did you mean", a value of the
/// wrong type is an error, and `${VAR}` is expanded from the environment. Pure: the caller reads the file.
public enum SettingsFile {
    static let topLevelKeys = [
        "theme", "stale_after_minutes", "default_view", "columns", "sort", "sort_descending", "alerts", "alert_bell", "alert_notify",
        "on_alert", "clusters",
    ]
    static let profileKeys = ["bootstrap_servers", "topics", "group", "properties"]

    /// The settings of the text of the file at `path`.
    public static func load(
        path: String, text: String, environment: [String: String], vocabulary: SettingsVocabulary
    ) throws(SettingsError) -> Settings {
        let document = try TOMLDocument(text: text, file: path)
        var settings = Settings(file: path, outline: document.outline, environment: environment)
        for (key, value) in document.entries(of: document.root, at: []) {
            let path = [key]
            switch key {
            case "theme": settings.theme = try settings.expanded(document.string(value, at: path), at: path)
            case "stale_after_minutes":
                let minutes = try document.number(value, at: path)
                let range = vocabulary.staleAfterMinutes
                guard range.contains(minutes) else {
                    throw document.error(
                        at: path, "\(shown(minutes)) is out of range (expected \(shown(range.lowerBound))…\(shown(range.upperBound)))")
                }
                settings.staleAfterMinutes = minutes
            case "default_view": settings.defaultView = try settings.expanded(document.string(value, at: path), at: path)
            case "columns":
                settings.columns = try columns(value, at: path, document: document, settings: settings, known: vocabulary.columnTitles)
            case "sort":
                let sort = try settings.expanded(document.string(value, at: path), at: path)
                guard vocabulary.sortKeys.contains(sort) else {
                    throw document.error(at: path, "unknown sort key '\(sort)'" + Suggestion.hint(for: sort, among: vocabulary.sortKeys))
                }
                settings.sort = sort
            case "sort_descending": settings.sortDescending = try document.bool(value, at: path)
            case "alerts":
                settings.alerts = []
                for written in try document.strings(value, at: path) {
                    let text = try settings.expanded(written, at: path)
                    do throws(AlertRuleError) {
                        settings.alerts!.append(try AlertRule(parsing: text))
                    } catch {
                        throw document.error(at: path, error.description)
                    }
                }
            case "alert_bell": settings.alertBell = try document.bool(value, at: path)
            case "alert_notify": settings.alertNotify = try document.bool(value, at: path)
            case "on_alert": settings.onAlert = try settings.expanded(document.string(value, at: path), at: path)
            case "clusters":
                let clusters = try document.table(value, at: path)
                for (name, profile) in document.entries(of: clusters, at: path) {
                    settings.clusters[name] = try self.profile(profile, at: path + [name], document: document)
                }
            default: throw document.unknownKey(at: path, known: topLevelKeys)
            }
        }
        settings.holdsSecret = settings.clusters.values.contains { profile in
            profile.properties.contains { SecretProperty.isSecret($0.key) && !EnvironmentExpansion.literalPart(of: $0.value).isEmpty }
        }
        return settings
    }

    private static func columns(
        _ value: TOMLValueConvertible, at path: [String], document: TOMLDocument, settings: Settings, known: [String]
    ) throws(SettingsError) -> [String] {
        var columns: [String] = []
        for written in try document.strings(value, at: path) {
            let column = try settings.expanded(written, at: path)
            guard known.contains(column) else {
                throw document.error(at: path, "unknown column '\(column)'" + Suggestion.hint(for: column, among: known))
            }
            guard !columns.contains(column) else { throw document.error(at: path, "column '\(column)' is listed twice") }
            columns.append(column)
        }
        return columns
    }

    /// One `[clusters.NAME]` table, as written.
    private static func profile(_ value: TOMLValueConvertible, at path: [String], document: TOMLDocument) throws(SettingsError)
        -> ClusterProfile
    {
        var profile = ClusterProfile()
        for (key, value) in document.entries(of: try document.table(value, at: path), at: path) {
            let path = path + [key]
            switch key {
            case "bootstrap_servers": profile.bootstrapServers = try document.string(value, at: path)
            case "topics":
                let topics = try document.strings(value, at: path)
                guard !topics.isEmpty else { throw document.error(at: path, "expected at least one topic") }
                profile.topics = topics
            case "group": profile.group = try document.string(value, at: path)
            case "properties":
                for (property, text) in document.entries(of: try document.table(value, at: path), at: path) {
                    profile.properties.append((property, try document.propertyText(text, at: path + [property])))
                }
            default: throw document.unknownKey(at: path, known: profileKeys)
            }
        }
        return profile
    }

    /// A number as the file writes it: `1440`, not `1440.0`.
    public static func shown(_ number: Double) -> String {
        let text = "\(number)"
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}
