/// How fast a feed is played: as fast as possible, or `factor` times real time (60 plays a day in ~6 minutes).
public enum Pace: Hashable, Sendable, CustomStringConvertible {
    case maximum
    case factor(Double)

    /// Parses `max` or a positive number.
    public init?(_ text: String) {
        if text == "max" { self = .maximum; return }
        guard let factor = Double(text), factor > 0, factor.isFinite else { return nil }
        self = .factor(factor)
    }

    /// Seconds after the start of playback at which an event `elapsedMillis` after the first one is due.
    public func dueSeconds(elapsedMillis: Int64) -> Double {
        switch self {
        case .maximum: 0
        case .factor(let factor): Double(elapsedMillis) / 1000 / factor
        }
    }

    public var description: String {
        switch self {
        case .maximum: "max"
        case .factor(let factor): factor == factor.rounded() ? "\(Int(factor))" : "\(factor)"
        }
    }
}
