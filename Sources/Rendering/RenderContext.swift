import Dashboard
import MarketData

/// What every widget needs besides the state: the glyph set and the wall clock (for rates only).
public struct RenderContext: Sendable {
    public var glyphs: Glyphs
    /// Wall-clock time, used for records/s; never for data time.
    public var now: EpochMillis
    /// The `?` overlay's lines (keys, what they do), from the run loop's key map; empty where no key works.
    public var keyHelp: [(keys: String, description: String)]
    /// The table's columns by title, in order, from the user's configuration; nil for the default set.
    public var columns: [String]?
    /// True when colours alone cannot carry intensity (the mono theme, fewer than 256 colours): the heatmap then
    /// fills its tiles with density glyphs (`Glyphs.heatShades`).
    public var shadeWithGlyphs: Bool

    public init(
        glyphs: Glyphs = .unicode, now: EpochMillis = 0, keyHelp: [(keys: String, description: String)] = [], columns: [String]? = nil,
        shadeWithGlyphs: Bool = false
    ) {
        self.glyphs = glyphs
        self.now = now
        self.keyHelp = keyHelp
        self.columns = columns
        self.shadeWithGlyphs = shadeWithGlyphs
    }

    func arrow(_ direction: Int?) -> Character {
        switch direction ?? 0 {
        case 1: glyphs.up
        case -1: glyphs.down
        default: glyphs.unchanged
        }
    }

    func role(_ direction: Int?) -> StyleRole {
        switch direction ?? 0 {
        case 1: .up
        case -1: .down
        default: .unchanged
        }
    }
}
