import Exchange
import MarketData

/// A halt of the whole market: when it began and, when its reason names one, the circuit breaker's level.
public struct MarketHalt: Hashable, Sendable {
    public let since: EpochMillis
    public let level: CircuitBreakerLevel?

    public init(since: EpochMillis, level: CircuitBreakerLevel?) { self.since = since; self.level = level }

    /// When trading resumes: the start plus the level's halt; nil for a halt of no known length.
    public var resumes: EpochMillis? { level.map { since + EpochMillis($0.haltSeconds) * 1000 } }
}

extension MarketState {
    /// The circuit breaker's next level while the market trades and the PSEi is within `CircuitBreaker.warningPoints`
    /// of it; nil otherwise.
    public var circuitBreakerApproaching: CircuitBreakerLevel? {
        guard phase == .open, let value = psei.value, let previousClose = psei.previousClose else { return nil }
        return CircuitBreaker.approaching(value: value, previousClose: previousClose, tripped: circuitBreakerTripped)
    }

    /// A market-wide phase change: a halt begins (the same halt announced again keeps its start) or ends, in `halt`
    /// and in the day's `halts`, and a circuit breaker's level counts as tripped for the rest of the day.
    mutating func noteHalt(_ status: StatusChange) {
        guard status.phase == .halted else {
            halt = nil
            halts.end(at: status.timestamp)
            return
        }
        halts.begin(.halted, at: status.timestamp, reason: status.reason)
        let level = status.reason.flatMap(CircuitBreakerLevel.init(haltReason:))
        if phase != .halted || halt?.level != level { halt = MarketHalt(since: status.timestamp, level: level) }
        if let level { circuitBreakerTripped = max(circuitBreakerTripped ?? level, level) }
    }
}
