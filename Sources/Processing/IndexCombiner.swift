import Dashboard
import MarketData

/// The owner's side of one index: the partials of every partition of the trades topic, combined into the index's
/// level at the end of each minute — every minute boundary after the day's first trade's minute up to the one every
/// partition has reached (a partition read to its end counts as having reached them all).
struct IndexCombiner: Sendable {
    let code: IndexCode
    /// Per trades partition, its partials sorted by `through`.
    private var partials: [Int32: [IndexPartial]] = [:]
    /// Per trades partition, the partial that arrived last: how far it has got.
    private var latest: [Int32: IndexPartial] = [:]
    /// The level last published for each boundary.
    private var published: [EpochMillis: Price] = [:]

    init(code: IndexCode) { self.code = code }

    /// Takes `partial` and returns the levels it makes new or different, in time order; each level's time is the
    /// last millisecond of its minute.
    mutating func apply(_ partial: IndexPartial, partitions: Int32, book: ReferenceBook) -> [IndexLevel] {
        let reachedBefore = reached(partitions: partitions)
        let firstBefore = firstBoundary
        var list = partials[partial.partition] ?? []
        // A caught-up partial was provisional: anything the partition says later supersedes the earlier ones.
        list.removeAll { ($0.caughtUp && $0.through < partial.through) || $0.through == partial.through }
        let position = Self.position(of: partial.through, in: list)
        let previousThrough = position > 0 ? list[position - 1].through : nil
        list.insert(partial, at: position)
        partials[partial.partition] = list
        latest[partial.partition] = partial
        guard let first = firstBoundary, let reached = reached(partitions: partitions),
            let index = book.computable.first(where: { $0.code == code })
        else { return [] }
        // The boundaries this partial can change — (previous through, through], and every later one when caught
        // up — and those newly reached; all of them when the first boundary moved.
        let changed = previousThrough.map { $0 + TradePartition.minute } ?? first
        let newlyReached = reachedBefore.map { $0 + TradePartition.minute } ?? first
        let from = firstBefore == first ? max(first, min(changed, newlyReached)) : first
        var levels: [IndexLevel] = []
        for boundary in stride(from: from, through: reached, by: Int(TradePartition.minute)) {
            guard let value = level(at: boundary, of: index, partitions: partitions, book: book), published[boundary] != value
            else { continue }
            published[boundary] = value
            levels.append(IndexLevel(code: code, value: value, timestamp: boundary - 1))
        }
        return levels
    }

    /// The first boundary published: the end of the minute of the day's first trade, once a partition has one.
    private var firstBoundary: EpochMillis? {
        latest.values.compactMap(\.firstMinute).min().map { $0 + TradePartition.minute }
    }

    /// The last boundary every partition has reached; nil until each has sent a partial.
    private func reached(partitions: Int32) -> EpochMillis? {
        guard partitions > 0, (0..<partitions).allSatisfy({ latest[$0] != nil }) else { return nil }
        let furthest = latest.values.map(\.through).max()!
        return latest.values.map { $0.caughtUp ? furthest : $0.through }.min()
    }

    /// The level at `boundary`: each partition's partial for it, the members that traded nowhere at their previous
    /// close; nil when a member lacks a figure (as the dashboard's computed level is).
    private func level(
        at boundary: EpochMillis, of index: (code: IndexCode, divisor: Double, members: [Symbol]), partitions: Int32,
        book: ReferenceBook
    ) -> Price? {
        var capitalisation = FreeFloatCapitalisation.zero
        var traded = Set<Symbol>()
        for partition in 0..<partitions {
            guard let list = partials[partition], !list.isEmpty else { return nil }
            // The partial with the first `through` at or after the boundary; past the last, the (caught-up) last.
            let partial = list[min(Self.position(of: boundary - 1, in: list), list.count - 1)]
            capitalisation += partial.capitalisation
            traded.formUnion(partial.traded)
        }
        for member in index.members {
            guard book.hasIndexFigures(member) else { return nil }
            if traded.contains(member) { continue }
            guard let closing = book.closingCapitalisation(of: member) else { return nil }
            capitalisation += closing
        }
        return IndexLevelRounding.price(capitalisation.level(divisor: index.divisor))
    }

    /// Where a partial with `through` goes in `list` (sorted by `through`): before the first one after it.
    private static func position(of through: EpochMillis, in list: [IndexPartial]) -> Int {
        var (low, high) = (0, list.count)
        while low < high {
            let middle = (low + high) / 2
            if list[middle].through > through { high = middle } else { low = middle + 1 }
        }
        return low
    }
}
