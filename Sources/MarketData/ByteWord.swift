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
        if start + 8 <= bytes.count, let base = bytes.baseAddress {
            value = UInt64(littleEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
        } else {
            var word: UInt64 = 0
            for offset in 0..<max(0, min(8, bytes.count - start)) { word |= UInt64(bytes[start + offset]) << (8 * offset) }
            value = word
        }
    }

    /// True when the word begins with `pattern`'s bytes (at most eight; folded to two constants when inlined).
    @inline(__always)
    func starts(with pattern: StaticString) -> Bool {
        let count = pattern.utf8CodeUnitCount
        var expected: UInt64 = 0
        for offset in 0..<count { expected |= UInt64(pattern.utf8Start[offset]) << (8 * offset) }
        let mask: UInt64 = count >= 8 ? ~0 : (1 << (8 * UInt64(count))) &- 1
        return value & mask == expected
    }

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
