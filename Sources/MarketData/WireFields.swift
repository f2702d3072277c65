/// Typed member readers: each reads the value at the scanner as its field, then ends the member.
///
/// A member is judged in the order a reader of whole members would: the value's JSON syntax and the separator after
/// it first, then whether the field came twice (`duplicate field`), and only then whether the value is right for the
/// field — so every reader produces its verdict as a `FieldValue` and `member` throws it last. The plain shapes
/// (digits with an optional fraction, ASCII strings without escapes) are read straight from the bytes; anything
/// else goes through the general scanner (`JSONScanner.value`), which judges it exactly.
extension JSONScanner {
    /// A price: a JSON number, or a string holding one (no escapes), with at most four decimals.
    @inline(__always)
    mutating func price(_ bit: Int, _ field: String) throws(DecodeFailure) -> Price {
        let value = try priceValue()
        return try member(value, bit, field)
    }

    /// A side of the book: a price, or `null` for an empty side.
    mutating func optionalPrice(_ bit: Int, _ field: String) throws(DecodeFailure) -> Price? {
        if index < bytes.count, bytes[index] == UInt8(ascii: "n") {
            _ = try value()
            return try member(.success(nil), bit, field)
        }
        let value = try priceValue()
        return try member(value.map { $0 }, bit, field)
    }

    @inline(__always)
    mutating func quantity(_ bit: Int, _ field: String) throws(DecodeFailure) -> Quantity {
        let value = try integerValue().flatMap { shares in Self.verdict(Quantity(shares), WireRules.quantity(shares)) }
        return try member(value, bit, field)
    }

    /// An event time: epoch milliseconds within `WireRules.eventTime`.
    @inline(__always)
    mutating func timestamp(_ bit: Int, _ field: String) throws(DecodeFailure) -> EpochMillis {
        let value = try integerValue().flatMap { millis in Self.verdict(millis, WireRules.eventTime(millis)) }
        return try member(value, bit, field)
    }

    @inline(__always)
    mutating func sequence(_ bit: Int, _ field: String) throws(DecodeFailure) -> Int64 {
        let value = try integerValue().flatMap { seq in Self.verdict(seq, WireRules.sequence(seq)) }
        return try member(value, bit, field)
    }

    /// Schema version: absent or 1.
    @inline(__always)
    mutating func version(_ bit: Int) throws(DecodeFailure) {
        let value = try integerValue()
        let accepted = (try? value.get()).map { WireRules.version($0) == nil } ?? false
        let supported: FieldValue<Void> = accepted ? .success(()) : .failure(FieldRejection(.unknownVersion))
        try member(supported, bit, "v")
    }

    /// A security code, validated and packed on the raw bytes (the common, fast case).
    @inline(__always)
    mutating func symbol(_ bit: Int, _ field: String) throws(DecodeFailure) -> Symbol {
        let value: FieldValue<Symbol>
        if let range = plainString() {
            value = Symbol(bytes: UnsafeBufferPointer(rebasing: bytes[range])).map { .success($0) } ?? .failure(FieldRejection(.badSymbol))
        } else {
            value = symbolValue(try self.value())
        }
        return try member(value, bit, field)
    }

    /// A broker code such as `COL`: 1–8 ASCII letters or digits.
    @inline(__always)
    mutating func brokerCode(_ bit: Int, _ field: String) throws(DecodeFailure) -> BrokerCode {
        let value: FieldValue<BrokerCode>
        if let range = plainString() {
            value =
                BrokerCode(bytes: UnsafeBufferPointer(rebasing: bytes[range])).map { .success($0) } ?? .failure(FieldRejection(.badValue))
        } else {
            value = stringValue(try self.value()).flatMap { code in
                BrokerCode(code).map { .success($0) } ?? .failure(FieldRejection(.badValue))
            }
        }
        return try member(value, bit, field)
    }

    /// One of an enumeration's raw values; anything else is rejected as `unknown`.
    @inline(__always)
    mutating func enumeration<E: WireEnumeration>(_ bit: Int, _ field: String, unknown: DecodeError.Reason = .badValue)
        throws(DecodeFailure) -> E
    {
        let value: FieldValue<E>
        if let range = plainString() {
            value = E(wireBytes: UnsafeBufferPointer(rebasing: bytes[range])).map { .success($0) } ?? .failure(FieldRejection(unknown))
        } else {
            value = stringValue(try self.value()).flatMap { text in
                E(rawValue: text).map { .success($0) } ?? .failure(FieldRejection(unknown))
            }
        }
        return try member(value, bit, field)
    }

    mutating func string(_ bit: Int, _ field: String) throws(DecodeFailure) -> String {
        let value = stringValue(try self.value())
        return try member(value, bit, field)
    }

    /// Free text (a company name, a halt reason): control characters stripped, at most `limit` characters.
    mutating func displayText(_ bit: Int, _ field: String, limit: Int = 120) throws(DecodeFailure) -> String {
        String(TerminalSafe.sanitize(try string(bit, field)).prefix(limit))
    }

    /// A calendar date `YYYY-MM-DD`.
    mutating func date(_ bit: Int, _ field: String) throws(DecodeFailure) -> String {
        let value = stringValue(try self.value()).flatMap { text in
            Self.isDate(Array(text.utf8)) ? .success(text) : .failure(FieldRejection(.badValue))
        }
        return try member(value, bit, field)
    }

    /// A figure that is not a price nor a count (`freeFloat`, `divisor`): a JSON number with at most `decimals`
    /// decimals, read exactly as fixed point and only then made a `Double`, within `bounds`.
    mutating func fixedPoint(_ bit: Int, _ field: String, decimals: Int, within bounds: ClosedRange<Double>)
        throws(DecodeFailure) -> Double
    {
        let value = try decimalValue(scale: decimals).flatMap { units -> FieldValue<Double> in
            let figure = Double(units) / Double(DecimalText.power(decimals))
            return bounds.contains(figure) ? .success(figure) : .failure(FieldRejection(.outOfRange))
        }
        return try member(value, bit, field)
    }

    /// The symbols of the array scanned under `arrayKey`: each a valid symbol, at least one, at most
    /// `WireBounds.maximumIndexMembers`, none twice.
    mutating func symbolList(_ bit: Int, _ field: String) throws(DecodeFailure) -> [Symbol] {
        let scanned = try self.value()
        var value: FieldValue<[Symbol]> = .failure(FieldRejection(.wrongType))
        if case .nested(let range) = scanned, bytes[range.lowerBound] == UInt8(ascii: "[") {
            value = symbolList(arrayElements)
        }
        return try member(value, bit, field)
    }

    /// A member this message does not know: its value is checked and passed over.
    mutating func skipMember() throws(DecodeFailure) {
        _ = try value()
        try endMember()
    }

    /// Ends the member whose value was read as `value`: its separator, then a repeat of field `bit`, then the
    /// value's own rejection, named `field`.
    @inline(__always)
    private mutating func member<T>(_ value: FieldValue<T>, _ bit: Int, _ field: String) throws(DecodeFailure) -> T {
        try endMember()
        try seen.mark(bit, field)
        switch value {
        case .success(let result): return result
        case .failure(let rejection): throw DecodeFailure(reason: rejection.reason, detail: rejection.detail ?? field)
        }
    }

    @inline(__always)
    private mutating func priceValue() throws(DecodeFailure) -> FieldValue<Price> {
        let units: FieldValue<Int64>
        if let range = plainString() {
            units = Self.decimal(UnsafeBufferPointer(rebasing: bytes[range]), scale: 4)
        } else if let (plain, end) = DecimalParser.parsePlain(bytes, from: index, scale: 4) {
            index = end
            units = .success(plain)
        } else {
            switch try value() {
            case .number(let range): units = Self.decimal(UnsafeBufferPointer(rebasing: bytes[range]), scale: 4)
            case .string(let range, let escaped, _):
                units = escaped ? .failure(FieldRejection(.badNumber)) : Self.decimal(UnsafeBufferPointer(rebasing: bytes[range]), scale: 4)
            default: units = .failure(FieldRejection(.wrongType))
            }
        }
        return units.flatMap { units in Self.verdict(Price(units: units), WireRules.price(units)) }
    }

    /// An integer field (`qty`, `ts`, `seq`, `boardLot`, `v`): a JSON number with no fractional part.
    @inline(__always)
    private mutating func integerValue() throws(DecodeFailure) -> FieldValue<Int64> { try decimalValue(scale: 0) }

    /// A JSON number at `scale`: plain digits accumulated where they stand, anything else scanned and judged whole.
    @inline(__always)
    private mutating func decimalValue(scale: Int) throws(DecodeFailure) -> FieldValue<Int64> {
        if let (units, end) = DecimalParser.parsePlain(bytes, from: index, scale: scale) {
            index = end
            return .success(units)
        }
        guard case .number(let range) = try value() else { return .failure(FieldRejection(.wrongType)) }
        return Self.decimal(UnsafeBufferPointer(rebasing: bytes[range]), scale: scale)
    }

    /// `value`, or its rejection for `reason`.
    @inline(__always)
    private static func verdict<T>(_ value: T, _ reason: DecodeError.Reason?) -> FieldValue<T> {
        reason.map { .failure(FieldRejection($0)) } ?? .success(value)
    }

    /// A string's text; a bad escape or invalid UTF-8 in it is its rejection, with the scanner's own detail.
    private func stringValue(_ value: JSONValue) -> FieldValue<String> {
        guard case .string(let range, let escaped, let nonASCII) = value else { return .failure(FieldRejection(.wrongType)) }
        do throws(DecodeFailure) {
            return .success(try text(range, needsUnescaping: escaped, hasNonASCII: nonASCII))
        } catch {
            return .failure(FieldRejection(error.reason, detail: error.detail))
        }
    }

    private func symbolValue(_ value: JSONValue) -> FieldValue<Symbol> {
        stringValue(value).flatMap { text in Symbol(text).map { .success($0) } ?? .failure(FieldRejection(.badSymbol)) }
    }

    private func symbolList(_ elements: [JSONValue]) -> FieldValue<[Symbol]> {
        guard elements.count <= WireBounds.maximumIndexMembers else { return .failure(FieldRejection(.outOfRange)) }
        var symbols: [Symbol] = []
        symbols.reserveCapacity(elements.count)
        for element in elements {
            switch symbolValue(element) {
            case .success(let symbol): symbols.append(symbol)
            case .failure(let rejection): return .failure(rejection)
            }
        }
        guard !symbols.isEmpty, Set(symbols).count == symbols.count else { return .failure(FieldRejection(.badValue)) }
        return .success(symbols)
    }

    private static func isDate(_ bytes: [UInt8]) -> Bool {
        let digitsAt = [0, 1, 2, 3, 5, 6, 8, 9]
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            digitsAt.allSatisfy({ (0x30...0x39).contains(bytes[$0]) })
        else { return false }
        let month = Int(bytes[5] - 0x30) * 10 + Int(bytes[6] - 0x30)
        let day = Int(bytes[8] - 0x30) * 10 + Int(bytes[9] - 0x30)
        return (1...12).contains(month) && (1...31).contains(day)
    }

    private static func decimal(_ text: UnsafeBufferPointer<UInt8>, scale: Int) -> FieldValue<Int64> {
        switch DecimalParser.parse(text, scale: scale) {
        case .value(let value): .success(value)
        case .malformed, .tooPrecise: .failure(FieldRejection(.badNumber))
        case .outOfRange: .failure(FieldRejection(.outOfRange))
        }
    }
}

/// A member value's verdict: the value, or why it is wrong for its field (named when the member ends).
typealias FieldValue<T> = Result<T, FieldRejection>

/// Why a well-formed value is wrong for its field.
struct FieldRejection: Error {
    let reason: DecodeError.Reason
    /// What the rejection names; nil for the field itself.
    let detail: String?

    init(_ reason: DecodeError.Reason, detail: String? = nil) {
        self.reason = reason
        self.detail = detail
    }
}

/// Remembers which fields a message has had, to reject duplicates and name the missing ones.
struct FieldSet {
    private var seen: UInt32 = 0

    /// Marks field number `bit` as seen; a second occurrence is a `duplicateField` rejection.
    @inline(__always)
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
