extension Format {
    /// `part` as a percentage of `whole` with one decimal (`4.6%`, `100.0%`), fitted like every figure; computed in
    /// integers, so no sum of values loses digits on the way.
    static func share(_ part: Int128, of whole: Int128, glyphs: Glyphs, width: Int) -> String {
        guard whole > 0 else { return glyphs.missing }
        let tenths = (part * 1_000 + whole / 2) / whole
        return fit(tenths, scale: 1, decimals: 1, width: width, glyphs: glyphs, suffix: "%")
    }
}
