/// Reads the compact shape our producers write — one JSON object, no whitespace, members with plain values, in the
/// order `WireCodec.encode` writes them — in one forward pass, for the fast paths of the busiest messages
/// (`TradeFastPath`, `QuoteFastPath`). Every reader gives false or nil at the first thing outside that shape, and the
/// fast path then steps aside for `JSONScanner`, which reads every valid record, in any order, and names what is
/// wrong with the rest. So the shape accepted here must be valid JSON: numbers are plain digits (no leading zero)
/// with an optional fraction, strings are at most 12 bytes that the caller's type validates (which excludes quotes,
/// escapes and control bytes).
///
/// A member's name is matched with its separator, quotes and colon as one or two words compared with constants
/// (`member`), a short string's closing quote is found in one word (`shortString`) and a run of digits is read in
/// one (`number`). The readers are `@_transparent`: under `@inline(__always)` the optimiser left them as calls,
/// which cost 150 instructions a trade record (callgrind).
struct CompactObjectReader {
    let bytes: UnsafeBufferPointer<UInt8>
    /// The position of the next byte to read: the separator before the next member, or the closing brace.
    private var index = 0
    /// Whether `version` has read a `v` member.
    private var versionRead = false

    /// Nil unless `bytes` are braces around at least one byte.
    @_transparent
    init?(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count > 2, bytes[0] == UInt8(ascii: "{"), bytes[bytes.count - 1] == UInt8(ascii: "}") else { return nil }
        self.bytes = bytes
    }

    /// True, stepping over it to its value, when member `name` (at most seven bytes) starts here: its separator
    /// (the opening brace before the first member, a comma after), its quoted name and the colon.
    @_transparent
    mutating func member(_ name: StaticString) -> Bool {
        let start = ByteWord.memberStart(name)
        let separator = UInt64(index == 0 ? UInt8(ascii: "{") : UInt8(ascii: ","))
        guard ByteWord(bytes, at: index).prefix(start.count).value == start.head | separator else { return false }
        if start.count > 8 {
            guard ByteWord(bytes, at: index &+ 8).prefix(start.count &- 8).value == start.tail else { return false }
        }
        index &+= start.count
        return true
    }

    /// False when member `v` starts here with a version `WireRules` rejects, or is there a second time; otherwise
    /// true, stepping over it when it is there. Producers that write it write it first or last.
    @_transparent
    mutating func version() -> Bool {
        guard member("v") else { return true }
        guard !versionRead, integer(accepting: WireRules.version) != nil else { return false }
        versionRead = true
        return true
    }

    /// True at the closing brace that ends the bytes, after the last member.
    @_transparent
    var atEnd: Bool { index > 0 && index == bytes.count &- 1 }

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

    /// A string of 1–8 bytes, read as one word: its bytes and how many there are, left after its closing quote.
    /// Nil when there is no such string (`plainString` reads longer ones).
    @_transparent
    mutating func shortString() -> ShortText? {
        guard index < bytes.count, bytes[index] == UInt8(ascii: "\"") else { return nil }
        let word = ByteWord(bytes, at: index &+ 1)
        let count: Int
        if let quote = word.firstIndex(of: UInt8(ascii: "\"")) {
            count = quote
        } else {
            guard index &+ 9 < bytes.count, bytes[index &+ 9] == UInt8(ascii: "\"") else { return nil }
            count = 8
        }
        guard count > 0 else { return nil }
        index &+= count &+ 2
        return ShortText(bytes: word.prefix(count), count: count)
    }

    /// A security code: one of at most seven bytes tested at once (`Symbol(text:)`), a longer one byte by byte.
    @_transparent
    mutating func symbol() -> Symbol? {
        if let text = shortString() { return Symbol(text: text) }
        guard let text = plainString() else { return nil }
        return Symbol(bytes: text)
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

/// A string of 1–8 bytes held in one word (`CompactObjectReader.shortString`), which the codes and enumerations of a
/// trade are read from with a few word operations instead of a loop over the bytes.
struct ShortText {
    /// The bytes, the lanes after them zero.
    let bytes: ByteWord
    /// How many bytes (1–8); the bytes may include zero bytes, which no code admits.
    let count: Int

    @inline(__always)
    init(bytes: ByteWord, count: Int) {
        self.bytes = bytes
        self.count = count
    }

    /// `buffer`'s bytes; nil unless there are 1–8.
    @inline(__always)
    init?(_ buffer: UnsafeBufferPointer<UInt8>) {
        guard buffer.count >= 1, buffer.count <= 8 else { return nil }
        self.init(bytes: ByteWord(buffer, at: 0).prefix(buffer.count), count: buffer.count)
    }

    /// True when the text is `literal`.
    @inline(__always)
    func equals(_ literal: StaticString) -> Bool {
        count == literal.utf8CodeUnitCount && bytes.value == ByteWord(literal).value
    }

    /// True when `flags` (`ByteWord.lanes(in:)` of the bytes, or-ed) has every byte's lane.
    @inline(__always)
    func hasEvery(_ flags: UInt64) -> Bool {
        let wanted = ByteWord.highBits(ofFirst: count)
        return flags & wanted == wanted
    }
}
