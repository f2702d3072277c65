import MarketData

/// Plays a recorded session in event time: records come due as the replay clock passes their timestamps, at
/// `speed` × the wall clock that the caller passes in (a manual clock in tests; nothing here reads a clock).
/// Pause, speed changes and seeks re-anchor the replay clock; a seek backwards asks the caller to rebuild its
/// state from the first record.
public final class ReplayFeed {
    /// What a seek means for the consumer of the records.
    public enum Seek: Equatable {
        /// Apply these records on top of the current state.
        case forward(ArraySlice<FeedRecord>)
        /// Start from a fresh state and apply these (every record up to the new position).
        case rebuild(ArraySlice<FeedRecord>)
    }

    public static let speeds: [Double] = [0.25, 0.5, 1, 2, 5, 10, 30, 60, 120, 300, 1000]

    /// The records in effect order (`SessionOrder`: by time, a day's reference data first).
    public let records: [FeedRecord]
    /// For each of `records`, its index in the records the feed was made from (the file order).
    public let order: [Int]
    /// The instant each record takes effect, non-decreasing.
    public let times: [EpochMillis]
    public let start: EpochMillis
    public let end: EpochMillis
    public private(set) var speed: Double
    public private(set) var isPaused = false
    /// The index of the next record to deliver.
    public private(set) var cursor = 0
    private var anchorPosition: EpochMillis
    private var anchorWall: EpochMillis

    public init(records: [FeedRecord], speed: Double, wallNow: EpochMillis) {
        (order, times) = SessionOrder.effectOrder(records)
        self.records = order.map { records[$0] }
        start = times.first ?? 0
        end = times.last ?? 0
        self.speed = speed
        anchorPosition = start
        anchorWall = wallNow
    }

    /// The replay clock: the data time the replay has reached.
    public func position(wallNow: EpochMillis) -> EpochMillis {
        guard !isPaused else { return anchorPosition }
        let elapsed = Double(wallNow - anchorWall) * speed
        return min(anchorPosition + EpochMillis(elapsed), end)
    }

    /// The fraction of the session played, 0…1.
    public func progress(wallNow: EpochMillis) -> Double {
        end > start ? Double(position(wallNow: wallNow) - start) / Double(end - start) : 1
    }

    public var isFinished: Bool { cursor >= records.count }

    /// The records that came due since the last call.
    public func due(wallNow: EpochMillis) -> ArraySlice<FeedRecord> {
        let limit = position(wallNow: wallNow)
        let first = cursor
        while cursor < records.count, times[cursor] <= limit { cursor += 1 }
        return records[first..<cursor]
    }

    public func togglePause(wallNow: EpochMillis) {
        reanchor(wallNow: wallNow)
        isPaused.toggle()
    }

    /// The next faster (`faster: true`) or slower step of `speeds`.
    public func changeSpeed(faster: Bool, wallNow: EpochMillis) {
        reanchor(wallNow: wallNow)
        let steps = Self.speeds
        if faster { speed = steps.first { $0 > speed } ?? steps.last! } else { speed = steps.last { $0 < speed } ?? steps.first! }
    }

    /// Moves the replay clock to `target` (clamped to the session).
    public func seek(to target: EpochMillis, wallNow: EpochMillis) -> Seek {
        let target = min(max(target, start), end)
        let current = position(wallNow: wallNow)
        anchorPosition = target
        anchorWall = wallNow
        let upTo = times.partitioningIndex { $0 > target }
        defer { cursor = upTo }
        if target >= current && upTo >= cursor { return .forward(records[cursor..<upTo]) }
        return .rebuild(records[0..<upTo])
    }

    /// The records in effect at `instant`: everything up to and including it.
    public func records(through instant: EpochMillis) -> ArraySlice<FeedRecord> {
        records[..<times.partitioningIndex { $0 > instant }]
    }

    /// Hands `decoded` — one decoding per record the feed was made from, in their order — to `body` in effect order,
    /// those of the records in effect at `instant`, in batches of 10,000 (how `snapshot --replay` applies a session).
    public func inEffectOrder<Decoding>(
        _ decoded: [Decoding], through instant: EpochMillis, _ body: ([Decoding]) throws -> Void
    ) rethrows {
        let inEffect = records(through: instant).indices
        for first in stride(from: inEffect.startIndex, to: inEffect.endIndex, by: 10_000) {
            try body(order[first..<min(first + 10_000, inEffect.endIndex)].map { decoded[$0] })
        }
    }

    /// The instant of a Manila time of day on the session's (first) date.
    public func instant(secondOfDay: Int) -> EpochMillis? {
        ManilaTime.epochMillis(date: ManilaTime(epochMillis: start).dateText, secondOfDay: secondOfDay)
    }

    private func reanchor(wallNow: EpochMillis) {
        anchorPosition = position(wallNow: wallNow)
        anchorWall = wallNow
    }
}

extension Array {
    /// The first index whose element satisfies `belongsAfter`, for an array partitioned by it (binary search).
    func partitioningIndex(where belongsAfter: (Element) -> Bool) -> Int {
        var low = 0, high = count
        while low < high {
            let middle = (low + high) / 2
            if belongsAfter(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
