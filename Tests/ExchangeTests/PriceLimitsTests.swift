import Exchange
import MarketData
import Testing

/// The static and dynamic thresholds against hand-computed bands, rounded inwards to the tick grid.
@Suite struct PriceLimitsTests {
    /// (previous close, floor, ceiling): −30 % rounded up, +50 % rounded down, each on its own band's tick.
    @Test(arguments: [
        // 15.435 → 15.44 (0.02 tick); 33.075 → 33.05 (0.05 tick).
        ("22.05", "15.44", "33.05"),
        // Penny stocks: 0.00091 → 0.0010 (not truncated to 0.0009, below the band); 0.00195 → 0.0019.
        ("0.0013", "0.0010", "0.0019"),
        ("0.0100", "0.0070", "0.015"),
        // The smallest price: the band cannot be empty.
        ("0.0001", "0.0001", "0.0001"),
        // 19.985 rounds up past 19.98 into the 0.05 band: 20.00; 42.825 → 42.80.
        ("28.55", "20.00", "42.80"),
        // 20.01 rounds down into the 0.05 band's bottom, 20.00; 9.338 → 9.34 (0.01 tick).
        ("13.34", "9.34", "20.00"),
        // 1,048.6 → 1,049 (1.00 tick); 2,247 → 2,246 (2.00 tick).
        ("1498", "1049", "2246"),
    ])
    func staticLimits(previousClose: String, floor: String, ceiling: String) {
        #expect(PSERules.staticLimits(previousClose: Price(previousClose)!) == Price(floor)!...Price(ceiling)!)
    }

    /// (last traded, cluster, low, high).
    @Test(arguments: [
        // COL's example: 38.30 ± 10 % is 34.47 / 42.13, so the trades allowed are 34.50 to 42.10.
        ("38.30", TradingCluster.c, "34.50", "42.10"),
        // ± 15 %: 32.555 → 32.60, 44.045 → 44.00.
        ("38.30", .b, "32.60", "44.00"),
        // ± 20 %: 30.64 → 30.65, 45.96 → 45.95.
        ("38.30", .a, "30.65", "45.95"),
        // 19.98 lies on the 0.02 grid; 24.42 → 24.40.
        ("22.20", .c, "19.98", "24.40"),
        // 19.998 is in the gap above 19.98: down to 19.98; 16.362 → 16.38.
        ("18.18", .c, "16.38", "19.98"),
        // 0.00117 → 0.0012, 0.00143 → 0.0014.
        ("0.0013", .c, "0.0012", "0.0014"),
        // 4.95 in the 0.01 band below 5.00; 6.05.
        ("5.50", .c, "4.95", "6.05"),
    ])
    func dynamicLimits(last: String, cluster: TradingCluster, low: String, high: String) {
        #expect(PSERules.dynamicLimits(lastTraded: Price(last)!, cluster: cluster) == Price(low)!...Price(high)!)
    }

    @Test func anUnknownClusterIsTakenAsC() {
        #expect(PSERules.assumedCluster == .c)
        #expect(PSERules.dynamicLimits(lastTraded: Price("38.30")!) == PSERules.dynamicLimits(lastTraded: Price("38.30")!, cluster: .c))
    }

    @Test func theClustersWidenFromCToA() {
        #expect(TradingCluster.allCases.map(PSERules.LimitPercent.dynamic) == [20, 15, 10])
        #expect((PSERules.LimitPercent.staticBelow, PSERules.LimitPercent.staticAbove) == (30, 50))
    }

    @Test func everyBandEndIsOnTheTickGrid() {
        let prices = stride(from: 1, through: 60_000_000, by: 9_973).map { Price(units: Int64($0)) }
        for price in prices {
            let limits =
                [PSERules.staticLimits(previousClose: price)]
                + TradingCluster.allCases.map {
                    PSERules.dynamicLimits(lastTraded: price, cluster: $0)
                }
            for band in limits {
                #expect(PSERules.isOnTick(band.lowerBound) && PSERules.isOnTick(band.upperBound), "\(price)")
            }
        }
    }
}
