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
            forEachMember(of: buffer) { name, value in fields[String(decoding: name, as: UTF8.self)] = value }
        }
        return valid ? fields : nil
    }

    /// Hands each member of one JSON object to `body` in order, its name as bytes (no dictionary is built, for
    /// readers of one envelope per line); false when `bytes` is not exactly one valid JSON object, after handing out
    /// the members before the fault.
    public static func forEachMember(
        of bytes: UnsafeBufferPointer<UInt8>, _ body: (_ name: UnsafeBufferPointer<UInt8>, _ value: JSONField) -> Void
    ) -> Bool {
        do throws(DecodeFailure) {
            var scanner = try JSONScanner(bytes)
            while let (key, value) = try scanner.nextMember() {
                let field: JSONField
                switch value {
                case .string(let range, let escaped, let nonASCII):
                    field = .string(try scanner.text(range, needsUnescaping: escaped, hasNonASCII: nonASCII))
                case .number(let range):
                    guard DecimalParser.isNumber(bytes[range]) else { return false }
                    field = .number(String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self))
                case .bool(let flag): field = .bool(flag)
                case .null: field = .null
                case .nested(let range): field = .raw(Array(bytes[range]))
                }
                body(UnsafeBufferPointer(rebasing: bytes[key]), field)
            }
            return true
        } catch {
            return false
        }
    }

    /// True when `bytes` are one valid JSON object on a single line (safe to inline in JSON Lines).
    public static func isSingleLineObject(_ bytes: [UInt8]) -> Bool {
        !bytes.contains(UInt8(ascii: "\n")) && !bytes.contains(UInt8(ascii: "\r")) && parse(bytes) != nil
    }
}
