import Dashboard
import MarketData

/// The day's decoded events in the order the live feed delivered them, for the live DVR: a straight run over them
/// up to an instant rebuilds the market shown at that instant. Only events are kept (a rejected record changes the
/// feed's counters, never the market), each with the data clock after it (`DataClock`, as the reducer keeps it),
/// so the records up to an instant are a prefix found by binary search.
///
/// Bounded by `Capacity`: when either bound is passed, the oldest quarter of the events is folded into a checkpoint
/// (the market reduced from them, one `MarketState`), so every market rebuilt afterwards is still exact, and the
/// earliest instant the DVR can reach moves to the data clock of the last event folded (`earliest`).
public struct LiveLog {
    /// How much the log keeps before it folds its oldest quarter into the checkpoint.
    public struct Capacity: Sendable {
        public let records: Int
        /// In `MarketEvent` footprint bytes (inline size plus out-of-line texts), with the clock beside each.
        public let bytes: Int

        public init(records: Int, bytes: Int) {
            self.records = records
            self.bytes = bytes
        }

        /// 1,000,000 events or 160 MiB: a full simulated day with `--board full` is 180,176 events of 160 bytes,
        /// 28.8 MB (`LiveDVRTests`), so about five such days fit before the oldest is folded.
        public static let standard = Capacity(records: 1_000_000, bytes: 160 << 20)
    }

    /// Events reduced at a time when rebuilding, so no copy of the whole log is made.
    private static let chunk = 4096

    public let capacity: Capacity
    /// The events since the checkpoint, oldest first.
    private var events: [MarketEvent] = []
    /// The data clock after each event (`EpochMillis.min` before the first timed one): non-decreasing.
    private var clocks: [EpochMillis] = []
    private var clock = DataClock()
    /// The market reduced from the events folded so far (a state with no alert rules: rebuilding never fires one).
    private var checkpoint = DashboardState(source: "live DVR checkpoint")
    /// The bytes the events in the log take (`MarketEvent.footprint` plus the clock beside each).
    public private(set) var bytes = 0
    /// Events folded into the checkpoint so far.
    public private(set) var folded = 0
    /// The earliest instant a rebuild can show: the data clock of the last event folded; nil until one was.
    public private(set) var earliest: EpochMillis?

    public init(capacity: Capacity = .standard) { self.capacity = capacity }

    /// The events in the log (since the checkpoint).
    public var count: Int { events.count }

    /// The data clock of the newest event: the live edge; nil before the first timed event.
    public var liveEdge: EpochMillis? { clock.time }

    /// Appends the events of a batch as delivered (rejections are skipped), folding the oldest quarter while over
    /// capacity.
    public mutating func append(_ results: [Result<MarketEvent, DecodeError>]) {
        for case .success(let event) in results {
            if let timestamp = event.timestamp { _ = clock.observe(timestamp) }
            events.append(event)
            clocks.append(clock.time ?? .min)
            bytes += event.footprint + MemoryLayout<EpochMillis>.stride
        }
        while events.count > capacity.records || bytes > capacity.bytes { foldOldestQuarter() }
    }

    /// The market a straight run over the events showed at `instant`: every event whose data clock after it is at or
    /// before `instant`, on top of the checkpoint (so nothing before `earliest` can be told apart).
    public func market(at instant: EpochMillis) -> MarketState {
        var state = checkpoint
        Self.reduce(events[..<prefixLength(through: instant)], into: &state)
        return state.market
    }

    private mutating func foldOldestQuarter() {
        let count = max(events.count / 4, 1)
        Self.reduce(events[..<count], into: &checkpoint)
        bytes -= events[..<count].reduce(0) { $0 + $1.footprint + MemoryLayout<EpochMillis>.stride }
        earliest = clocks[count - 1]
        folded += count
        events.removeFirst(count)
        clocks.removeFirst(count)
    }

    /// How many events have a data clock at or before `instant` (binary search over the non-decreasing clocks).
    private func prefixLength(through instant: EpochMillis) -> Int {
        var low = 0, high = clocks.count
        while low < high {
            let middle = (low + high) / 2
            if clocks[middle] > instant { high = middle } else { low = middle + 1 }
        }
        return low
    }

    /// Reduces `events` into `state` as records not received live, a chunk at a time.
    private static func reduce(_ events: ArraySlice<MarketEvent>, into state: inout DashboardState) {
        for start in stride(from: events.startIndex, to: events.endIndex, by: chunk) {
            let slice = events[start..<min(start + chunk, events.endIndex)]
            Dashboard.reduce(into: &state, action: .records(slice.map { .success($0) }, receivedAt: 0))
        }
    }
}
