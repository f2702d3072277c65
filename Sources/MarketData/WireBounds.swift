/// The largest numbers the wire codec accepts: beyond anything a PSE security can have, so a value past them is
/// damage (rejected as `out of range`), and sums of accepted values cannot overflow.
public enum WireBounds {
    /// The highest price (or index level) a record may carry: ₱1,000,000,000, far beyond anything a PSE security
    /// or index has ever had. The codec rejects more as `out of range`.
    public static let maximumPrice = Price(units: 1_000_000_000 * Price.scale)

    /// The most shares one trade, quote side or board lot may carry: 10^12, more than any PSE company has
    /// issued. The codec rejects more as `out of range`.
    public static let maximumQuantity = Quantity(1_000_000_000_000)
}
