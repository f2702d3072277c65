import MarketData

/// The part of a simulated day a feed plays: events before `from` are skipped, except reference data and
/// phase changes (a dashboard needs them to make sense of the rest); the feed ends after `to`. The pace clock starts
/// at `from`, or at `liveFrom` (now, for a day played live: what came before goes at once).
public struct FeedWindow: Sendable {
    public let start: EpochMillis?
    public let end: EpochMillis?
    /// Where the pace clock starts: events before it are produced at once.
    public let paceStart: EpochMillis?

    public init(date: String, from: Int?, to: Int?, liveFrom: EpochMillis? = nil) {
        start = from.flatMap { ManilaTime.epochMillis(date: date, secondOfDay: $0) }
        end = to.flatMap { ManilaTime.epochMillis(date: date, secondOfDay: $0) }
        paceStart = start ?? liveFrom
    }

    /// What to do with one event.
    public enum Decision: Sendable { case send, skip, stop }

    public func decide(_ timestamp: EpochMillis, _ event: MarketEvent) -> Decision {
        if let end, timestamp > end { return .stop }
        guard let start, timestamp < start else { return .send }
        switch event {
        case .reference, .status: return .send
        default: return .skip
        }
    }
}
