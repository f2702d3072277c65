import MarketData

/// How a JSON Schema failure in `docs/schema` corresponds to the codec's `DecodeError.Reason`, and what the schema
/// cannot express (docs/schema/README.md lists the same).
enum WireSchemaReasons {
    static let priceFields: Set = ["px", "bid", "ask", "value", "prevClose"]
    static let symbolFields: Set = ["sym", "scope", "members"]

    /// The codec's reason for a failed keyword on a field; nil for a keyword the schemas do not use.
    static func reason(_ problem: WireSchemaValidator.Problem) -> DecodeError.Reason? {
        let field = problem.field
        switch problem.keyword {
        case "json": return .notJSON
        case "type": return field.isEmpty ? .notAnObject : .wrongType
        case "required": return .missingField
        case "multipleOf": return .badNumber
        case "pattern": return symbolFields.contains(field) ? .badSymbol : priceFields.contains(field) ? .badNumber : .badValue
        case "exclusiveMinimum": return priceFields.contains(field) ? .nonPositivePrice : .outOfRange
        case "minimum": return ["ts", "seq"].contains(field) ? .badValue : field == "freeFloat" ? .outOfRange : .negativeQuantity
        case "maximum", "maxItems": return field == "ts" ? .badValue : .outOfRange
        case "exclusiveMaximum": return .badValue
        case "not": return .zeroQuantity
        case "const": return .unknownVersion
        case "enum": return field == "code" ? .unknownIndex : field == "phase" ? .unknownPhase : .badValue
        case "false", "minItems", "uniqueItems": return .badValue
        default: return nil
        }
    }

    /// Rejections no JSON Schema can express, and why.
    static let inexpressible: [DecodeError.Reason: String] = [
        .oversized: "a record's size in bytes is not a property of its JSON value",
        .notJSON: "text that is not JSON never reaches a schema",
        .invalidUTF8: "bytes that are not UTF-8 never reach a schema",
        .tooDeep: "the nesting depth of members the schema ignores",
        .duplicateField: "a JSON parser keeps one of the repeated members, so the schema never sees both",
        .keyMismatch: "the Kafka record's key is not part of its value",
        .unknownTopic: "the topic chooses the schema",
        .crossedQuote: "JSON Schema cannot compare two members (bid at most ask)",
    ]

    /// Rejections the schema expresses under another reason than the codec, and why.
    static let differences: [(codec: DecodeError.Reason, schema: DecodeError.Reason, why: String)] = [
        (.badNumber, .notJSON, "a number with leading zeros (00012) is not JSON to the validator's parser"),
        (.outOfRange, .badValue, "a ts beyond 64 bits overflows the codec's integer before the date range is checked"),
        (.nonPositivePrice, .badNumber, "a decimal string's bounds are part of its pattern"),
        (.outOfRange, .badNumber, "a decimal string's bounds are part of its pattern"),
    ]
}
