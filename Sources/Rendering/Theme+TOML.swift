import TOMLKit

/// A theme file that cannot be used, with the place to fix it.
public struct ThemeError: Error, CustomStringConvertible, Sendable {
    public let file: String
    public let line: Int
    public let key: String
    public let message: String

    /// `Themes/mine.toml:12: [up] fg: …`
    public var description: String { "\(file):\(line): \(key.isEmpty ? "" : key + ": ")\(message)" }
}

extension Theme {
    /// Parses a theme file's text: one table per role (`[up]`, `[chart_line]`, …) with `fg`/`bg` colours
    /// (`"#rrggbb"`, a palette number 0–255, or `"default"`) and `bold`/`dim`/`reverse`/`underline` flags, and an
    /// optional `[page]` table (`fg`, `bg`: the terminal's own colours, for exports). Roles the file leaves out fall
    /// back to the default theme. Pure: the caller reads the file.
    public static func parse(toml text: String, name: String, file: String) throws(ThemeError) -> Theme {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            throw ThemeError(file: file, line: error.source.begin.line, key: "", message: "not valid TOML (\(error.description))")
        } catch {
            throw ThemeError(file: file, line: 1, key: "", message: "not valid TOML (\(error))")
        }
        var styles: [StyleRole: Style] = [:]
        var page = PageColors.dark
        for (key, value) in table {
            if key == "name" { continue }
            let line = lineNumber(of: "[\(key)]", in: text)
            if key == "page", let entries = value.table {
                let colors = try style(entries, role: key, text: text, file: file)
                guard colors == Style(foreground: colors.foreground, background: colors.background) else {
                    throw ThemeError(file: file, line: line, key: "[page]", message: "takes only fg and bg")
                }
                if colors.background != .terminalDefault { page.background = colors.background }
                if colors.foreground != .terminalDefault { page.foreground = colors.foreground }
                continue
            }
            guard let role = StyleRole(rawValue: key) else {
                let known = StyleRole.allCases.map(\.rawValue).joined(separator: ", ")
                throw ThemeError(file: file, line: line, key: "[\(key)]", message: "unknown role (known: \(known))")
            }
            guard let entries = value.table else {
                throw ThemeError(file: file, line: lineNumber(of: key, in: text), key: key, message: "expected a table [\(key)]")
            }
            styles[role] = try style(entries, role: key, text: text, file: file)
        }
        return Theme(name: name, styles: styles, page: page)
    }

    private static func style(_ entries: TOMLTable, role: String, text: String, file: String) throws(ThemeError) -> Style {
        var style = Style()
        for (key, value) in entries {
            func failure(_ message: String) -> ThemeError {
                ThemeError(file: file, line: lineNumber(of: key, in: text, after: "[\(role)]"), key: "[\(role)] \(key)", message: message)
            }
            switch key {
            case "fg", "bg":
                guard let color = color(value) else {
                    throw failure("bad colour \(value.debugDescription) (use \"#rrggbb\", 0-255 or \"default\")")
                }
                if key == "fg" { style.foreground = color } else { style.background = color }
            case "bold", "dim", "reverse", "underline":
                guard let flag = value.bool else { throw failure("expected true or false") }
                switch key {
                case "bold": style.bold = flag
                case "dim": style.dim = flag
                case "reverse": style.reverse = flag
                default: style.underline = flag
                }
            default:
                throw failure("unknown key (known: fg, bg, bold, dim, reverse, underline)")
            }
        }
        return style
    }

    private static func color(_ value: TOMLValueConvertible) -> TerminalColor? {
        if let index = value.int { return (0...255).contains(index) ? (index < 16 ? .ansi(UInt8(index)) : .indexed(UInt8(index))) : nil }
        guard let text = value.string else { return nil }
        if text == "default" { return .terminalDefault }
        let digits = Array(text.utf8.dropFirst())
        guard text.first == "#", digits.count == 6, let number = UInt32(String(decoding: digits, as: UTF8.self), radix: 16) else {
            return nil
        }
        return .rgb(UInt8(number >> 16), UInt8(number >> 8 & 0xFF), UInt8(number & 0xFF))
    }

    /// The 1-based line where `needle` starts a line (after the line holding `section`, when given).
    private static func lineNumber(of needle: String, in text: String, after section: String? = nil) -> Int {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var start = 0
        if let section, let index = lines.firstIndex(where: { $0.trimmingSpaces == section }) { start = index + 1 }
        for index in start..<lines.count where lines[index].trimmingSpaces.hasPrefix(needle) { return index + 1 }
        return start
    }
}

extension Substring {
    var trimmingSpaces: Substring { drop { $0 == " " || $0 == "\t" } }
}
