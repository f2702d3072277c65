extension TOMLOutline {
    /// `text` with `element` (TOML: `"ALI"`) after the last element of `array` (a value of this outline's text),
    /// written as the others are: after a comma on the same line, or on a line of its own indented like the last one.
    static func appending(_ element: String, to array: Value, in text: String) -> String {
        var bytes = Array(text.utf8)
        let quoted = Array(element.utf8)
        guard let last = array.elements?.last else {
            bytes.insert(contentsOf: quoted, at: array.start + 1)
            return String(decoding: bytes, as: UTF8.self)
        }
        guard let lineEnd = bytes[last.end..<array.end].firstIndex(of: newline) else {
            bytes.insert(contentsOf: Array(", ".utf8) + quoted, at: last.end)
            return String(decoding: bytes, as: UTF8.self)
        }
        // An array written one element a line: a new line like the last one's.
        let lineStart = (bytes[..<last.start].lastIndex(of: newline) ?? -1) + 1
        let indent = Array(bytes[lineStart..<last.start].prefix { $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") })
        let line: [UInt8] = indent + quoted + (last.comma == nil ? [] : [comma]) + [newline]
        bytes.insert(contentsOf: line, at: lineEnd + 1)
        if last.comma == nil { bytes.insert(comma, at: last.end) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text` as a TOML basic string: quoted, its backslashes and quotes escaped.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    private static let (newline, comma) = (UInt8(ascii: "\n"), UInt8(ascii: ","))
}
