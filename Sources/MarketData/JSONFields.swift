/// One member value of a JSON object, for readers of envelopes around wire payloads (session files).
public enum JSONField: Hashable, Sendable {
    case string(String)
    /// A number, as its exact text.
    case number(String)
    case bool(Bool)
    case null
    /// An object or array, byte for byte as it stood in the input.
    case raw([UInt8])

    /// The value as an integer, when it is a JSON integer.
    public var integer: Int64? {
        guard case .number(let text) = self, let value = Int64(text) else { return nil }
        return value
    }

    public var string: String? {
        guard case .string(let text) = self else { return nil }
        return text
    }
}

/// Strict JSON object reading with the codec's scanner, exposed for formats that wrap wire payloads.
public enum JSONFields {
    /// The members of one JSON object, or nil when `bytes` is not exactly one valid JSON object.
    public static func parse(_ bytes: [UInt8]) -> [String: JSONField]? {
        var fields: [String: JSONField] = [:]
        let valid = bytes.withUnsafeBufferPointer { buffer in
            forEachRawMember(of: buffer) { member in
                let field: JSONField
                switch member.value {
                case .string: field = .string(member.string ?? "")
                case .number(let range): field = .number(String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self))
                case .nested(let range): field = .raw(Array(buffer[range]))
                case .bool(let flag): field = .bool(flag)
                case .null: field = .null
                }
                fields[String(decoding: member.name, as: UTF8.self)] = field
            }
        }
        return valid ? fields : nil
    }

    /// Where the object or array at `start` ends (after its closing bracket), matched by its brackets alone —
    /// strings and their escapes stepped over, nothing else checked; nil when the bytes end first.
    public static func nestedEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var index = start
        var depth = 0
        while index < bytes.count {
            switch bytes[index] {
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return index + 1 }
            case UInt8(ascii: "\""):
                index += 1
                while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                    if bytes[index] == UInt8(ascii: "\\") { index += 1 }
                    index += 1
                }
            default: break
            }
            index += 1
        }
        return nil
    }

    /// A JSON integer at `start` in its plain form (`-` and digits, no leading zero, ending where a number cannot go
    /// on) and the position after it; nil for anything else.
    public static func plainInteger(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> (value: Int64, end: Int)? {
        DecimalParser.parsePlain(bytes, from: start, scale: 0)
    }

    /// Hands each member of one JSON object to `body` in order as byte ranges, converting nothing (for readers of
    /// one envelope per line, which convert only the members they keep); false when `bytes` is not exactly one
    /// valid JSON object — judged exactly as `parse` judges it — after handing out the members before the fault.
    /// With `checkingNested` false an object or array value is only matched by its brackets, for a reader that hands
    /// it to a reader of its own which checks it whole (a session line's payload: the wire codec).
    public static func forEachRawMember(
        of bytes: UnsafeBufferPointer<UInt8>, checkingNested: Bool = true, _ body: (JSONRawMember) -> Void
    ) -> Bool {
        do throws(DecodeFailure) {
            var scanner = try JSONScanner(bytes)
            while try scanner.nextKey() != nil {
                let name = UnsafeBufferPointer(rebasing: bytes[scanner.keyBytes])
                let value: JSONRawMember.Value
                if !checkingNested, scanner.index < bytes.count,
                    bytes[scanner.index] == UInt8(ascii: "{") || bytes[scanner.index] == UInt8(ascii: "[")
                {
                    value = .nested(try scanner.matchNested())
                } else if let range = scanner.plainString() {
                    value = .string(range, plain: true)
                } else if let (_, end) = DecimalParser.parsePlain(bytes, from: scanner.index, scale: 4) {
                    value = .number(scanner.index..<end)
                    scanner.index = end
                } else {
                    switch try scanner.value() {
                    case .string(let range, let escaped, let nonASCII):
                        guard (try? scanner.text(range, needsUnescaping: escaped, hasNonASCII: nonASCII)) != nil else {
                            return false
                        }
                        value = .string(range, plain: false)
                    case .number(let range):
                        guard DecimalParser.isNumber(bytes[range]) else { return false }
                        value = .number(range)
                    case .nested(let range): value = .nested(range)
                    case .bool(let flag): value = .bool(flag)
                    case .null: value = .null
                    }
                }
                try scanner.endMember()
                body(JSONRawMember(name: name, value: value, in: bytes))
            }
            return true
        } catch {
            return false
        }
    }

    /// True when `bytes` are one valid JSON object on a single line (safe to inline in JSON Lines).
    public static func isSingleLineObject(_ bytes: [UInt8]) -> Bool {
        bytes.withUnsafeBufferPointer { buffer in
            // What a trade's or a quote's fast path reads is valid JSON without whitespace (`CompactObjectReader`):
            // nearly every record, for a fraction of the full check.
            if TradeFastPath.decode(buffer) != nil || QuoteFastPath.decode(buffer) != nil { return true }
            return !buffer.contains(UInt8(ascii: "\n")) && !buffer.contains(UInt8(ascii: "\r"))
                && forEachRawMember(of: buffer) { _ in }
        }
    }
}

/// One member of a JSON object as `JSONFields.forEachRawMember` hands it out: its name and where its value is.
public struct JSONRawMember {
    /// Where a member's value is in the object's bytes, by kind.
    public enum Value {
        /// Between the quotes; `plain` when it is ASCII without escapes (its bytes are its text).
        case string(Range<Int>, plain: Bool)
        case number(Range<Int>)
        /// An object or array, brackets included.
        case nested(Range<Int>)
        case bool(Bool)
        case null
    }

    public let name: UnsafeBufferPointer<UInt8>
    public let value: Value
    private let bytes: UnsafeBufferPointer<UInt8>

    init(name: UnsafeBufferPointer<UInt8>, value: Value, in bytes: UnsafeBufferPointer<UInt8>) {
        self.name = name
        self.value = value
        self.bytes = bytes
    }

    /// True when the name is `text` (inlinable: a session line's envelope asks this of every member).
    @inlinable public func isNamed(_ text: StaticString) -> Bool { text ~= FieldName(bytes: name) }

    /// The text of a string value (escapes resolved), nil for any other value.
    public var string: String? {
        guard case .string(let range, let plain) = value else { return nil }
        if plain { return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self) }
        return try? JSONScanner.text(UnsafeBufferPointer(rebasing: bytes[range]), needsUnescaping: true, hasNonASCII: true)
    }

    /// The UTF-8 of a string value (escapes resolved), nil for any other value.
    public var stringBytes: [UInt8]? {
        if case .string(let range, true) = value { return Array(bytes[range]) }
        return string.map { Array($0.utf8) }
    }

    /// The value as an integer, when it is a JSON number without fraction or exponent that fits in 64 bits.
    public var integer: Int64? {
        guard case .number(let range) = value else { return nil }
        let text = UnsafeBufferPointer(rebasing: bytes[range])
        if let (value, end) = DecimalParser.parsePlain(text, from: 0, scale: 0), end == text.count { return value }
        return Int64(String(decoding: text, as: UTF8.self))
    }

    /// An object or array value's bytes, brackets included; nil for any other value.
    public var nestedBytes: [UInt8]? {
        guard case .nested(let range) = value else { return nil }
        return Array(bytes[range])
    }
}
