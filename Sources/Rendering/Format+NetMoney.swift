extension Format {
    /// A net amount of pesos, signed after the peso sign as PSE wraps write net foreign: `₱−781.7M`, `₱+12.30M`, `₱0`;
    /// fitted like `money` (at most `width` characters), `₱…` when nothing fits.
    static func netMoney(_ units: Int128, glyphs: Glyphs, width: Int = moneyWidth + 1) -> String {
        let sign = units < 0 ? glyphs.minus : units > 0 ? "+" : ""
        let unsigned = money(units < 0 ? -units : units, glyphs: glyphs, width: width - sign.count)
        guard !unsigned.hasSuffix(glyphs.ellipsis) else { return unsigned }
        return glyphs.peso + sign + unsigned.dropFirst(glyphs.peso.count)
    }
}
