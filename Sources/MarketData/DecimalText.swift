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

    /// The text of `value` (in 10^−`decimals`): `1,234.50` with grouping, `1234.50` without.
    public static func text(_ value: UInt128, decimals: Int, grouping: Bool) -> String {
        let (whole, fraction) = value.quotientAndRemainder(dividingBy: power(decimals))
        let wholeText = grouping ? grouped(whole) : String(whole)
        guard decimals > 0 else { return wholeText }
        let digits = String(fraction)
        return wholeText + "." + String(repeating: "0", count: decimals - digits.count) + digits
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
    public static func grouped(_ value: UInt128) -> String {
        let digits = Array(String(value))
        var out = ""
        out.reserveCapacity(digits.count + digits.count / 3)
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { out.append(",") }
            out.append(digit)
        }
        return out
    }
}
