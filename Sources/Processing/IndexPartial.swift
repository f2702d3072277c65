import Dashboard
import MarketData

/// What one instance knows of one index from one partition of the trades topic: the free-float capitalisation of
/// the index's members that traded there, at their last main-board prices, over the trades before `through`.
/// Published on the partials topic keyed by the index code, so one owner combines every partition's partials.
public struct IndexPartial: Hashable, Sendable {
    public var code: IndexCode
    /// The trades topic's partition it sums.
    public var partition: Int32
    /// The start of the minute of the partition's first trade; nil while it has none.
    public var firstMinute: EpochMillis?
    /// A minute boundary: the sum covers the partition's trades up to the first one at or after it.
    public var through: EpochMillis
    /// Σ last × shares × free float over `traded` (members without shares or free float count nothing).
    public var capitalisation: FreeFloatCapitalisation
    /// The index's members that traded on the main board in the partition, sorted.
    public var traded: [Symbol]
    /// True when the partition had been read to its end: the sum holds for every later boundary until the partition
    /// says more (a live feed may still add trades before `through`).
    public var caughtUp: Bool

    public init(
        code: IndexCode, partition: Int32, firstMinute: EpochMillis?, through: EpochMillis,
        capitalisation: FreeFloatCapitalisation, traded: [Symbol], caughtUp: Bool
    ) {
        self.code = code; self.partition = partition; self.firstMinute = firstMinute; self.through = through
        self.capitalisation = capitalisation; self.traded = traded; self.caughtUp = caughtUp
    }
}
