/// Where each key of a TOML document is, which TOMLKit does not say: the line of every key path (`[table]` headers,
/// dotted keys, quoted keys, keys inside inline tables) and, for each value, its bytes — for an array, each
/// element's bytes and the comma after it. Best effort on text that is not valid TOML: it never fails, it only
/// knows less.
struct TOMLOutline {
    /// One key: its path from the root, the line it is defined on, and its value (nil for a table made by a
    /// `[header]` or implied by a dotted key).
    struct Entry {
        let path: [String]
        let line: Int
        let value: Value?
    }

    /// A value's UTF-8 bytes `start..<end`; for an array, its elements.
    struct Value {
        let start: Int
        let end: Int
        let elements: [Element]?
    }

    /// One array element's UTF-8 bytes `start..<end`, and the offset of the comma after it, if there is one.
    struct Element {
        let start: Int
        let end: Int
        var comma: Int?
    }

    /// Every key path, once, where it is first defined.
    let entries: [Entry]

    init(_ text: String) {
        var scanner = Scanner(bytes: Array(text.utf8))
        scanner.scanDocument()
        entries = scanner.entries
    }

    /// The line defining `path`, else the line of its nearest ancestor that is in the text, else 1.
    func line(of path: [String]) -> Int {
        for length in stride(from: path.count, through: 1, by: -1) {
            if let entry = entries.first(where: { $0.path.elementsEqual(path.prefix(length)) }) { return entry.line }
        }
        return 1
    }

    /// The key path as TOML writes it: `clusters.prod.properties."sasl.password"`.
    static func keyText(_ path: [String]) -> String {
        path.map(keyText).joined(separator: ".")
    }

    /// One key, bare when TOML allows it, else quoted.
    static func keyText(_ key: String) -> String {
        if !key.isEmpty, key.utf8.allSatisfy(Scanner.isBareKeyByte) { return key }
        return quoted(key)
    }
}

/// The scanner behind `TOMLOutline`: bytes in, entries out.
private struct Scanner {
    let bytes: [UInt8]
    var index = 0
    var entries: [TOMLOutline.Entry] = []
    private var seen: Set<[String]> = []
    private let lineStarts: [Int]

    init(bytes: [UInt8]) {
        self.bytes = bytes
        lineStarts = [0] + bytes.indices.filter { bytes[$0] == UInt8(ascii: "\n") }.map { $0 + 1 }
    }

    static func isBareKeyByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            true
        default: byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
        }
    }

    mutating func scanDocument() {
        var table: [String] = []
        while true {
            skipTrivia(newlines: true)
            guard index < bytes.count else { return }
            let start = index
            if at("[") {
                let arrayOfTables = at("[", offset: 1)
                index += arrayOfTables ? 2 : 1
                let path = key()
                table = path
                record(path, from: 1, line: line(at: start), value: nil)
            } else {
                let path = key()
                skipSpaces()
                if !path.isEmpty, at("=") {
                    index += 1
                    skipSpaces()
                    assign(table + path, definedFrom: table.count + 1, line: line(at: start))
                }
            }
            while index < bytes.count, !at("\n") { index += 1 }
            if index == start { index += 1 }
        }
    }

    /// Reads the value of `path` (whose parts from `definedFrom` on are new here) and records it.
    private mutating func assign(_ path: [String], definedFrom: Int, line: Int) {
        record(Array(path.dropLast()), from: definedFrom, line: line, value: nil)
        let value = value(path: path)
        record(path, from: path.count, line: line, value: value)
    }

    /// Records every prefix of `path` of length `from` or more that is not known yet.
    private mutating func record(_ path: [String], from: Int, line: Int, value: TOMLOutline.Value?) {
        for length in stride(from: max(from, 1), through: path.count, by: 1) {
            let prefix = Array(path.prefix(length))
            guard seen.insert(prefix).inserted else { continue }
            entries.append(TOMLOutline.Entry(path: prefix, line: line, value: length == path.count ? value : nil))
        }
    }

    private func line(at offset: Int) -> Int {
        var (low, high) = (0, lineStarts.count - 1)
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }

    private func at(_ character: Unicode.Scalar, offset: Int = 0) -> Bool {
        index + offset < bytes.count && bytes[index + offset] == UInt8(ascii: character)
    }

    private func at(_ text: String) -> Bool {
        let pattern = Array(text.utf8)
        return index + pattern.count <= bytes.count && bytes[index..<index + pattern.count].elementsEqual(pattern)
    }

    private mutating func skipSpaces() {
        while at(" ") || at("\t") || at("\r") { index += 1 }
    }

    /// Spaces, comments and, when `newlines`, line ends.
    private mutating func skipTrivia(newlines: Bool) {
        while index < bytes.count {
            if at(" ") || at("\t") || at("\r") || (newlines && at("\n")) {
                index += 1
            } else if at("#") {
                while index < bytes.count, !at("\n") { index += 1 }
            } else {
                return
            }
        }
    }

    /// A dotted key, each part bare or quoted; empty when there is none here.
    private mutating func key() -> [String] {
        var parts: [String] = []
        while true {
            skipSpaces()
            guard let part = keyPart() else { return parts }
            parts.append(part)
            skipSpaces()
            guard at(".") else { return parts }
            index += 1
        }
    }

    private mutating func keyPart() -> String? {
        if at("\"") { return basicString() }
        if at("'") {
            let start = index + 1
            index = start
            while index < bytes.count, !at("'"), !at("\n") { index += 1 }
            defer { if at("'") { index += 1 } }
            return String(decoding: bytes[start..<index], as: UTF8.self)
        }
        let start = index
        while index < bytes.count, Self.isBareKeyByte(bytes[index]) { index += 1 }
        return index > start ? String(decoding: bytes[start..<index], as: UTF8.self) : nil
    }

    /// A one-line `"…"` string, decoded.
    private mutating func basicString() -> String {
        index += 1
        var decoded: [UInt8] = []
        while index < bytes.count, !at("\""), !at("\n") {
            guard at("\\"), index + 1 < bytes.count else {
                decoded.append(bytes[index])
                index += 1
                continue
            }
            let escape = bytes[index + 1]
            index += 2
            switch escape {
            case UInt8(ascii: "u"), UInt8(ascii: "U"):
                let digits = escape == UInt8(ascii: "u") ? 4 : 8
                let end = min(index + digits, bytes.count)
                let scalar = UInt32(String(decoding: bytes[index..<end], as: UTF8.self), radix: 16).flatMap(Unicode.Scalar.init)
                decoded += Array(String(scalar ?? "?").utf8)
                index = end
            case UInt8(ascii: "n"): decoded.append(UInt8(ascii: "\n"))
            case UInt8(ascii: "t"): decoded.append(UInt8(ascii: "\t"))
            case UInt8(ascii: "r"): decoded.append(UInt8(ascii: "\r"))
            case UInt8(ascii: "b"): decoded.append(0x08)
            case UInt8(ascii: "f"): decoded.append(0x0C)
            case UInt8(ascii: "e"): decoded.append(0x1B)
            default: decoded.append(escape)
            }
        }
        if at("\"") { index += 1 }
        return String(decoding: decoded, as: UTF8.self)
    }

    /// Skips one value, recording the keys of inline tables under `path` (nil: inside an array, not recorded).
    private mutating func value(path: [String]?) -> TOMLOutline.Value {
        let start = index
        if at("\"\"\"") || at("'''") {
            let quote = bytes[index]
            index += 3
            while index < bytes.count {
                if quote == UInt8(ascii: "\"") && at("\\") {
                    index += 2
                } else if bytes[index] == quote && at(quote == UInt8(ascii: "\"") ? "\"\"\"" : "'''") {
                    index += 3
                    while index < bytes.count, bytes[index] == quote { index += 1 }
                    break
                } else {
                    index += 1
                }
            }
        } else if at("\"") {
            _ = basicString()
        } else if at("'") {
            _ = keyPart()
        } else if at("[") {
            let elements = array()
            return TOMLOutline.Value(start: start, end: index, elements: elements)
        } else if at("{") {
            inlineTable(path: path)
        } else {
            while index < bytes.count, !",]}\n#".utf8.contains(bytes[index]) { index += 1 }
            var end = index
            while end > start, bytes[end - 1] == UInt8(ascii: " ") || bytes[end - 1] == UInt8(ascii: "\t") { end -= 1 }
            return TOMLOutline.Value(start: start, end: end, elements: nil)
        }
        return TOMLOutline.Value(start: start, end: index, elements: nil)
    }

    /// The elements of the array starting here, leaving the index after its `]`.
    private mutating func array() -> [TOMLOutline.Element] {
        index += 1
        var elements: [TOMLOutline.Element] = []
        while true {
            skipTrivia(newlines: true)
            guard index < bytes.count else { return elements }
            if at("]") {
                index += 1
                return elements
            }
            if at(",") {
                if let last = elements.indices.last, elements[last].comma == nil { elements[last].comma = index }
                index += 1
                continue
            }
            let before = index
            let element = value(path: nil)
            elements.append(TOMLOutline.Element(start: element.start, end: element.end))
            if index == before { index += 1 }
        }
    }

    private mutating func inlineTable(path: [String]?) {
        index += 1
        while true {
            skipTrivia(newlines: true)
            guard index < bytes.count else { return }
            if at("}") {
                index += 1
                return
            }
            if at(",") {
                index += 1
                continue
            }
            let start = index
            let key = key()
            skipSpaces()
            guard !key.isEmpty, at("=") else {
                index = max(index, start + 1)
                continue
            }
            index += 1
            skipSpaces()
            if let path {
                assign(path + key, definedFrom: path.count + 1, line: line(at: start))
            } else {
                _ = value(path: nil)
            }
        }
    }
}
