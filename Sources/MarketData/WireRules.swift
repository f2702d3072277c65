/// What each number of a record may hold, as the reason a value is rejected (nil: accepted). The one place both
/// readers ask (`JSONScanner`'s typed field readers and the fast paths), so they cannot disagree.
enum WireRules {
    /// A schema version: 1, the one the codec reads.
    @inline(__always)
    static func version(_ value: Int64) -> DecodeError.Reason? { value == 1 ? nil : .unknownVersion }

    /// A price or index level in units: above zero, at most `WireBounds.maximumPrice`.
    @inline(__always)
    static func price(_ units: Int64) -> DecodeError.Reason? {
        units <= 0 ? .nonPositivePrice : units > WireBounds.maximumPrice.units ? .outOfRange : nil
    }

    /// A count of shares: above zero, at most `WireBounds.maximumQuantity`.
    @inline(__always)
    static func quantity(_ shares: Int64) -> DecodeError.Reason? {
        shares == 0 ? .zeroQuantity : shares < 0 ? .negativeQuantity : shares > WireBounds.maximumQuantity.shares ? .outOfRange : nil
    }

    /// An event time: epoch milliseconds between 2000-01-01 and 2100-01-01 (anything else is a broken clock).
    @inline(__always)
    static func eventTime(_ millis: EpochMillis) -> DecodeError.Reason? {
        (946_684_800_000..<4_102_444_800_000).contains(millis) ? nil : .badValue
    }

    /// A sequence number: zero or more.
    @inline(__always)
    static func sequence(_ seq: Int64) -> DecodeError.Reason? { seq >= 0 ? nil : .badValue }
}
