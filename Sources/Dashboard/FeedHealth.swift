import MarketData

/// Where the data comes from and whether it can be trusted right now.
public enum ConnectionState: Hashable, Sendable {
    case connecting
    case live
    case reconnecting(String)
    case disconnected(String)
    case waitingForTopic(String)
    /// A recorded session played back.
    case replay(ReplayStatus)
    /// The source has no more records (a replay that reached its end).
    case ended
    /// A one-off frame (`snapshot`): of everything the cluster held, or of a session at the moment `at`.
    case snapshot(at: EpochMillis?)
}

/// Where a replay is: its clock, speed, progress, and a time being typed after `g`.
public struct ReplayStatus: Hashable, Sendable {
    public var position: EpochMillis
    public var speed: Double
    public var progress: Double
    public var paused: Bool
    /// The characters typed so far after `g` (nil when not typing).
    public var prompt: String?
    /// Why the time typed was not taken (`25:99 is not a time of day …`), until the next key.
    public var promptProblem: String?

    public init(
        position: EpochMillis, speed: Double, progress: Double, paused: Bool, prompt: String? = nil,
        promptProblem: String? = nil
    ) {
        self.position = position; self.speed = speed; self.progress = progress; self.paused = paused; self.prompt = prompt
        self.promptProblem = promptProblem
    }
}

/// Records the consumer has not read yet (high watermark − position), per partition (`pse.trades[3]`).
public struct ConsumerLag: Hashable, Sendable {
    public let partitions: [String: Int64]

    public init(partitions: [String: Int64]) { self.partitions = partitions }

    public var total: Int64 { partitions.values.reduce(0, +) }

    /// The partition furthest behind (ties: the first by name), nil when none is behind.
    public var worst: (partition: String, lag: Int64)? {
        partitions.filter { $0.value > 0 }
            .max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }
            .map { ($0.key, $0.value) }
    }
}

/// Counters that keep the feed honest: what arrived, what was applied, what was rejected and why.
public struct FeedCounters: Hashable, Sendable {
    public var received = 0
    public var applied = 0
    public var rejected: [DecodeError.Reason: Int] = [:]
    public var duplicates = 0
    /// Records of a trading day before the one shown (`MarketState.day`), left out: every record received is
    /// applied, rejected, a duplicate or one of these.
    public var earlierDay = 0
    public var gaps = 0
    public var lastRejection: DecodeError?
    /// Records shown despite something odd about them, by kind.
    public var warnings: [FeedWarning: Int] = [:]
    public var lastWarning: FeedWarning?
    /// Records received per wall-clock second, the last few seconds (for records/s).
    var arrivals: [Arrivals] = []

    public var rejectedTotal: Int { rejected.values.reduce(0, +) }
    public var warningsTotal: Int { warnings.values.reduce(0, +) }

    mutating func count(_ warning: FeedWarning) {
        warnings[warning, default: 0] += 1
        lastWarning = warning
    }

    /// Takes back `taken` warnings of `kind` that turned out to be wrong; the last warning named is then one still
    /// counted.
    mutating func withdraw(_ kind: FeedWarning, _ taken: Int = 1) {
        guard let count = warnings[kind], taken > 0 else { return }
        warnings[kind] = count > taken ? count - taken : nil
        if warnings[kind] == nil && lastWarning == kind { lastWarning = warnings.keys.sorted { $0.rawValue < $1.rawValue }.first }
    }

    /// Records per second over the last complete seconds before `now` (up to 5).
    public func recordsPerSecond(now: EpochMillis) -> Double {
        let current = now / 1000
        let window = arrivals.filter { $0.second < current && $0.second >= current - 5 }
        guard let oldest = window.first?.second else { return 0 }
        return Double(window.reduce(0) { $0 + $1.count }) / Double(current - oldest)
    }

    mutating func countArrivals(_ count: Int, at now: EpochMillis) {
        let second = now / 1000
        if let last = arrivals.last, last.second == second {
            arrivals[arrivals.count - 1].count += count
        } else {
            arrivals.append(Arrivals(second: second, count: count))
        }
        arrivals.removeAll { $0.second < second - 6 }
    }
}

/// How many records arrived in one wall-clock second.
struct Arrivals: Hashable, Sendable {
    let second: Int64
    var count: Int
}
