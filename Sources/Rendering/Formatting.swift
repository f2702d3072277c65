import MarketData

/// Number formats shared by the widgets: signs always shown, thousands grouped, and every figure fitted to the
/// room it has: written out, else with fewer decimals, else abbreviated with a unit (`1.01T`), else marked `…`.
/// A figure is never cut into a different number.
enum Format {
    /// The room `money` takes by default: `₱256.9M`, `₱4.82B`, `₱1.01T`.
    static let moneyWidth = 7
    private static let units: [(letter: String, exponent: Int)] = [("K", 3), ("M", 6), ("B", 9), ("T", 12)]

    /// `value` (in 10^−`scale`) with `decimals` ≤ `scale` fractional digits, grouped, in at most `width` characters.
    /// `signed` shows `+` for a positive value and a space for zero; a negative value always has its minus.
    static func fit(
        _ value: Int128, scale: Int, decimals: Int, width: Int, glyphs: Glyphs, signed: Bool = false,
        suffix: String = ""
    ) -> String {
        let sign = value < 0 ? glyphs.minus : !signed ? "" : value == 0 ? " " : "+"
        let room = width - sign.count - suffix.count
        for shown in stride(from: decimals, through: 0, by: -1) {
            let text = DecimalText.format(value.magnitude, scale: scale, decimals: shown, grouping: true)
            if text.count <= room { return sign + text + suffix }
        }
        return abbreviated(value.magnitude, scale: scale, width: room).map { sign + $0 + suffix } ?? glyphs.ellipsis
    }

    /// `magnitude` (in 10^−`scale`) in the first unit that keeps its mantissa under 1,000, with as many of two
    /// decimals as fit `width`: `1.01T`, `256.9M`; nil when nothing fits.
    private static func abbreviated(_ magnitude: UInt128, scale: Int, width: Int) -> String? {
        for (index, unit) in units.enumerated() {
            for decimals in (0...2).reversed() {
                let mantissa = DecimalText.rounded(magnitude, scale: scale + unit.exponent, decimals: decimals)
                if mantissa >= 1000 * DecimalText.power(decimals) && index < units.count - 1 { break }
                let text = DecimalText.text(mantissa, decimals: decimals, grouping: true) + unit.letter
                if text.count <= width { return text }
            }
        }
        return nil
    }

    /// A price with the decimals of its tick band (or `decimals`): `1,536.00`.
    static func price(_ price: Price, decimals: Int? = nil, width: Int, glyphs: Glyphs) -> String {
        fit(Int128(price.units), scale: 4, decimals: decimals ?? price.displayDecimals, width: width, glyphs: glyphs)
    }

    /// A number of shares or trades: `1,204,000`.
    static func count<Count: BinaryInteger>(_ value: Count, width: Int, glyphs: Glyphs) -> String {
        fit(Int128(value), scale: 0, decimals: 0, width: width, glyphs: glyphs)
    }

    /// Whole pesos from 1/10,000 PHP: `256,871,090`.
    static func wholePesos(_ units: Int128, width: Int, glyphs: Glyphs) -> String {
        fit(units, scale: 4, decimals: 0, width: width, glyphs: glyphs)
    }

    /// `+14.47` / `−0.22` / ` 0.00` with the decimals of `reference`'s tick band.
    static func signed(_ change: Price, like reference: Price, glyphs: Glyphs, width: Int = .max) -> String {
        fit(Int128(change.units), scale: 4, decimals: reference.displayDecimals, width: width, glyphs: glyphs, signed: true)
    }

    /// `+0.23%` / `−3.10%` / ` 0.00%`; a change too small for two decimals keeps its sign: `+<0.01%`.
    static func percent(_ value: Double, glyphs: Glyphs, width: Int = .max) -> String {
        guard let hundredths = Int128(exactly: (value * 100).rounded()) else { return glyphs.ellipsis }
        guard hundredths == 0 && value != 0 else {
            return fit(hundredths, scale: 2, decimals: 2, width: width, glyphs: glyphs, signed: true, suffix: "%")
        }
        let tiny = (value < 0 ? glyphs.minus : "+") + "<0.01%"
        return tiny.count <= width ? tiny : glyphs.ellipsis
    }

    /// Index points with two decimals: a contribution with its sign (`+6.42`, `−0.31`, ` 0.00`) or, unsigned, a
    /// level (`6,401.10`).
    static func points(_ value: Double, signed: Bool = true, glyphs: Glyphs, width: Int = .max) -> String {
        guard let hundredths = Int128(exactly: (value * 100).rounded()) else { return glyphs.ellipsis }
        return fit(hundredths, scale: 2, decimals: 2, width: width, glyphs: glyphs, signed: signed)
    }

    /// `₱4.82B`, `₱256.9M`, `₱12.35K`, `₱950` from 1/10,000 PHP, in at most `width` characters.
    static func money(_ units: Int128, glyphs: Glyphs, width: Int = moneyWidth) -> String {
        let sign = units < 0 ? glyphs.minus : ""
        let room = width - sign.count - glyphs.peso.count
        let whole = DecimalText.rounded(units.magnitude, scale: 4, decimals: 0)
        let text = whole < 1000 ? String(whole) : abbreviated(units.magnitude, scale: 4, width: room)
        return text.map { sign + glyphs.peso + $0 } ?? glyphs.peso + glyphs.ellipsis
    }

    /// `text` in at most `width` characters, visibly cut when it is longer: `ABCDE…`.
    static func truncated(_ text: String, width: Int, glyphs: Glyphs) -> String {
        guard text.count > width else { return text }
        return String(text.prefix(max(width - glyphs.ellipsis.count, 0))) + (width > 0 ? glyphs.ellipsis : "")
    }

    /// `42s`, `6m`, `1h05m`, `3d`.
    static func age(_ millis: EpochMillis) -> String {
        let seconds = max(millis / 1000, 0)
        if seconds < 60 { return "\(seconds)s" }
        if seconds < 3600 { return "\(seconds / 60)m" }
        if seconds < 86_400 {
            let minutes = seconds / 60 % 60
            return "\(seconds / 3600)h\(minutes < 10 ? "0" : "")\(minutes)m"
        }
        return "\(seconds / 86_400)d"
    }

    /// A countdown: `4:12` under an hour, `1:02:10` from an hour on.
    static func duration(seconds: Int) -> String {
        func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let seconds = max(seconds, 0)
        let (hours, minutes) = (seconds / 3600, seconds / 60 % 60)
        return hours > 0 ? "\(hours):\(pad(minutes)):\(pad(seconds % 60))" : "\(minutes):\(pad(seconds % 60))"
    }

    /// A non-negative number with a fixed number of decimals, without Foundation.
    static func fixed(_ value: Double, decimals: Int) -> String {
        let scaled = UInt128(max((value * Double(DecimalText.power(decimals))).rounded(), 0))
        return DecimalText.text(scaled, decimals: decimals, grouping: true)
    }

    /// `10:42` from an instant.
    static func clock(_ instant: EpochMillis, seconds: Bool = false) -> String {
        let text = ManilaTime(epochMillis: instant).clockText
        return seconds ? text : String(text.prefix(5))
    }
}
