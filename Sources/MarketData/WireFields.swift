/// Typed readers for the member values the scanner hands out: each checks the JSON type and converts.
extension JSONScanner {
    func price(_ value: JSONValue, _ field: String) throws(DecodeFailure) -> Price {
        let units: Int64
        switch value {
        case .number(let range): units = try JSONScanner.decimal(bytes[range], scale: 4, field)
        case .string(let range, let escaped, _):
            if escaped { throw DecodeFailure(reason: .badNumber, detail: field) }
            units = try JSONScanner.decimal(bytes[range], scale: 4, field)
        default: throw DecodeFailure(reason: .wrongType, detail: field)
        }
        guard units > 0 else { throw DecodeFailure(reason: .nonPositivePrice, detail: field) }
        guard units <= WireBounds.maximumPrice.units else { throw DecodeFailure(reason: .outOfRange, detail: field) }
        return Price(units: units)
    }

    /// An integer field (`qty`, `ts`, `seq`, `boardLot`, `v`): a JSON number with no fractional part.
    func integer(_ value: JSONValue, _ field: String) throws(DecodeFailure) -> Int64 {
        guard case .number(let range) = value else { throw DecodeFailure(reason: .wrongType, detail: field) }
        return try JSONScanner.decimal(bytes[range], scale: 0, field)
    }

    func quantity(_ value: JSONValue, _ field: String) throws(DecodeFailure) -> Quantity {
        let shares = try integer(value, field)
        guard shares != 0 else { throw DecodeFailure(reason: .zeroQuantity, detail: field) }
        guard shares > 0 else { throw DecodeFailure(reason: .negativeQuantity, detail: field) }
        guard shares <= WireBounds.maximumQuantity.shares else { throw DecodeFailure(reason: .outOfRange, detail: field) }
        return Quantity(shares)
    }

    /// An event time: epoch milliseconds between 2000-01-01 and 2100-01-01 (anything else is a broken clock).
    func timestamp(_ value: JSONValue, _ field: String) throws(DecodeFailure) -> EpochMillis {
        let millis = try integer(value, field)
        guard (946_684_800_000..<4_102_444_800_000).contains(millis) else {
            throw DecodeFailure(reason: .badValue, detail: field)
        }
        return millis
    }

    func sequence(_ value: JSONValue, _ field: String) throws(DecodeFailure) -> Int64 {
        let seq = try integer(value, field)
        guard seq >= 0 else { throw DecodeFailure(reason: .badValue, detail: field) }
        return seq
    }

    func string(_ value: JSONValue, _ field: String) throws(DecodeFailure) -> String {
        guard case .string(let range, let escaped, let nonASCII) = value else {
            throw DecodeFailure(reason: .wrongType, detail: field)
        }
        return try text(range, needsUnescaping: escaped, hasNonASCII: nonASCII)
    }

    /// Free text (a company name, a halt reason): control characters stripped, at most `limit` characters.
    func displayText(_ value: JSONValue, _ field: String, limit: Int = 120) throws(DecodeFailure) -> String {
        String(TerminalSafe.sanitize(try string(value, field)).prefix(limit))
    }

    /// A security code, validated on the raw bytes before any `String` is made (the common, fast case).
    func symbol(_ value: JSONValue, _ field: String) throws(DecodeFailure) -> Symbol {
        if case .string(let range, false, false) = value {
            let raw = UnsafeBufferPointer(rebasing: bytes[range])
            guard Symbol.isValid(raw) else { throw DecodeFailure(reason: .badSymbol, detail: field) }
            return Symbol(validated: String(decoding: raw, as: UTF8.self))
        }
        guard let symbol = Symbol(try string(value, field)) else { throw DecodeFailure(reason: .badSymbol, detail: field) }
        return symbol
    }

    /// A broker code such as `COL`: 1–8 ASCII letters or digits.
    func brokerCode(_ value: JSONValue, _ field: String) throws(DecodeFailure) -> String {
        let code = try string(value, field)
        guard (1...8).contains(code.utf8.count),
            code.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x41...0x5A).contains($0 & 0xDF) })
        else {
            throw DecodeFailure(reason: .badValue, detail: field)
        }
        return code
    }

    /// A figure that is not a price nor a count (`freeFloat`, `divisor`): a JSON number with at most `decimals`
    /// decimals, read exactly as fixed point and only then made a `Double`, within `bounds`.
    func fixedPoint(_ value: JSONValue, _ field: String, decimals: Int, within bounds: ClosedRange<Double>)
        throws(DecodeFailure) -> Double
    {
        guard case .number(let range) = value else { throw DecodeFailure(reason: .wrongType, detail: field) }
        let units = try JSONScanner.decimal(bytes[range], scale: decimals, field)
        let figure = Double(units) / Double(DecimalText.power(decimals))
        guard bounds.contains(figure) else { throw DecodeFailure(reason: .outOfRange, detail: field) }
        return figure
    }

    /// The symbols of the array scanned under `arrayKey`: each a valid symbol, at least one, at most
    /// `WireBounds.maximumIndexMembers`, none twice.
    func symbolList(_ value: JSONValue, _ field: String) throws(DecodeFailure) -> [Symbol] {
        guard case .nested(let range) = value, bytes[range.lowerBound] == UInt8(ascii: "[") else {
            throw DecodeFailure(reason: .wrongType, detail: field)
        }
        guard arrayElements.count <= WireBounds.maximumIndexMembers else {
            throw DecodeFailure(reason: .outOfRange, detail: field)
        }
        var symbols: [Symbol] = []
        symbols.reserveCapacity(arrayElements.count)
        for element in arrayElements { symbols.append(try symbol(element, field)) }
        guard !symbols.isEmpty, Set(symbols).count == symbols.count else {
            throw DecodeFailure(reason: .badValue, detail: field)
        }
        return symbols
    }

    func enumeration<E: RawRepresentable>(_ value: JSONValue, _ field: String, unknown: DecodeError.Reason = .badValue)
        throws(DecodeFailure) -> E where E.RawValue == String
    {
        guard let result = E(rawValue: try string(value, field)) else { throw DecodeFailure(reason: unknown, detail: field) }
        return result
    }

    /// A calendar date `YYYY-MM-DD`.
    func date(_ value: JSONValue, _ field: String) throws(DecodeFailure) -> String {
        let text = try string(value, field)
        let bytes = Array(text.utf8)
        let digitsAt = [0, 1, 2, 3, 5, 6, 8, 9]
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            digitsAt.allSatisfy({ (0x30...0x39).contains(bytes[$0]) })
        else {
            throw DecodeFailure(reason: .badValue, detail: field)
        }
        let month = Int(bytes[5] - 0x30) * 10 + Int(bytes[6] - 0x30)
        let day = Int(bytes[8] - 0x30) * 10 + Int(bytes[9] - 0x30)
        guard (1...12).contains(month), (1...31).contains(day) else { throw DecodeFailure(reason: .badValue, detail: field) }
        return text
    }

    /// Schema version: absent or 1.
    func checkVersion(_ value: JSONValue) throws(DecodeFailure) {
        guard (try? integer(value, "v")) == 1 else { throw DecodeFailure(reason: .unknownVersion, detail: "v") }
    }

    private static func decimal(_ text: Slice<UnsafeBufferPointer<UInt8>>, scale: Int, _ field: String)
        throws(DecodeFailure) -> Int64
    {
        switch DecimalParser.parse(text, scale: scale) {
        case .value(let value): return value
        case .malformed, .tooPrecise: throw DecodeFailure(reason: .badNumber, detail: field)
        case .outOfRange: throw DecodeFailure(reason: .outOfRange, detail: field)
        }
    }
}

/// Remembers which fields a message has had, to reject duplicates and name the missing ones.
struct FieldSet {
    private var seen: UInt32 = 0

    /// Marks field number `bit` as seen; a second occurrence is a `duplicateField` rejection.
    mutating func mark(_ bit: Int, _ field: String) throws(DecodeFailure) {
        let mask: UInt32 = 1 << bit
        guard seen & mask == 0 else { throw DecodeFailure(reason: .duplicateField, detail: field) }
        seen |= mask
    }
}

/// Unwraps a required field or rejects the record naming it.
func required<T>(_ value: T?, _ field: String) throws(DecodeFailure) -> T {
    guard let value else { throw DecodeFailure(reason: .missingField, detail: field) }
    return value
}
