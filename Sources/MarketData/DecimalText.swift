/// Decimal text of scaled whole numbers (`magnitude` counts 10^−`scale`): rounded half away from zero, with
/// optional thousands separators. The one implementation behind prices, quantities and every figure on screen.
public enum DecimalText {
    private static let powersOfTen: [UInt128] = (0...38).map { exponent in
        (0..<exponent).reduce(UInt128(1)) { product, _ in product * 10 }
    }

    /// 10^`exponent`, for exponents 0…38.
    public static func power(_ exponent: Int) -> UInt128 { powersOfTen[exponent] }

    /// `magnitude` (in 10^−`scale`) rounded half away from zero to `decimals` ≤ `scale` fractional digits, in 10^−`decimals`.
    public static func rounded(_ magnitude: UInt128, scale: Int, decimals: Int) -> UInt128 {
        let divisor = power(scale - decimals)
        let (quotient, remainder) = magnitude.quotientAndRemainder(dividingBy: divisor)
        return remainder >= divisor - divisor / 2 ? quotient + 1 : quotient
    }

    /// The text of `value` (in 10^−`decimals`, `decimals` ≤ 38): `1,234.50` with grouping, `1234.50` without. Written
    /// as ASCII bytes in one pass (a frame formats hundreds of figures): the digits a word at a time while the value
    /// fits 64 bits, which every price, quantity and day's turnover does.
    public static func text(_ value: UInt128, decimals: Int, grouping: Bool) -> String {
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 40) { digits in
            // The digits, least significant first, and at least one before the point.
            let count = UInt64(exactly: value).map { writeDigits(of: $0, into: digits) } ?? writeDigits(of: value, into: digits)
            let width = max(count, decimals + 1)
            let wholeDigits = width - decimals
            let commas = grouping ? (wholeDigits - 1) / 3 : 0
            let length = wholeDigits + commas + (decimals > 0 ? decimals + 1 : 0)
            return String(unsafeUninitializedCapacity: length) { text in
                var written = 0
                func write(_ byte: UInt8) {
                    text[written] = byte
                    written += 1
                }
                for position in stride(from: width - 1, through: 0, by: -1) {
                    write(position < count ? digits[position] : 48)
                    let after = position - decimals
                    if grouping && after > 0 && after % 3 == 0 { write(44) }
                    if position == decimals && decimals > 0 { write(46) }
                }
                return written
            }
        }
    }

    /// Writes the ASCII digits of `value` into `digits`, least significant first (at least one); returns how many.
    /// Specialised for each width, so a value that fits 64 bits divides in 64.
    @inline(__always)
    private static func writeDigits<Value: FixedWidthInteger & UnsignedInteger>(
        of value: Value, into digits: UnsafeMutableBufferPointer<UInt8>
    ) -> Int {
        var (rest, count) = (value, 0)
        repeat {
            digits[count] = UInt8(truncatingIfNeeded: rest % 10) &+ 48
            rest /= 10
            count += 1
        } while rest != 0
        return count
    }

    /// `magnitude` (in 10^−`scale`) with `decimals` ≤ `scale` fractional digits: `rounded` then `text`.
    public static func format(_ magnitude: UInt128, scale: Int, decimals: Int, grouping: Bool) -> String {
        text(rounded(magnitude, scale: scale, decimals: decimals), decimals: decimals, grouping: grouping)
    }

    /// The shortest exact text of `units` (in 10^−`scale`): `31.45`, `7`, `0.0012`, `-0.5`; as written on the wire.
    public static func shortest(_ units: Int64, scale: Int) -> String {
        let magnitude = UInt128(units.magnitude)
        let (whole, remainder) = magnitude.quotientAndRemainder(dividingBy: power(scale))
        var text = (units < 0 ? "-" : "") + String(whole)
        var fraction = remainder
        if fraction != 0 {
            var digits = scale
            while fraction % 10 == 0 { fraction /= 10; digits -= 1 }
            let fractionText = String(fraction)
            text += "." + String(repeating: "0", count: digits - fractionText.count) + fractionText
        }
        return text
    }

    /// `1,204,000`.
    public static func grouped(_ value: UInt128) -> String { text(value, decimals: 0, grouping: true) }
}
