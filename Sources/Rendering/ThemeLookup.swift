/// Finds the theme a user names: a path to a `.toml` file, a built-in name (default, light, mono), or NAME.toml in
/// the first of `searchPaths` that has it. Pure: the caller passes in how to look at files.
public struct ThemeLookup {
    /// Why no theme could be had, in one line for the user.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    public let searchPaths: [String]
    let fileExists: (String) -> Bool
    /// The file's text; a thrown error's description says why it cannot be read.
    let readFile: (String) throws -> String

    public init(searchPaths: [String], fileExists: @escaping (String) -> Bool, readFile: @escaping (String) throws -> String) {
        self.searchPaths = searchPaths; self.fileExists = fileExists; self.readFile = readFile
    }

    public func resolve(_ nameOrPath: String) throws(Failure) -> Theme {
        if nameOrPath.contains("/") || nameOrPath.hasSuffix(".toml") { return try load(path: nameOrPath) }
        if let theme = Theme.builtin[nameOrPath] { return theme }
        if let path = searchPaths.map({ "\($0)/\(nameOrPath).toml" }).first(where: fileExists) { return try load(path: path) }
        throw Failure(
            description: "unknown theme '\(nameOrPath)' (built in: \(Theme.builtin.keys.sorted().joined(separator: ", ")); "
                + "or give a path to a .toml file)")
    }

    /// The theme in the file at `path`, named after the file.
    public func load(path: String) throws(Failure) -> Theme {
        let text: String
        do { text = try readFile(path) } catch { throw Failure(description: "cannot read theme file \(path): \(error)") }
        let name = String(path.split(separator: "/").last ?? Substring(path)).replacingSuffix(".toml")
        do { return try Theme.parse(toml: text, name: name, file: path) } catch { throw Failure(description: "bad theme file \(error)") }
    }
}

private extension String {
    func replacingSuffix(_ suffix: String) -> String { hasSuffix(suffix) ? String(dropLast(suffix.count)) : self }
}
