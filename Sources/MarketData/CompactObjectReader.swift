/// Reads the compact shape producers write — one JSON object, no whitespace, members with plain values — in one
/// tight pass, for the fast paths of the busiest messages (`TradeFastPath`, `QuoteFastPath`). Every reader gives nil
/// at the first thing outside that shape, and the fast path then steps aside for `JSONScanner`, which reads every
/// valid record and names what is wrong with the rest. So the shape accepted here must be valid JSON: numbers are
/// plain digits (no leading zero) with an optional fraction, strings are at most 12 bytes that the caller's type
/// validates (which excludes quotes, escapes and control bytes).
///
/// The readers are `@_transparent`: under `@inline(__always)` the optimiser left them as calls, which cost 150
/// instructions a trade record (callgrind).
struct CompactObjectReader {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The position of the next byte to read.
    private var index = 1

    /// Nil unless `bytes` are braces around at least one byte.
    @_transparent
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count > 2, bytes[0] == UInt8(ascii: "{"), bytes[bytes.count - 1] == UInt8(ascii: "}") else { return nil }
        self.bytes = bytes
    }

    /// The field the next member's name is, stepped over with its quotes and colon and marked in `seen` (a bit per
    /// field); nil when no name starts here, it is no `Field`, no colon follows or `seen` already has the field.
    @_transparent
    mutating func nextField<Field: CompactField>(seen: inout UInt16) -> Field? {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\""),
            let (found, length) = Field.matching(ByteWord(bytes, at: index &+ 1)), seen & found.rawValue == 0
        else { return nil }
        index &+= length &+ 2
        guard index < bytes.count, bytes[index] == UInt8(ascii: ":") else { return nil }
        index &+= 1
        seen |= found.rawValue
        return found
    }

    /// After a member's value: true at a comma (another member follows), false at the closing brace that ends the
    /// bytes, nil at anything else.
    @_transparent
    mutating func nextMember() -> Bool? {
        guard index < bytes.count else { return nil }
        if bytes[index] == UInt8(ascii: ",") {
            index &+= 1
            return true
        }
        return index == bytes.count - 1 ? false : nil
    }

    /// True, stepping over it, when the value is `null`.
    @_transparent
    mutating func null() -> Bool {
        guard ByteWord(bytes, at: index).starts(with: "null") else { return false }
        index &+= 4
        return true
    }

    /// A whole number (`number(scale: 0)`) that `rule` accepts (`WireRules`).
    @_transparent
    mutating func integer(accepting rule: (Int64) -> DecodeError.Reason?) -> Int64? {
        guard let value = number(scale: 0), rule(value) == nil else { return nil }
        return value
    }

    /// A plain non-negative number as fixed point at `scale`: digits without a leading zero and, at scale 4, a
    /// fraction of one to four digits; nil for anything else (a sign, an exponent, more decimals, more than 18
    /// digits at the scale).
    @_transparent
    mutating func number(scale: Int) -> Int64? {
        var word = ByteWord(bytes, at: index)
        var digits = word.leadingDigits
        guard digits > 0, bytes[index] != UInt8(ascii: "0") || digits == 1 else { return nil }
        var value = word.digitsValue(digits)
        var end = index + digits
        if digits == 8 {
            word = ByteWord(bytes, at: end)
            let more = word.leadingDigits
            if more > 0 {
                value = value &* Self.power(more) &+ word.digitsValue(more)
                digits += more
                end += more
            }
        }
        guard digits + scale <= 18 else { return nil }
        var decimals = 0
        if end < bytes.count, bytes[end] == UInt8(ascii: ".") {
            word = ByteWord(bytes, at: end + 1)
            decimals = word.leadingDigits
            guard decimals > 0, decimals <= scale else { return nil }
            value = value &* Self.power(decimals) &+ word.digitsValue(decimals)
            end += 1 + decimals
        }
        index = end
        return value &* Self.power(scale - decimals)
    }

    /// The bytes of a string of at most 12 bytes (left after its closing quote); nil when there is no such string.
    @inline(__always)
    mutating func plainString() -> UnsafeBufferPointer<UInt8>? {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
        let start = index + 1
        var end = start
        while end < bytes.count, end - start <= Symbol.maximumLength, bytes[end] != UInt8(ascii: "\"") { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else { return nil }
        index = end + 1
        return UnsafeBufferPointer(rebasing: bytes[start..<end])
    }

    /// 10 to the `exponent` (0–8).
    @inline(__always)
    private static func power(_ exponent: Int) -> Int64 {
        switch exponent {
        case 0: 1
        case 1: 10
        case 2: 100
        case 3: 1_000
        case 4: 10_000
        case 5: 100_000
        case 6: 1_000_000
        case 7: 10_000_000
        default: 100_000_000
        }
    }
}

/// A message's fields as its fast path reads them: each a bit of the fields seen, found by its name.
protocol CompactField: RawRepresentable<UInt16> {
    /// The field whose name and closing quote the eight bytes after a name's opening quote start with (compared as
    /// one word), and the name's length.
    static func matching(_ word: ByteWord) -> (Self, Int)?
}
