import MarketData

/// A row's place in the sorted table, and where its stock is in the rows before sorting (`index`): its figure for the
/// sort key as two words whose unsigned order is the rows' order (the direction applied), a stock without the figure
/// after every stock with one, and ties A to Z by symbol.
/// A frame of the All view sorts thousands of rows, and integers compare in a few instructions where the figures
/// themselves (an optional `Double` or `Int128` behind an enum) took about ninety.
struct RowOrder: Comparable {
    let missing: Bool
    let high: UInt64
    let low: UInt64
    let symbol: Symbol
    let index: Int

    /// The row of `stock`, at `index` before sorting, sorted by `key` (not `.none` or `.symbol`, which sort by the
    /// symbol alone).
    init(_ stock: StockState, at index: Int, by key: SortKey, descending: Bool) {
        var words: (UInt64, UInt64)?
        switch key {
        case .none, .symbol: words = (0, 0)
        case .changePercent: words = stock.changePercent.map(Self.words)
        case .points: words = stock.pseiPoints.map(Self.words)
        case .value: words = stock.last == nil ? nil : Self.words(stock.valueUnits)
        case .volume: words = stock.last == nil ? nil : Self.words(stock.volume)
        case .last: words = stock.last.map { Self.words(Int128($0.units)) }
        }
        missing = words == nil
        let (high, low) = words ?? (0, 0)
        (self.high, self.low) = descending ? (~high, ~low) : (high, low)
        symbol = stock.symbol
        self.index = index
    }

    static func < (lhs: RowOrder, rhs: RowOrder) -> Bool {
        (lhs.missing ? 1 : 0, lhs.high, lhs.low) < (rhs.missing ? 1 : 0, rhs.high, rhs.low)
            || (lhs.missing == rhs.missing && lhs.high == rhs.high && lhs.low == rhs.low && lhs.symbol < rhs.symbol)
    }

    /// A number's order as an unsigned word: the sign bit flipped for a positive number, every bit for a negative
    /// one (IEEE 754 order); −0 is 0.
    private static func words(_ value: Double) -> (UInt64, UInt64) {
        let bits = (value == 0 ? 0 : value).bitPattern
        return (bits >> 63 == 1 ? ~bits : bits | 1 << 63, 0)
    }

    /// An amount's order as two unsigned words: the high one with its sign bit flipped.
    private static func words(_ value: Int128) -> (UInt64, UInt64) {
        (UInt64(truncatingIfNeeded: value >> 64) ^ 1 << 63, UInt64(truncatingIfNeeded: value))
    }
}
