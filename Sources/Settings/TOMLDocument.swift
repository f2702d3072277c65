import TOMLKit

/// A parsed TOML file with the outline of its text: typed reads of its values whose every failure is a
/// `SettingsError` naming the file, the line and the key.
struct TOMLDocument {
    let file: String
    let root: TOMLTable
    let outline: TOMLOutline

    /// Parses `text`; invalid TOML is an error at the line TOMLKit names.
    init(text: String, file: String) throws(SettingsError) {
        self.file = file
        outline = TOMLOutline(text)
        do {
            root = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            let line = error.source.begin.line
            let key = outline.entries.last { $0.line == line }.map { TOMLOutline.keyText($0.path) }
            throw SettingsError(file: file, line: line, key: key, message: "not valid TOML: \(error.description)")
        } catch {
            throw SettingsError(file: file, line: nil, key: nil, message: "not valid TOML: \(error)")
        }
    }

    /// The keys and values of `table` (at `path`) in the order the file has them.
    func entries(of table: TOMLTable, at path: [String]) -> [(key: String, value: TOMLValueConvertible)] {
        table.keys
            .map { (line: outline.line(of: path + [$0]), key: $0) }
            .sorted { ($0.line, $0.key) < ($1.line, $1.key) }
            .compactMap { entry in table[entry.key].map { (entry.key, $0) } }
    }

    func error(at path: [String], _ message: String) -> SettingsError {
        SettingsError(outline: outline, file: file, path: path, message: message)
    }

    /// An unknown key, with the closest known one.
    func unknownKey(at path: [String], known: [String]) -> SettingsError {
        error(at: path, "unknown key" + Suggestion.hint(for: path.last ?? "", among: known))
    }

    func table(_ value: TOMLValueConvertible, at path: [String]) throws(SettingsError) -> TOMLTable {
        guard let table = value.table else { throw wrongType(value, at: path, expected: "a table") }
        return table
    }

    func string(_ value: TOMLValueConvertible, at path: [String]) throws(SettingsError) -> String {
        guard let text = value.string else { throw wrongType(value, at: path, expected: "a string") }
        guard !text.isEmpty else { throw error(at: path, "expected a string, found an empty one") }
        return text
    }

    func strings(_ value: TOMLValueConvertible, at path: [String]) throws(SettingsError) -> [String] {
        guard let array = value.array else { throw wrongType(value, at: path, expected: "an array of strings") }
        var texts: [String] = []
        for element in array {
            guard let text = element.string, !text.isEmpty else {
                let found = element.type == .string ? "an empty string" : Self.described(element.type)
                throw error(at: path, "expected an array of strings, found \(found) in it")
            }
            texts.append(text)
        }
        return texts
    }

    /// An integer or a floating-point number.
    func number(_ value: TOMLValueConvertible, at path: [String]) throws(SettingsError) -> Double {
        if let whole = value.int { return Double(whole) }
        guard let number = value.double else { throw wrongType(value, at: path, expected: "a number") }
        return number
    }

    func bool(_ value: TOMLValueConvertible, at path: [String]) throws(SettingsError) -> Bool {
        guard let flag = value.bool else { throw wrongType(value, at: path, expected: "true or false") }
        return flag
    }

    /// A librdkafka property's value: a string, or an integer or boolean written as librdkafka reads it.
    func propertyText(_ value: TOMLValueConvertible, at path: [String]) throws(SettingsError) -> String {
        if let whole = value.int { return String(whole) }
        if let flag = value.bool { return String(flag) }
        guard let text = value.string else { throw wrongType(value, at: path, expected: "a string, an integer or a boolean") }
        return text
    }

    private func wrongType(_ value: TOMLValueConvertible, at path: [String], expected: String) -> SettingsError {
        error(at: path, "expected \(expected), found \(Self.described(value.type))")
    }

    /// `an integer`, `a table`…
    static func described(_ type: TOMLType) -> String {
        switch type {
        case .table: "a table"
        case .array: "an array"
        case .string: "a string"
        case .int: "an integer"
        case .double: "a floating-point number"
        case .bool: "a boolean"
        case .date: "a date"
        case .time: "a time"
        case .dateTime: "a date-time"
        }
    }
}

extension SettingsError {
    /// An error at `path` of a file whose outline is `outline`.
    init(outline: TOMLOutline, file: String, path: [String], message: String) {
        self.init(file: file, line: outline.line(of: path), key: TOMLOutline.keyText(path), message: message)
    }
}
