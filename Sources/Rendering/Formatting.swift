import MarketData

/// Number formats shared by the widgets: signs always shown, thousands grouped, money abbreviated.
enum Format {
    /// `+14.47` / `−0.22` with the decimals of `reference`'s tick band.
    static func signed(_ change: Price, like reference: Price, glyphs: Glyphs) -> String {
        let magnitude = Price(units: abs(change.units)).formatted(decimals: reference.displayDecimals, grouping: true)
        switch change.units.signum() {
        case 1: return "+" + magnitude
        case -1: return glyphs.minus + magnitude
        default: return " " + magnitude
        }
    }

    /// `+0.23%` / `−3.10%` / ` 0.00%`.
    static func percent(_ value: Double, glyphs: Glyphs) -> String {
        let hundredths = Int64((abs(value) * 100).rounded())
        let text = "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100)%"
        if hundredths == 0 { return " " + text }
        return (value < 0 ? glyphs.minus : "+") + text
    }

    /// `₱4.82B`, `₱256.9M`, `₱12.3K` from 1/10,000 PHP.
    static func money(_ units: Int64, glyphs: Glyphs) -> String {
        let pesos = Double(units) / Double(Price.scale)
        for (limit, suffix, decimals) in [(1e9, "B", 2), (1e6, "M", 1), (1e3, "K", 1)] where pesos >= limit {
            return glyphs.peso + fixed(pesos / limit, decimals: decimals) + suffix
        }
        return glyphs.peso + fixed(pesos, decimals: 0)
    }

    /// Whole pesos with thousands separators (`256,871,090`).
    static func wholePesos(_ units: Int64) -> String {
        Quantity((units + Price.scale / 2) / Price.scale).grouped
    }

    /// `6m`, `1h05m`, `42s`.
    static func age(_ millis: EpochMillis) -> String {
        let seconds = max(millis / 1000, 0)
        if seconds < 60 { return "\(seconds)s" }
        if seconds < 3600 { return "\(seconds / 60)m" }
        let minutes = seconds / 60 % 60
        return "\(seconds / 3600)h\(minutes < 10 ? "0" : "")\(minutes)m"
    }

    /// A non-negative number with a fixed number of decimals, without Foundation.
    static func fixed(_ value: Double, decimals: Int) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = Int64((value * scale).rounded())
        let whole = Quantity(scaled / Int64(scale)).grouped
        guard decimals > 0 else { return whole }
        let fraction = String(scaled % Int64(scale))
        return whole + "." + String(repeating: "0", count: decimals - fraction.count) + fraction
    }

    /// `10:42` from an instant.
    static func clock(_ instant: EpochMillis, seconds: Bool = false) -> String {
        let text = ManilaTime(epochMillis: instant).clockText
        return seconds ? text : String(text.prefix(5))
    }
}
