/// Eight bytes of a record read as one little-endian word, so the trade fast path tests a member name with one
/// comparison and finds a run of digits without a loop (SWAR: the same test in each byte lane at once).
struct ByteWord {
    /// The bytes, the first in the lowest lane; lanes past the buffer's end are zero.
    let value: UInt64

    private static let lanes: UInt64 = 0x0101_0101_0101_0101
    private static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The eight bytes from `start` (zero past the end).
    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) {
        let count = bytes.count
        if let base = bytes.baseAddress, count >= 8, start >= 0 {
            if start &+ 8 <= count {
                value = UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
            } else if start < count {
                // Near the end: the buffer's last eight bytes, shifted so that `start` is the first lane.
                let last = UInt64(littleEndian: UnsafeRawPointer(base + (count &- 8)).loadUnaligned(as: UInt64.self))
                value = last &>> UInt64(8 &* (start &+ 8 &- count))
            } else {
                value = 0
            }
        } else {
            var word: UInt64 = 0
            for offset in 0..<max(0, min(8, count - start)) { word |= UInt64(bytes[start + offset]) << (8 * offset) }
            value = word
        }
    }

    /// `text`'s bytes (at most eight; folded to a constant when inlined on a literal).
    @inline(__always)
    init(_ text: StaticString) {
        var word: UInt64 = 0
        for offset in 0..<min(8, text.utf8CodeUnitCount) { word |= UInt64(text.utf8Start[offset]) << (8 * offset) }
        value = word
    }

    @inline(__always)
    private init(value: UInt64) { self.value = value }

    /// The first `count` bytes (0–8), the lanes after them zero.
    @inline(__always)
    func prefix(_ count: Int) -> ByteWord {
        ByteWord(value: count >= 8 ? value : value & ((1 &<< UInt64(8 &* count)) &- 1))
    }

    /// True when the word begins with `pattern`'s bytes (a pattern without zero bytes, as the literals are).
    @inline(__always)
    func starts(with pattern: ByteWord) -> Bool { prefix(pattern.count).value == pattern.value }

    /// The bytes of `"name":` after a separator's lane, for `CompactObjectReader.member`: lanes 1–7 of `head`, the
    /// rest in `tail`, and how many bytes there are with the separator (a name of at most seven bytes; folded to
    /// constants when inlined on a literal).
    @inline(__always)
    static func memberStart(_ name: StaticString) -> (head: UInt64, tail: UInt64, count: Int) {
        let length = name.utf8CodeUnitCount
        var head: UInt64 = 0, tail: UInt64 = 0
        for position in 1..<(length &+ 4) {
            let byte: UInt8 =
                switch position {
                case 1, length &+ 2: UInt8(ascii: "\"")
                case length &+ 3: UInt8(ascii: ":")
                default: name.utf8Start[position &- 2]
                }
            if position < 8 {
                head |= UInt64(byte) &<< UInt64(8 &* position)
            } else {
                tail |= UInt64(byte) &<< UInt64(8 &* (position &- 8))
            }
        }
        return (head, tail, length &+ 4)
    }

    /// True when the word begins with `text`'s bytes (at most eight; folded to two constants when inlined).
    @inline(__always)
    func starts(with text: StaticString) -> Bool { starts(with: ByteWord(text)) }

    /// How many lanes there are up to the last non-zero one: a literal's length.
    @inline(__always)
    var count: Int { 8 &- value.leadingZeroBitCount / 8 }

    /// The lane of the first `byte` (0–7), nil when no lane holds it.
    @inline(__always)
    func firstIndex(of byte: UInt8) -> Int? {
        // A lane equal to `byte` becomes zero; subtracting one from each lane borrows into the high bit of the zero
        // ones (and maybe of lanes above them, which the lowest flagged lane is below).
        let matches = value ^ (UInt64(byte) &* Self.lanes)
        let flags = (matches &- Self.lanes) & ~matches & Self.highBits
        return flags == 0 ? nil : flags.trailingZeroBitCount / 8
    }

    /// The high bit of each lane whose byte is ASCII and within `range`, the other bits zero. Exact up to the first
    /// lane that is not ASCII, which is not flagged; the lanes above it may be wrong, so a test that every lane is
    /// flagged is exact.
    @inline(__always)
    func lanes(in range: ClosedRange<UInt8>) -> UInt64 {
        // For an ASCII byte neither sum carries out of its lane: the first sets the high bit from `lowerBound` up,
        // the second from just above `upperBound` up.
        let fromLower = value &+ (0x80 &- UInt64(range.lowerBound)) &* Self.lanes
        let aboveUpper = value &+ (0x7F &- UInt64(range.upperBound)) &* Self.lanes
        return fromLower & ~aboveUpper & ~value & Self.highBits
    }

    /// The bytes with the bit that tells an ASCII letter's case cleared: letters upper-cased (other bytes changed
    /// too, so only for testing for letters).
    @inline(__always)
    var caseFolded: ByteWord { ByteWord(value: value & ~(0x20 &* Self.lanes)) }

    /// The high bit of each of the first `count` lanes (0–8).
    @inline(__always)
    static func highBits(ofFirst count: Int) -> UInt64 { ByteWord(value: highBits).prefix(count).value }

    /// The same bytes with the first in the highest lane, as `PackedASCII` keeps a code (after `prefix`, the
    /// lanes past the text are the low ones and zero).
    @inline(__always)
    var packed: UInt64 { value.byteSwapped }

    /// How many of the first bytes are ASCII digits (0–8).
    @inline(__always)
    var leadingDigits: Int {
        // A lane's high bit is set when its byte is above `9` (adding 0x46 carries into it), below `0` (subtracting
        // 0x30 borrows) or not ASCII. Carries and borrows only travel to later lanes, so the first flagged lane is
        // exact.
        let flags = ((value &+ 0x46 &* Self.lanes) | (value &- 0x30 &* Self.lanes) | value) & Self.highBits
        return flags == 0 ? 8 : flags.trailingZeroBitCount / 8
    }

    /// The value of the first `count` bytes (1–8, all digits) as a decimal number.
    @inline(__always)
    func digitsValue(_ count: Int) -> Int64 {
        // Digits to lane values, shifted so the number's first digit sits where an eight-digit number's would
        // (the lanes below hold zeros), then pairs, quads and the two halves combined with three multiplications.
        var lanes = (value &- 0x30 &* Self.lanes) &<< UInt64(8 * (8 - count))
        lanes = lanes &* 10 &+ (lanes >> 8)
        lanes =
            ((lanes & 0x0000_00FF_0000_00FF) &* (100 &+ (1_000_000 << 32))
                &+ ((lanes >> 16) & 0x0000_00FF_0000_00FF) &* (1 &+ (10_000 << 32))) >> 32
        return Int64(lanes)
    }
}
