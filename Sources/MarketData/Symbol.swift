/// A PSE security code such as `ALI` or `MONDE`: 1–12 characters of A–Z, 0–9, `.` or `-`, starting with a letter.
///
/// Held as its bytes in two words (`PackedASCII`), so the reducer's lookups by symbol hash and compare integers; the
/// text is made when shown (`code`).
public struct Symbol: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    /// The code's first eight bytes and the rest (at most four), packed.
    @usableFromInline let head: UInt64
    @usableFromInline let tail: UInt64

    /// The most characters a code has.
    static let maximumLength = 12

    /// Nil unless `code` is a well-formed PSE security code.
    public init?(_ code: String) {
        guard let symbol = PackedASCII.withBytes(of: code, Symbol.init(bytes:)) else { return nil }
        self = symbol
    }

    /// Nil unless `bytes` are a well-formed PSE security code: validated and packed in one pass (the decoder's path).
    @inline(__always)
    init?(bytes: UnsafeBufferPointer<UInt8>) {
        let count = bytes.count
        guard count >= 1, count <= Symbol.maximumLength, Symbol.isLetter(bytes[0]),
            let head = PackedASCII.pack(bytes, 0..<min(count, 8), allowing: Symbol.isAllowed),
            let tail = PackedASCII.pack(bytes, min(count, 8)..<count, allowing: Symbol.isAllowed)
        else { return nil }
        self.head = head
        self.tail = tail
    }

    /// Nil unless `text` is a well-formed code: `init(bytes:)` for a code of at most eight bytes, all of them
    /// tested at once (the fast paths' way).
    @inline(__always)
    init?(text: ShortText) {
        let word = text.bytes
        let allowed =
            word.lanes(in: UInt8(ascii: "A")...UInt8(ascii: "Z")) | word.lanes(in: UInt8(ascii: "0")...UInt8(ascii: "9"))
            | word.lanes(in: UInt8(ascii: "-")...UInt8(ascii: "."))
        guard Symbol.isLetter(UInt8(truncatingIfNeeded: word.value)), text.hasEvery(allowed) else { return nil }
        head = word.packed
        tail = 0
    }

    /// For literals in code and tests; traps on a malformed literal.
    public init(stringLiteral value: String) {
        guard let symbol = Symbol(value) else { preconditionFailure("malformed symbol literal \(value)") }
        self = symbol
    }

    /// The code as text.
    public var code: String { tail == 0 ? PackedASCII.text(head) : PackedASCII.text(head, tail) }

    /// True when `bytes` (a record's key) are this code.
    @inline(__always)
    func isCode(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        // The length first (a zero byte would compare like the padding), then each byte against the code's, first
        // byte highest in `head`, then `tail`'s.
        guard bytes.count == PackedASCII.count(head) + PackedASCII.count(tail) else { return false }
        var (rest, more) = (head, tail)
        for byte in bytes {
            guard UInt8(truncatingIfNeeded: rest &>> 56) == byte else { return false }
            (rest, more) = (rest &<< 8 | more &>> 56, more &<< 8)
        }
        return true
    }

    @inlinable public static func < (lhs: Symbol, rhs: Symbol) -> Bool { (lhs.head, lhs.tail) < (rhs.head, rhs.tail) }

    @inlinable public static func == (lhs: Symbol, rhs: Symbol) -> Bool { lhs.head == rhs.head && lhs.tail == rhs.tail }

    @inlinable public func hash(into hasher: inout Hasher) {
        hasher.combine(head)
        if tail != 0 { hasher.combine(tail) }
    }

    public var description: String { code }

    @inline(__always)
    private static func isLetter(_ byte: UInt8) -> Bool { byte &- 0x41 < 26 }

    @inline(__always)
    private static func isAllowed(_ byte: UInt8) -> Bool {
        isLetter(byte) || byte &- 0x30 < 10 || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-")
    }
}
