/// The files beside `config.toml` that the dashboard rewrites (`watchlists.toml`, `alerts.toml`): where they are,
/// reading them, and editing them with an atomic write.
enum UserFile {
    /// `fileName` in the folder of the configuration file at `configPath`.
    static func path(_ fileName: String, besideConfig configPath: String) -> String {
        guard let slash = configPath.lastIndex(of: "/") else { return fileName }
        return String(configPath[...slash]) + fileName
    }

    /// The text of the file at `path`, or nil when it does not exist.
    static func existingText(of path: String) throws(SettingsError) -> String? {
        guard FileSystem.exists(path) else { return nil }
        do {
            return try FileSystem.text(of: path)
        } catch {
            throw SettingsError(file: path, line: nil, key: nil, message: "cannot read: \(error)")
        }
    }

    /// Reads the file at `path` (empty when it does not exist), edits it, and writes it back atomically when it
    /// changed; returns the new text.
    static func update(_ path: String, _ edit: (String) throws(SettingsError) -> String) throws(SettingsError) -> String {
        let text = try existingText(of: path)
        let edited = try edit(text ?? "")
        if edited != text {
            do {
                try FileSystem.replace(path, with: edited)
            } catch {
                throw SettingsError(file: path, line: nil, key: nil, message: "cannot write: \(error)")
            }
        }
        return edited
    }
}
