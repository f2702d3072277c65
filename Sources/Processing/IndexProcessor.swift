import Dashboard
import MarketData

/// The index processor as a pure state machine (docs/DESIGN.md, "The index processor"): reference data, trades
/// and partials in; partials and index levels out. The trades side sums the partitions of the trades topic this
/// instance reads into `IndexPartial`s, one per index each time a partition's trades cross a minute boundary and
/// when it has been read to its end; the owner side combines the partials of the indices whose partials partitions
/// this instance reads into levels. A partition read again from an offset not after the last one taken (a
/// rebalance handed it back) starts over, as does one revoked.
public struct IndexProcessor: Sendable {
    /// How many partitions the trades topic has: the owner combines a partial from each.
    public let tradePartitions: Int32
    public private(set) var book = ReferenceBook()
    private var partitions: [Int32: TradePartition] = [:]
    private var combiners: [IndexCode: IndexCombiner] = [:]
    /// Per partials partition, the last offset taken and the indices whose partials came from it.
    private var partialsOffsets: [Int32: Int64] = [:]
    private var partialsCodes: [Int32: Set<IndexCode>] = [:]

    public init(tradePartitions: Int32) { self.tradePartitions = tradePartitions }

    /// Takes a `pse.ref` record: it counts for every partial and level made after it.
    public mutating func apply(_ reference: ReferenceData) { book.apply(reference) }

    /// Takes a trade read at `offset` of trades partition `partition`; returns that partition's partials when the
    /// trade opens a later minute than the partition had reached.
    public mutating func apply(_ trade: Trade, partition: Int32, offset: Int64) -> [IndexPartial] {
        var state = tradePartition(partition, readingAt: offset)
        let partials = state.boundaryCrossed(by: trade).map { partialsOf(state, through: $0, caughtUp: false) } ?? []
        state.apply(trade, offset: offset)
        partitions[partition] = state
        return partials
    }

    /// Takes a record of the trades topic that is not a trade (it failed to decode): only its offset counts.
    public mutating func skip(partition: Int32, offset: Int64) {
        var state = tradePartition(partition, readingAt: offset)
        state.skip(offset: offset)
        partitions[partition] = state
    }

    /// The partition has been read to its end: its partials, marked caught up, unless nothing was read since the
    /// last time (or it was never assigned).
    public mutating func caughtUp(partition: Int32) -> [IndexPartial] {
        var state = partitions[partition] ?? TradePartition(number: partition)
        guard !state.reportedCaughtUp else { return [] }
        let through = state.markCaughtUp()
        partitions[partition] = state
        return partialsOf(state, through: through, caughtUp: true)
    }

    /// The offset after the last record taken from trades partition `partition`: 0 when none was.
    public func nextOffset(ofTradePartition partition: Int32) -> Int64 { (partitions[partition]?.lastOffset ?? -1) + 1 }

    /// Takes a partial read at `offset` of partials partition `partition`; returns the levels it makes new or
    /// different.
    public mutating func apply(_ partial: IndexPartial, partialsPartition partition: Int32, offset: Int64) -> [IndexLevel] {
        if offset <= partialsOffsets[partition] ?? -1 { revoke(partialsPartition: partition) }
        partialsOffsets[partition] = offset
        partialsCodes[partition, default: []].insert(partial.code)
        var combiner = combiners[partial.code] ?? IndexCombiner(code: partial.code)
        let levels = combiner.apply(partial, partitions: tradePartitions, book: book)
        combiners[partial.code] = combiner
        return levels
    }

    /// Forgets what was read from trades partition `partition`.
    public mutating func revoke(tradePartition partition: Int32) { partitions[partition] = nil }

    /// Forgets the indices whose partials came from partials partition `partition`.
    public mutating func revoke(partialsPartition partition: Int32) {
        for code in partialsCodes[partition] ?? [] { combiners[code] = nil }
        partialsCodes[partition] = nil
        partialsOffsets[partition] = nil
    }

    private func tradePartition(_ partition: Int32, readingAt offset: Int64) -> TradePartition {
        guard let state = partitions[partition], offset > state.lastOffset else { return TradePartition(number: partition) }
        return state
    }

    private func partialsOf(_ state: TradePartition, through: EpochMillis, caughtUp: Bool) -> [IndexPartial] {
        book.computable.map { index in
            let traded = index.members.filter { state.lastPrices[$0] != nil }.sorted()
            let capitalisation = traded.reduce(FreeFloatCapitalisation.zero) { sum, symbol in
                sum + (book.capitalisation(of: symbol, at: state.lastPrices[symbol]!) ?? .zero)
            }
            return IndexPartial(
                code: index.code, partition: state.number, firstMinute: state.firstMinute, through: through,
                capitalisation: capitalisation, traded: traded, caughtUp: caughtUp)
        }
    }
}
