/// Parses JSON number text (`-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`) exactly into a scaled `Int64`,
/// so `"31.45"` at scale 4 is 314,500 and never passes through `Double`.
enum DecimalParser {
    enum Result: Equatable {
        case value(Int64)
        /// Not a JSON number (`00012`, `1.`, `.5`, `+1`, `1e`, …).
        case malformed
        /// More fractional digits than the scale keeps (a price with five decimals, a quantity of 1.5).
        case tooPrecise
        /// Does not fit in 64 bits at this scale (`1e309`, 20-digit integers, 9223372036854775808).
        case outOfRange
    }

    private static let powersOfTen: [Int64] = (0...18).map { exponent in
        (0..<exponent).reduce(Int64(1)) { product, _ in product * 10 }
    }

    static func parse(_ bytes: ArraySlice<UInt8>, scale: Int) -> Result {
        bytes.withUnsafeBufferPointer { parse($0, scale: scale) }
    }

    static func parse(_ bytes: Slice<UnsafeBufferPointer<UInt8>>, scale: Int) -> Result {
        parse(UnsafeBufferPointer(rebasing: bytes), scale: scale)
    }

    /// True when `text` is a JSON number, whatever its value (judged at a scale that keeps prices on the plain path).
    static func isNumber(_ text: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        parse(text, scale: 4) != .malformed
    }

    static func parse(_ text: UnsafeBufferPointer<UInt8>, scale: Int) -> Result {
        if let (value, end) = parsePlain(text, from: 0, scale: scale), end == text.count { return .value(value) }
        return parseGeneral(text, scale: scale)
    }

    /// The common case in one pass, reading a number where it stands in `bytes` (at `start`): `-?digits(.digits)?`
    /// with no exponent, no more fractional digits than the scale and at most 18 digits in all, followed by a byte
    /// that cannot continue a JSON number (or the end). The value and the position after it; nil for anything else
    /// (which the general path then judges).
    @inline(__always)
    static func parsePlain(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, scale: Int) -> (value: Int64, end: Int)? {
        let count = bytes.count
        var index = start
        let negative = index < count && bytes[index] == UInt8(ascii: "-")
        if negative { index += 1 }
        let integerStart = index
        var value: Int64 = 0
        while index < count, case let digit = bytes[index] &- 0x30, digit < 10 {
            value = value &* 10 &+ Int64(digit)
            index += 1
        }
        let integerDigits = index - integerStart
        guard integerDigits > 0, integerDigits + scale <= 18,
            bytes[integerStart] != UInt8(ascii: "0") || integerDigits == 1
        else { return nil }
        var fractionDigits = 0
        if index < count, bytes[index] == UInt8(ascii: ".") {
            index += 1
            while index < count, case let digit = bytes[index] &- 0x30, digit < 10, fractionDigits < scale {
                value = value &* 10 &+ Int64(digit)
                fractionDigits += 1
                index += 1
            }
            guard fractionDigits > 0 else { return nil }
        }
        guard index == count || !JSONScanner.isNumberByte(bytes[index]) else { return nil }
        for _ in fractionDigits..<scale { value = value &* 10 }
        return (negative ? -value : value, index)
    }

    private static func parseGeneral(_ text: UnsafeBufferPointer<UInt8>, scale: Int) -> Result {
        var index = 0
        let count = text.count
        let negative = index < count && text[index] == UInt8(ascii: "-")
        if negative { index += 1 }

        // Integer part: "0" or a non-zero digit followed by digits.
        let integerStart = index
        while index < count, isDigit(text[index]) { index += 1 }
        var integerEnd = index
        if integerEnd == integerStart { return .malformed }
        if text[integerStart] == UInt8(ascii: "0") && integerEnd - integerStart > 1 { return .malformed }

        var fractionStart = index
        var fractionEnd = index
        if index < count && text[index] == UInt8(ascii: ".") {
            index += 1
            fractionStart = index
            while index < count, isDigit(text[index]) { index += 1 }
            fractionEnd = index
            if fractionEnd == fractionStart { return .malformed }
        }

        var exponent = 0
        if index < count && (text[index] | 0x20) == UInt8(ascii: "e") {
            index += 1
            var exponentNegative = false
            if index < count && (text[index] == UInt8(ascii: "+") || text[index] == UInt8(ascii: "-")) {
                exponentNegative = text[index] == UInt8(ascii: "-")
                index += 1
            }
            let exponentStart = index
            while index < count, isDigit(text[index]) {
                exponent = min(exponent * 10 + Int(text[index] &- 0x30), 100_000)
                index += 1
            }
            if index == exponentStart { return .malformed }
            if exponentNegative { exponent = -exponent }
        }
        if index != count { return .malformed }

        // Trailing zeros carry no information: drop them from the fraction, then from the integer part.
        while fractionEnd > fractionStart && text[fractionEnd - 1] == UInt8(ascii: "0") { fractionEnd -= 1 }
        if fractionEnd == fractionStart {
            while integerEnd > integerStart + 1 && text[integerEnd - 1] == UInt8(ascii: "0") {
                integerEnd -= 1
                exponent += 1
            }
        }

        var mantissa: Int64 = 0
        for position in integerStart..<integerEnd {
            guard accumulate(text[position], into: &mantissa) else { return .outOfRange }
        }
        for position in fractionStart..<fractionEnd {
            guard accumulate(text[position], into: &mantissa) else { return .outOfRange }
        }
        if mantissa == 0 { return .value(0) }

        let shift = exponent - (fractionEnd - fractionStart) + scale
        if shift < 0 { return .tooPrecise }
        if shift > 18 { return .outOfRange }
        let (scaled, overflow) = mantissa.multipliedReportingOverflow(by: powersOfTen[shift])
        if overflow { return .outOfRange }
        return .value(negative ? -scaled : scaled)
    }

    @inline(__always)
    private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// Appends a digit to `mantissa`; false when the result no longer fits in an Int64.
    @inline(__always)
    private static func accumulate(_ digit: UInt8, into mantissa: inout Int64) -> Bool {
        let (shifted, shiftOverflow) = mantissa.multipliedReportingOverflow(by: 10)
        let (sum, sumOverflow) = shifted.addingReportingOverflow(Int64(digit &- 0x30))
        mantissa = sum
        return !shiftOverflow && !sumOverflow
    }
}
