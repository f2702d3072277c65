/// A failure inside the wire codec before the record's coordinates are attached.
struct DecodeFailure: Error {
    var reason: DecodeError.Reason
    var detail: String = ""
}

/// One member value of a flat JSON object, as byte ranges into the scanned buffer (nothing is copied).
enum JSONValue {
    case string(Range<Int>, needsUnescaping: Bool, hasNonASCII: Bool)
    case number(Range<Int>)
    case bool(Bool)
    case null
    /// An object or array (validated; session files inline payloads this way; schema v1's one array, an index's
    /// `members`, has its elements in `JSONScanner.arrayElements`).
    case nested(Range<Int>)
}

/// A hand-written, allocation-free scanner over the members of one top-level JSON object, in one forward pass.
///
/// It validates JSON syntax strictly (RFC 8259), rejects raw control characters in strings and bounds nesting. A
/// message decoder asks for each member's name (`nextKey`, a `FieldName` matched by length and first bytes) and reads
/// the value straight from the bytes as the field it is (`WireFields.swift`): numbers are accumulated as fixed point
/// while scanned; anything beyond the plain shapes goes through the general value scanner below.
struct JSONScanner {
    static let maxDepth = 32

    let bytes: UnsafeBufferPointer<UInt8>
    /// The member whose array value hands out its elements in `arrayElements` as it is scanned, so the elements
    /// are read in the same single pass as everything else.
    var arrayKey: StaticString?
    /// The elements of the last array scanned under `arrayKey`, as values into `bytes`.
    private(set) var arrayElements: [JSONValue] = []
    /// The position of the next byte to scan.
    var index = 0
    /// The fields of the message seen so far, to reject a repeated one.
    var seen = FieldSet()
    /// The bytes of the last member name scanned, between its quotes.
    private(set) var keyBytes = 0..<0
    private var sawNonASCII = false
    private var collectsElements = false

    init(_ bytes: UnsafeBufferPointer<UInt8>) throws(DecodeFailure) {
        self.bytes = bytes
        skipWhitespace()
        guard index < bytes.count else { throw DecodeFailure(reason: .notJSON, detail: "empty") }
        guard bytes[index] == UInt8(ascii: "{") else {
            throw DecodeFailure(reason: startsLikeJSON(bytes[index]) ? .notAnObject : .notJSON)
        }
        index += 1
    }

    /// The name of the next member, the scanner left at its value; nil after the closing brace (which must end the
    /// input, bar whitespace).
    @inline(__always)
    mutating func nextKey() throws(DecodeFailure) -> FieldName? {
        skipWhitespace()
        guard index < bytes.count else { throw DecodeFailure(reason: .notJSON, detail: "truncated") }
        if bytes[index] == UInt8(ascii: "}") {
            try finish()
            return nil
        }
        guard bytes[index] == UInt8(ascii: "\"") else {
            throw DecodeFailure(reason: .notJSON, detail: "expected a field name")
        }
        let name = try scanKey()
        skipWhitespace()
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
            throw DecodeFailure(reason: .notJSON, detail: "expected :")
        }
        index += 1
        skipWhitespace()
        collectsElements = arrayKey.map { $0 ~= name } ?? false
        return name
    }

    /// After a member's value: a comma and the next member's name, or the closing brace.
    @inline(__always)
    mutating func endMember() throws(DecodeFailure) {
        collectsElements = false
        skipWhitespace()
        guard index < bytes.count else { throw DecodeFailure(reason: .notJSON, detail: "truncated") }
        if bytes[index] == UInt8(ascii: ",") {
            index += 1
            skipWhitespace()
            guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                throw DecodeFailure(reason: .notJSON, detail: index < bytes.count ? "trailing comma" : "truncated")
            }
        } else if bytes[index] != UInt8(ascii: "}") {
            throw DecodeFailure(reason: .notJSON, detail: "expected , or }")
        }
    }

    /// The next value, whatever its type, scanned and checked (the general path of every field reader).
    mutating func value() throws(DecodeFailure) -> JSONValue { try scanValue(depth: 1) }

    /// A member name: plain ASCII found in a tight loop; anything else through the general string scanner.
    @inline(__always)
    private mutating func scanKey() throws(DecodeFailure) -> FieldName {
        let quote = index
        index += 1
        while index < bytes.count, case let byte = bytes[index], byte >= 0x20, byte < 0x80, byte != UInt8(ascii: "\\") {
            if byte == UInt8(ascii: "\"") {
                keyBytes = quote + 1..<index
                index += 1
                return FieldName(bytes: UnsafeBufferPointer(rebasing: bytes[keyBytes]))
            }
            index += 1
        }
        index = quote
        guard case .string(let range, let escaped, _) = try scanString() else { throw DecodeFailure(reason: .notJSON) }
        if escaped { throw DecodeFailure(reason: .badValue, detail: "escaped field name") }
        keyBytes = range
        return FieldName(bytes: UnsafeBufferPointer(rebasing: bytes[range]))
    }

    /// A string of plain ASCII (no escapes, no control characters) at the scanner, its quotes consumed; nil, the
    /// scanner left where it was, for anything else.
    @inline(__always)
    mutating func plainString() -> Range<Int>? {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
        var end = index + 1
        while end < bytes.count, case let byte = bytes[end], byte >= 0x20, byte < 0x80, byte != UInt8(ascii: "\\") {
            if byte == UInt8(ascii: "\"") {
                defer { index = end + 1 }
                return index + 1..<end
            }
            end += 1
        }
        return nil
    }

    private mutating func finish() throws(DecodeFailure) {
        index += 1
        skipWhitespace()
        if index != bytes.count { throw DecodeFailure(reason: .notJSON, detail: "data after the object") }
        if sawNonASCII && String(validating: bytes, as: UTF8.self) == nil { throw DecodeFailure(reason: .invalidUTF8) }
    }

    private mutating func scanValue(depth: Int) throws(DecodeFailure) -> JSONValue {
        guard index < bytes.count else { throw DecodeFailure(reason: .notJSON, detail: "truncated") }
        switch bytes[index] {
        case UInt8(ascii: "\""): return try scanString()
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            let start = index
            while index < bytes.count, JSONScanner.isNumberByte(bytes[index]) { index += 1 }
            return .number(start..<index)
        case UInt8(ascii: "t"): try expectLiteral("true"); return .bool(true)
        case UInt8(ascii: "f"): try expectLiteral("false"); return .bool(false)
        case UInt8(ascii: "n"): try expectLiteral("null"); return .null
        case UInt8(ascii: "{"), UInt8(ascii: "["):
            let start = index
            try skipNested(depth: depth)
            return .nested(start..<index)
        default:
            throw DecodeFailure(reason: .notJSON, detail: "unexpected character")
        }
    }

    /// Skips an object or array, checking its syntax; nesting deeper than `maxDepth` is rejected.
    private mutating func skipNested(depth: Int) throws(DecodeFailure) {
        if depth > JSONScanner.maxDepth { throw DecodeFailure(reason: .tooDeep) }
        let isObject = bytes[index] == UInt8(ascii: "{")
        let closer = isObject ? UInt8(ascii: "}") : UInt8(ascii: "]")
        let collects = collectsElements && depth == 1 && !isObject
        if collects { arrayElements.removeAll(keepingCapacity: true) }
        index += 1
        skipWhitespace()
        if index < bytes.count, bytes[index] == closer { index += 1; return }
        while true {
            if isObject {
                guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else {
                    throw DecodeFailure(reason: .notJSON, detail: "expected a field name")
                }
                if plainString() == nil { _ = try scanString() }
                skipWhitespace()
                guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else {
                    throw DecodeFailure(reason: .notJSON, detail: "expected :")
                }
                index += 1
                skipWhitespace()
            }
            // The plain shapes are valid as they stand: no second look at them.
            let value: JSONValue
            if let (_, end) = DecimalParser.parsePlain(bytes, from: index, scale: 4) {
                value = .number(index..<end)
                index = end
            } else if let range = plainString() {
                value = .string(range, needsUnescaping: false, hasNonASCII: false)
            } else {
                value = try scanValue(depth: depth + 1)
                if case .number(let range) = value, !DecimalParser.isNumber(bytes[range]) {
                    throw DecodeFailure(reason: .notJSON, detail: "bad number")
                }
            }
            if collects { arrayElements.append(value) }
            skipWhitespace()
            guard index < bytes.count else { throw DecodeFailure(reason: .notJSON, detail: "truncated") }
            if bytes[index] == closer { index += 1; return }
            guard bytes[index] == UInt8(ascii: ",") else { throw DecodeFailure(reason: .notJSON, detail: "expected ,") }
            index += 1
            skipWhitespace()
        }
    }

    /// Passes over the object or array at the scanner by its brackets alone — strings and their escapes stepped
    /// over, nothing else checked — for a value that its own reader checks whole (a session line's payload, which
    /// the wire codec decodes). Its range, brackets included; throws when the input ends first.
    mutating func matchNested() throws(DecodeFailure) -> Range<Int> {
        let start = index
        guard let end = JSONFields.nestedEnd(in: bytes, from: start) else {
            index = bytes.count
            throw DecodeFailure(reason: .notJSON, detail: "truncated")
        }
        index = end
        return start..<end
    }

    private mutating func scanString() throws(DecodeFailure) -> JSONValue {
        index += 1
        let start = index
        var escaped = false
        var nonASCII = false
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") {
                let range = start..<index
                index += 1
                sawNonASCII = sawNonASCII || nonASCII
                return .string(range, needsUnescaping: escaped, hasNonASCII: nonASCII)
            }
            if byte < 0x20 { throw DecodeFailure(reason: .notJSON, detail: "raw control character in a string") }
            if byte >= 0x80 { nonASCII = true }
            if byte == UInt8(ascii: "\\") {
                escaped = true
                index += 1
                guard index < bytes.count else { break }
            }
            index += 1
        }
        throw DecodeFailure(reason: .notJSON, detail: "unterminated string")
    }

    private mutating func expectLiteral(_ literal: StaticString) throws(DecodeFailure) {
        let count = literal.utf8CodeUnitCount
        guard index + count <= bytes.count else { throw DecodeFailure(reason: .notJSON, detail: "truncated") }
        for offset in 0..<count where bytes[index + offset] != literal.utf8Start[offset] {
            throw DecodeFailure(reason: .notJSON, detail: "unexpected character")
        }
        index += count
    }

    @inline(__always)
    private mutating func skipWhitespace() {
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09, 0x0A, 0x0D: index += 1
            default: return
            }
        }
    }

    private func startsLikeJSON(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "["), UInt8(ascii: "\""), UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return true
        default: return false
        }
    }

    @inline(__always)
    static func isNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."),
            UInt8(ascii: "e"), UInt8(ascii: "E"):
            return true
        default: return false
        }
    }
}

extension JSONScanner {
    /// The text of a string value: escapes resolved (`\uXXXX` with surrogate pairs), UTF-8 validated.
    func text(_ range: Range<Int>, needsUnescaping: Bool, hasNonASCII: Bool) throws(DecodeFailure) -> String {
        try Self.text(UnsafeBufferPointer(rebasing: bytes[range]), needsUnescaping: needsUnescaping, hasNonASCII: hasNonASCII)
    }

    /// The text of a string's raw bytes (between its quotes), as `text(_:needsUnescaping:hasNonASCII:)`.
    static func text(_ raw: UnsafeBufferPointer<UInt8>, needsUnescaping: Bool, hasNonASCII: Bool) throws(DecodeFailure)
        -> String
    {
        if !needsUnescaping {
            if hasNonASCII {
                guard let text = String(validating: raw, as: UTF8.self) else {
                    throw DecodeFailure(reason: .invalidUTF8)
                }
                return text
            }
            return String(decoding: raw, as: UTF8.self)
        }
        let unescaped = try JSONScanner.unescape(raw)
        guard let text = String(validating: unescaped, as: UTF8.self) else { throw DecodeFailure(reason: .invalidUTF8) }
        return text
    }

    private static func unescape(_ raw: UnsafeBufferPointer<UInt8>) throws(DecodeFailure) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            let byte = raw[index]
            index += 1
            guard byte == UInt8(ascii: "\\") else { out.append(byte); continue }
            guard index < raw.count else { throw DecodeFailure(reason: .notJSON, detail: "bad escape") }
            let escape = raw[index]
            index += 1
            switch escape {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(escape)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                var scalar = try hex4(raw, at: &index)
                if (0xD800...0xDBFF).contains(scalar) {
                    guard index + 1 < raw.count, raw[index] == UInt8(ascii: "\\"), raw[index + 1] == UInt8(ascii: "u") else {
                        throw DecodeFailure(reason: .invalidUTF8, detail: "lone surrogate")
                    }
                    index += 2
                    let low = try hex4(raw, at: &index)
                    guard (0xDC00...0xDFFF).contains(low) else { throw DecodeFailure(reason: .invalidUTF8, detail: "lone surrogate") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw DecodeFailure(reason: .invalidUTF8, detail: "lone surrogate")
                }
                guard let unicode = Unicode.Scalar(scalar) else { throw DecodeFailure(reason: .invalidUTF8) }
                out.append(contentsOf: UTF8.encode(unicode)!)
            default:
                throw DecodeFailure(reason: .notJSON, detail: "bad escape")
            }
        }
        return out
    }

    private static func hex4(_ raw: UnsafeBufferPointer<UInt8>, at index: inout Int) throws(DecodeFailure) -> UInt32 {
        guard index + 4 <= raw.count else { throw DecodeFailure(reason: .notJSON, detail: "bad escape") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = raw[index] | 0x20
            let digit: UInt32
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - 0x30)
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = UInt32(byte - 0x61 + 10)
            default: throw DecodeFailure(reason: .notJSON, detail: "bad escape")
            }
            value = value << 4 | digit
            index += 1
        }
        return value
    }
}
