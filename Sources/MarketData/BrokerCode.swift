/// A PSE trading participant's code as a trade carries it (`COL`, `FW`, `10`): 1–8 ASCII letters or digits, held
/// packed in one word (`PackedASCII`) so a trade holds no `String` and a broker table hashes an integer.
public struct BrokerCode: Hashable, Comparable, Sendable, CustomStringConvertible, ExpressibleByStringLiteral {
    @usableFromInline let packed: UInt64

    /// The most characters a code has.
    static let maximumLength = 8

    /// Nil unless `code` is 1–8 ASCII letters or digits.
    public init?(_ code: String) {
        guard let broker = PackedASCII.withBytes(of: code, BrokerCode.init(bytes:)) else { return nil }
        self = broker
    }

    /// Nil unless `bytes` are 1–8 ASCII letters or digits: validated and packed in one pass (the decoder's path).
    @inline(__always)
    init?(bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count >= 1, bytes.count <= BrokerCode.maximumLength,
            let packed = PackedASCII.pack(bytes, 0..<bytes.count, allowing: BrokerCode.isAllowed)
        else { return nil }
        self.packed = packed
    }

    /// Nil unless `text` is a code: `init(bytes:)` for a code of at most eight bytes, all of them tested at once
    /// (the trade fast path's way).
    @inline(__always)
    init?(text: ShortText) {
        let word = text.bytes
        let allowed =
            word.caseFolded.lanes(in: UInt8(ascii: "A")...UInt8(ascii: "Z"))
            | word.lanes(in: UInt8(ascii: "0")...UInt8(ascii: "9"))
        guard text.hasEvery(allowed) else { return nil }
        packed = word.packed
    }

    /// For literals in code and tests; traps on a malformed literal.
    public init(stringLiteral value: String) {
        guard let code = BrokerCode(value) else { preconditionFailure("malformed broker code literal \(value)") }
        self = code
    }

    /// The code as text.
    public var code: String { PackedASCII.text(packed) }

    public var description: String { code }

    @inlinable public static func < (lhs: BrokerCode, rhs: BrokerCode) -> Bool { lhs.packed < rhs.packed }

    @inline(__always)
    private static func isAllowed(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 || (byte & 0xDF) &- 0x41 < 26 }
}
