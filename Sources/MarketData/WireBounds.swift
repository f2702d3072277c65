/// The largest numbers the wire codec accepts: beyond anything a PSE security can have, so a value past them is
/// damage (rejected as `out of range`), and sums of accepted values cannot overflow.
public enum WireBounds {
    /// The highest price (or index level) a record may carry: ₱1,000,000,000, far beyond anything a PSE security
    /// or index has ever had. The codec rejects more as `out of range`.
    public static let maximumPrice = Price(units: 1_000_000_000 * Price.scale)

    /// The most shares one trade, quote side or board lot may carry, and the most listed shares of a security:
    /// 10^12, more than any PSE company has issued. The codec rejects more as `out of range`.
    public static let maximumQuantity = Quantity(1_000_000_000_000)

    /// The decimals a free float (`0.4523`) may have; it is read exactly as a fixed-point number, then made a
    /// `Double`. More decimals are a `bad number`.
    public static let freeFloatDecimals = 6

    /// The decimals an index divisor may have; more are a `bad number`.
    public static let divisorDecimals = 4

    /// The largest index divisor: 10^11, when a PSE index's divisor is about 10^9 (free-float capitalisation in
    /// pesos over the level). Zero, negative or more is `out of range`. With its four decimals a divisor stays below
    /// 2^53 ten-thousandths, so every one the codec accepts is written back exactly.
    public static let maximumDivisor = 1e11

    /// The most members an index may list: 500, when the PSE's broadest index (All Shares) has about 270.
    /// More is `out of range`; none, or a member listed twice, is a `bad value`.
    public static let maximumIndexMembers = 500
}
