import Dashboard
import MarketData
import TOMLKit

/// `watchlists.toml`, beside `config.toml`: one `name = ["SYM", …]` a list, in the order the views show them.
/// It lives apart from the configuration because it is rewritten by the dashboard: edits change only the bytes
/// of the one list (see `WatchlistFile+Editing.swift`), keeping every comment and blank line.
public enum WatchlistFile {
    /// The file's name, in the configuration file's folder.
    public static let fileName = "watchlists.toml"

    /// `watchlists.toml` in the folder of the configuration file at `configPath`.
    public static func path(besideConfig configPath: String) -> String {
        UserFile.path(fileName, besideConfig: configPath)
    }

    /// The lists in the file at `path`; none when there is no file.
    public static func read(path: String) throws(SettingsError) -> [Watchlist] {
        guard let text = try UserFile.existingText(of: path) else { return [] }
        return try parse(text: text, file: path)
    }

    /// The lists of `text` (the file `file`), in file order. Every symbol must be a PSE code, once a list.
    public static func parse(text: String, file: String) throws(SettingsError) -> [Watchlist] {
        try located(text: text, file: file).map(\.list)
    }

    /// A list and where its array is in the text.
    struct LocatedList {
        let list: Watchlist
        let array: TOMLOutline.Value
    }

    static func located(text: String, file: String) throws(SettingsError) -> [LocatedList] {
        let document = try TOMLDocument(text: text, file: file)
        var lists: [LocatedList] = []
        for (name, value) in document.entries(of: document.root, at: []) {
            let path = [name]
            guard TerminalSafe.sanitize(name) == name, !name.isEmpty else {
                throw document.error(at: path, "a list name must be printable text")
            }
            guard let array = value.array else {
                throw document.error(at: path, "expected a list of symbols, found \(TOMLDocument.described(value.type))")
            }
            var symbols: [Symbol] = []
            for element in array {
                guard let code = element.string else {
                    throw document.error(at: path, "expected a list of symbols, found \(TOMLDocument.described(element.type)) in it")
                }
                guard let symbol = Symbol(code) else {
                    throw document.error(
                        at: path, "'\(code)' is not a PSE symbol (1 to 12 of A-Z, 0-9, '.' and '-', starting with a letter)")
                }
                guard !symbols.contains(symbol) else { throw document.error(at: path, "\(symbol) is listed twice") }
                symbols.append(symbol)
            }
            let entry = document.outline.entries.first { $0.path == path }
            guard let located = entry?.value, located.elements?.count == symbols.count else {
                throw document.error(at: path, "write the list as name = [\"SYM\", …]")
            }
            lists.append(LocatedList(list: Watchlist(name: name, symbols: symbols), array: located))
        }
        return lists
    }
}
