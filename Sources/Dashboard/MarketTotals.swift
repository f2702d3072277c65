/// The market-wide sums the header and the side panel show: breadth, value traded and each sector's foreign flow,
/// gathered stock by stock (`MarketState.totals`).
public struct MarketTotals: Sendable {
    /// Advances, declines and unchanged among the stocks that have traded (see `Sequence.breadth`).
    public private(set) var breadth = (advances: 0, declines: 0, unchanged: 0)
    /// Total value traded today, in 1/10,000 PHP.
    public private(set) var valueUnits: Int128 = 0
    /// A handful of sectors: found by a linear search rather than by hashing each stock's sector.
    private var sectorFlows: [(sector: String, flow: ForeignFlow)] = []

    /// The foreign flow of each sector's stocks (by `StockState.sector`).
    public var foreignBySector: [String: ForeignFlow] { Dictionary(uniqueKeysWithValues: sectorFlows.map { ($0.sector, $0.flow) }) }

    mutating func add(_ stock: StockState) {
        [StockState].count(stock.direction, in: &breadth)
        valueUnits += stock.valueUnits
        guard let sector = stock.sector else { return }
        if let index = sectorFlows.firstIndex(where: { $0.sector == sector }) {
            sectorFlows[index].flow = sectorFlows[index].flow + stock.foreign
        } else {
            sectorFlows.append((sector, stock.foreign))
        }
    }
}
