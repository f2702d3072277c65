import Dashboard
import MarketData

/// Adding and removing one symbol of one list by editing only that list's bytes: comments, blank lines and the
/// other lists stay as they are, and adding then removing a symbol gives back the same text.
extension WatchlistFile {
    /// Adds `symbol` to the list `name` in the file at `path` (making the list, or the file, when missing) and
    /// writes the file atomically; returns the file's lists.
    public static func add(_ symbol: Symbol, to name: String, path: String) throws(SettingsError) -> [Watchlist] {
        try update(path) { text throws(SettingsError) in try adding(symbol, to: name, in: text, file: path) }
    }

    /// Removes `symbol` from the list `name` in the file at `path` (the list stays, perhaps as `name = []`) and
    /// writes the file atomically; returns the file's lists.
    public static func remove(_ symbol: Symbol, from name: String, path: String) throws(SettingsError) -> [Watchlist] {
        try update(path) { text throws(SettingsError) in try removing(symbol, from: name, in: text, file: path) }
    }

    /// Writes what the dashboard changed (`before` → `after`, by `+` and `-`) into the file at `path`, one symbol at a
    /// time with `add` and `remove`, so everything else in the file stays as the user wrote it.
    public static func save(changesFrom before: [Watchlist], to after: [Watchlist], path: String) throws(SettingsError) {
        for list in after {
            let old = before.first { $0.name == list.name }?.symbols ?? []
            for symbol in list.symbols where !old.contains(symbol) { _ = try add(symbol, to: list.name, path: path) }
            for symbol in old where !list.symbols.contains(symbol) { _ = try remove(symbol, from: list.name, path: path) }
        }
    }

    /// `text` with `symbol` at the end of the list `name` (a new list at the end of the text when there is none);
    /// `text` itself when the symbol is there already.
    public static func adding(_ symbol: Symbol, to name: String, in text: String, file: String) throws(SettingsError) -> String {
        guard let located = try located(text: text, file: file).first(where: { $0.list.name == name }) else {
            let separator = text.isEmpty || text.hasSuffix("\n") ? "" : "\n"
            return text + separator + "\(TOMLOutline.keyText(name)) = [\"\(symbol)\"]\n"
        }
        guard !located.list.symbols.contains(symbol) else { return text }
        return TOMLOutline.appending("\"\(symbol)\"", to: located.array, in: text)
    }

    /// `text` without `symbol` in the list `name` (with the comment of its line when it had a line of its own);
    /// `text` itself when it is not there. A list left empty is written `name = []`.
    public static func removing(_ symbol: Symbol, from name: String, in text: String, file: String) throws(SettingsError) -> String {
        guard let located = try located(text: text, file: file).first(where: { $0.list.name == name }),
            let position = located.list.symbols.firstIndex(of: symbol), let elements = located.array.elements
        else { return text }
        var bytes = Array(text.utf8)
        let element = elements[position]
        let previousComma = position > 0 ? elements[position - 1].comma : nil
        let isLast = position == elements.count - 1
        let lineStart = (bytes[..<element.start].lastIndex(of: newline) ?? -1) + 1
        let lineEnd = bytes[element.end...].firstIndex(of: newline) ?? bytes.count
        let afterElement = element.comma.map { $0 < lineEnd ? $0 + 1 : element.end } ?? element.end
        let restOfLine = bytes[afterElement..<lineEnd].drop { $0 == space || $0 == tab || $0 == carriageReturn }
        let aloneOnItsLine =
            bytes[lineStart..<element.start].allSatisfy { $0 == space || $0 == tab } && lineEnd < bytes.count
            && (restOfLine.isEmpty || restOfLine.first == hash)
        let leadingSpaces = element.start - bytes[lineStart..<element.start].reversed().prefix { $0 == space || $0 == tab }.count
        var cuts: [Range<Int>] = []
        if aloneOnItsLine {
            cuts.append(lineStart..<lineEnd + 1)
            if isLast, element.comma == nil, let previousComma { cuts.append(previousComma..<previousComma + 1) }
        } else if let ownComma = element.comma, !isLast {
            let spaces = bytes[(ownComma + 1)...].prefix { $0 == space || $0 == tab }.count
            cuts.append(element.start..<ownComma + 1 + spaces)
        } else if let ownComma = element.comma {
            cuts.append(leadingSpaces..<ownComma + 1)
        } else {
            cuts.append(leadingSpaces..<element.end)
            if let previousComma { cuts.append(previousComma..<previousComma + 1) }
        }
        var close = located.array.end - 1
        for cut in cuts.sorted(by: { $0.lowerBound > $1.lowerBound }) {
            bytes.removeSubrange(cut)
            close -= cut.count
        }
        let inside = (located.array.start + 1)..<close
        if elements.count == 1, bytes[inside].allSatisfy({ [space, tab, newline, carriageReturn].contains($0) }) {
            bytes.removeSubrange(inside)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Edits the file at `path` (`UserFile.update`); returns the lists of the new text.
    private static func update(_ path: String, _ edit: (String) throws(SettingsError) -> String) throws(SettingsError) -> [Watchlist] {
        try parse(text: try UserFile.update(path, edit), file: path)
    }

    private static let (newline, space, tab, comma, hash, carriageReturn): (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) = (
        UInt8(ascii: "\n"), UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: ","), UInt8(ascii: "#"), UInt8(ascii: "\r")
    )
}
