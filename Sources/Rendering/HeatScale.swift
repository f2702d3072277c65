/// The heatmap's diverging scale: a % change from the previous close falls in one of seven buckets, from a strong
/// fall (−3) through flat (0) to a strong rise (+3). The bounds are here and nowhere else.
public enum HeatScale {
    /// The smallest |% change| of levels 1, 2 and 3; a smaller change counts as flat.
    public static let bounds: [Double] = [0.25, 1.5, 4]

    /// The roles of levels −3…3, in order.
    public static let roles: [StyleRole] = [.heatDown3, .heatDown2, .heatDown1, .heatFlat, .heatUp1, .heatUp2, .heatUp3]

    /// −3…3 for a % change; 0 when there is none (no previous close) or it is not a number.
    public static func level(percent: Double?) -> Int {
        guard let percent, percent.isFinite else { return 0 }
        let magnitude = bounds.lastIndex { abs(percent) >= $0 }.map { $0 + 1 } ?? 0
        return percent < 0 ? -magnitude : magnitude
    }

    /// The role a tile with this % change is drawn in.
    public static func role(percent: Double?) -> StyleRole { roles[level(percent: percent) + bounds.count] }

    /// The density glyph that stands for a level's intensity when colour cannot (the sign is the label's ▲/▼).
    static func shade(level: Int, glyphs: Glyphs) -> Character { glyphs.heatShades[abs(level)] }

    /// True when colour cannot carry the scale: fewer than 256 colours, or a theme (mono) without a background for
    /// every level; the heatmap then shades its tiles with glyphs (`RenderContext.shadeWithGlyphs`).
    public static func needsGlyphs(theme: Theme, depth: ColorDepth) -> Bool {
        depth < .indexed256 || roles.contains { theme[$0].background == .terminalDefault }
    }
}
