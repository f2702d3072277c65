import MarketData

extension PSERules {
    /// The most trades in six months that keep a security in cluster A (rules.md: 20 or fewer).
    public static let clusterAMaximumTrades = 20
    /// The most trades in six months that keep a security in cluster B (rules.md: 21–500); more is cluster C.
    public static let clusterBMaximumTrades = 500

    /// The trading cluster the PSE's semi-annual review gives a security with this many trades over six months.
    public static func cluster(tradesInSixMonths trades: Int) -> TradingCluster {
        if trades <= clusterAMaximumTrades { return .a }
        if trades <= clusterBMaximumTrades { return .b }
        return .c
    }
}
