import Dashboard
import MarketData
import Processing
import Simulator

/// A simulated day's reference data and trades, the trades spread over partitions by symbol (as a keyed producer
/// spreads them), and what the dashboard's reducer computes from them at the end of each minute.
struct SimulatedTradingDay {
    let references: [ReferenceData]
    /// The trades in time order, each with its partition and its offset there.
    let trades: [(trade: Trade, partition: Int32, offset: Int64)]
    let partitions: Int32

    init(partitions: Int32, tradesPerSecond: Double = 0.3) {
        var references: [ReferenceData] = []
        var trades: [(Trade, Int32, Int64)] = []
        var nextOffsets = [Int64](repeating: 0, count: Int(partitions))
        for simulated in MarketSimulator(.init(seed: 11, date: "2026-11-25", tradesPerSecond: tradesPerSecond, oddLots: true))! {
            switch simulated.event {
            case .reference(let reference): references.append(reference)
            case .trade(let trade):
                let partition = Int32(trade.symbol.code.utf8.reduce(0) { $0 + Int($1) } % Int(partitions))
                trades.append((trade, partition, nextOffsets[Int(partition)]))
                nextOffsets[Int(partition)] += 1
            default: break
            }
        }
        self.references = references
        self.trades = trades
        self.partitions = partitions
    }

    /// The dashboard's computed level of every index at the end of every minute from the first trade's minute to the
    /// last's, keyed as the processor's output is: index code and the minute's last millisecond.
    func dashboardLevels() -> [PointKey: Price] {
        var state = DashboardState(source: "test")
        Dashboard.reduce(into: &state, action: .records(references.map { .success(.reference($0)) }, receivedAt: 0))
        var levels: [PointKey: Price] = [:]
        func record(boundary: EpochMillis) {
            for code in IndexCode.allCases {
                if let level = state.market.computedLevel(of: code).flatMap(IndexLevelRounding.price) {
                    levels[PointKey(code: code, time: boundary - 1)] = level
                }
            }
        }
        var boundary: EpochMillis?
        for (trade, _, _) in trades {
            let minuteEnd = trade.timestamp - trade.timestamp % 60_000 + 60_000
            if let open = boundary, minuteEnd > open {
                for passed in stride(from: open, to: minuteEnd, by: 60_000) { record(boundary: passed) }
            }
            boundary = minuteEnd
            Dashboard.reduce(into: &state, action: .records([.success(.trade(trade))], receivedAt: 0))
        }
        if let boundary { record(boundary: boundary) }
        return levels
    }
}

/// One point of the processor's output: an index at a time.
struct PointKey: Hashable, CustomStringConvertible {
    let code: IndexCode
    let time: EpochMillis
    var description: String { "\(code.rawValue)@\(ManilaTime(epochMillis: time).clockText)" }
}

/// What a consumer of the output topic keeps: per index and time, the last level published.
struct OutputView {
    private(set) var points: [PointKey: Price] = [:]

    mutating func take(_ levels: [IndexLevel]) {
        for level in levels { points[PointKey(code: level.code, time: level.timestamp)] = level.value }
    }
}
