import Dashboard
import MarketData

/// What every widget needs besides the state: the glyph set and the wall clock (for rates only).
public struct RenderContext: Sendable {
    public var glyphs: Glyphs
    /// Wall-clock time, used for records/s; never for data time.
    public var now: EpochMillis

    public init(glyphs: Glyphs = .unicode, now: EpochMillis = 0) {
        self.glyphs = glyphs
        self.now = now
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
