import Dashboard
import MarketData

/// The day's decoded events in the order the live feed delivered them, for the live DVR: a straight run over them
/// up to an instant rebuilds the market shown at that instant. Only events are kept (a rejected record changes the
/// feed's counters, never the market), compactly (`CompactEvents`).
///
/// Bounded by `Capacity`: when either bound is passed, the oldest quarter of the events is folded into a checkpoint
/// (the market reduced from them, one `MarketState`), so every market rebuilt afterwards is still exact, and the
/// earliest instant the DVR can reach moves to the data clock after the last event folded (`earliest`). A new trading
/// day (the data clock moving into a later Manila date) folds every event of the days before and the one that began
/// it: the log holds the day being watched, from its first event, so a process left running for days keeps one day's
/// log and a checkpoint of that day's start, not all of them.
public struct LiveLog {
    /// How much the log keeps before it folds its oldest quarter into the checkpoint.
    public struct Capacity: Sendable {
        public let records: Int
        /// Bytes held by the events (`CompactEvents.bytes`).
        public let bytes: Int

        public init(records: Int, bytes: Int) {
            self.records = records
            self.bytes = bytes
        }

        /// 1,000,000 events or 64 MiB: a full simulated day with `--board full` is 180,176 events in 10.0 MB
        /// (`LiveDVRTests`), so about five such days fit before the oldest is folded.
        public static let standard = Capacity(records: 1_000_000, bytes: 64 << 20)
    }

    public let capacity: Capacity
    private var events = CompactEvents()
    /// The data clock after the newest event, as the reducer keeps it.
    private var clock = DataClock()
    /// The market reduced from the events folded so far (a state with no alert rules: rebuilding never fires one).
    private var checkpoint = DashboardState(source: "live DVR checkpoint")
    /// Events folded into the checkpoint so far.
    public private(set) var folded = 0

    public init(capacity: Capacity = .standard) { self.capacity = capacity }

    /// The events in the log (since the checkpoint).
    public var count: Int { events.count }

    /// The bytes the events in the log take (`CompactEvents.bytes`).
    public var bytes: Int { events.bytes }

    /// The data clock of the newest event: the live edge; nil before the first timed event.
    public var liveEdge: EpochMillis? { clock.time }

    /// The earliest instant a rebuild can show: the data clock after the last event folded; nil until one was.
    public var earliest: EpochMillis? { folded > 0 ? checkpoint.market.dataClock.time : nil }

    /// Appends the events of a batch as delivered (rejections are skipped), folding the days before when a new one
    /// begins and the oldest quarter while over capacity.
    public mutating func append(_ results: [Result<MarketEvent, DecodeError>]) {
        for case .success(let event) in results {
            var beginsDay = false
            if let timestamp = event.timestamp {
                let before = clock.time
                _ = clock.observe(timestamp)
                if let before, let now = clock.time { beginsDay = TradingDay(containing: now) > TradingDay(containing: before) }
            }
            events.append(event)
            // With the event that begins the day folded too, the checkpoint is the new day's start (the reducer starts
            // the day's figures again there), not the whole day before.
            if beginsDay { fold(events.count) }
        }
        while events.count > 0 && (events.count > capacity.records || events.bytes > capacity.bytes) {
            fold(max(events.count / 4, 1))
        }
    }

    /// The market a straight run over the events showed at `instant`: the checkpoint, then every event up to the
    /// first that moves the data clock past `instant` (so nothing before `earliest` can be told apart).
    public func market(at instant: EpochMillis) -> MarketState {
        var reduction = ChunkedReduction(checkpoint)
        var clock = checkpoint.market.dataClock
        events.forEach { event in
            if let timestamp = event.timestamp { _ = clock.observe(timestamp) }
            guard (clock.time ?? .min) <= instant else { return false }
            reduction.add(event)
            return true
        }
        return reduction.finish().market
    }

    /// Reduces the oldest `count` events into the checkpoint and drops them from the log.
    private mutating func fold(_ count: Int) {
        guard count > 0 else { return }
        var reduction = ChunkedReduction(checkpoint)
        var taken = 0
        events.forEach { event in
            reduction.add(event)
            taken += 1
            return taken < count
        }
        checkpoint = reduction.finish()
        events.removeFirst(count)
        folded += count
    }
}

/// Events reduced into a state as records not received live, a chunk at a time, so no copy of the whole log is
/// made.
private struct ChunkedReduction {
    private static let chunk = 4096
    private var state: DashboardState
    private var pending: [Result<MarketEvent, DecodeError>] = []

    init(_ state: DashboardState) { self.state = state }

    mutating func add(_ event: MarketEvent) {
        pending.append(.success(event))
        if pending.count == Self.chunk { flush() }
    }

    /// The state with every event added.
    mutating func finish() -> DashboardState {
        flush()
        return state
    }

    private mutating func flush() {
        Dashboard.reduce(into: &state, action: .records(pending, receivedAt: 0))
        pending.removeAll(keepingCapacity: true)
    }
}
