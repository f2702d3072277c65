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
        bytes.withUnsafeBufferPointer { buffer -> [String: JSONField]? in
            do throws(DecodeFailure) {
                var scanner = try JSONScanner(buffer)
                var fields: [String: JSONField] = [:]
                while let (key, _, value) = try scanner.nextMember() {
                    let name = String(decoding: UnsafeBufferPointer(rebasing: buffer[key]), as: UTF8.self)
                    switch value {
                    case .string(let range, let escaped, let nonASCII):
                        fields[name] = .string(try scanner.text(range, needsUnescaping: escaped, hasNonASCII: nonASCII))
                    case .number(let range):
                        guard DecimalParser.parse(buffer[range], scale: 0) != .malformed else { return nil }
                        fields[name] = .number(String(decoding: UnsafeBufferPointer(rebasing: buffer[range]), as: UTF8.self))
                    case .bool(let flag): fields[name] = .bool(flag)
                    case .null: fields[name] = .null
                    case .nested(let range): fields[name] = .raw(Array(buffer[range]))
                    }
                }
                return fields
            } catch {
                return nil
            }
        }
    }

    /// True when `bytes` are one valid JSON object on a single line (safe to inline in JSON Lines).
    public static func isSingleLineObject(_ bytes: [UInt8]) -> Bool {
        !bytes.contains(UInt8(ascii: "\n")) && !bytes.contains(UInt8(ascii: "\r")) && parse(bytes) != nil
    }
}
