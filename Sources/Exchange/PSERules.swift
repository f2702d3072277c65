import MarketData

/// PSE trading rules as data (`docs/reference/pse/rules.md`): tick sizes and board lots, the trading
/// day's phases, price thresholds and the index circuit breaker. Numbers marked unconfirmed there are
/// estimates; correct them here and only here.
public enum PSERules {
    /// One row of the board-lot table: prices from `lowest` to `highest` move in `tick`s and trade in `lot`s.
    public struct TickBand: Hashable, Sendable {
        public let lowest: Price
        public let highest: Price
        public let tick: Price
        public let lot: Quantity
    }

    /// The 15 bands of the PSE board-lot table (normal-lot market).
    public static let tickBands: [TickBand] = [
        band("0.0001", "0.0099", "0.0001", 1_000_000),
        band("0.0100", "0.0490", "0.0010", 100_000),
        band("0.0500", "0.2490", "0.0010", 10_000),
        band("0.2500", "0.4950", "0.0050", 10_000),
        band("0.50", "4.99", "0.01", 1_000),
        band("5.00", "9.99", "0.01", 100),
        band("10.00", "19.98", "0.02", 100),
        band("20.00", "49.95", "0.05", 100),
        band("50.00", "99.95", "0.05", 10),
        band("100.00", "199.90", "0.10", 10),
        band("200.00", "499.80", "0.20", 10),
        band("500.00", "999.50", "0.50", 10),
        band("1000.00", "1999.00", "1.00", 5),
        band("2000.00", "4998.00", "2.00", 5),
        band("5000.00", "999999999999.00", "5.00", 5),
    ]

    private static func band(_ low: String, _ high: String, _ tick: String, _ lot: Int64) -> TickBand {
        TickBand(lowest: Price(low)!, highest: Price(high)!, tick: Price(tick)!, lot: Quantity(lot))
    }

    /// The band a price falls in: the last band whose lowest price is at or below it (prices between one
    /// band's top tick and the next band's bottom, such as 19.99, belong to the lower band).
    public static func band(for price: Price) -> TickBand {
        var low = 0, high = tickBands.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if tickBands[middle].lowest <= price { low = middle } else { high = middle - 1 }
        }
        return tickBands[low]
    }

    public static func tickSize(for price: Price) -> Price { band(for: price).tick }
    public static func boardLot(for price: Price) -> Quantity { band(for: price).lot }

    /// True when the price is a whole number of ticks of its band.
    public static func isOnTick(_ price: Price) -> Bool {
        price.units > 0 && price.units % tickSize(for: price).units == 0
    }

    /// True when the quantity is a positive whole number of board lots at that price.
    public static func isBoardLot(_ quantity: Quantity, at price: Price) -> Bool {
        quantity.shares > 0 && quantity.shares % boardLot(for: price).shares == 0
    }

    /// The nearest valid price at or below (`roundingUp: false`) or at or above `price`.
    public static func roundToTick(_ price: Price, roundingUp: Bool = false) -> Price {
        let tick = tickSize(for: price).units
        var units = price.units - price.units % tick
        if roundingUp && units < price.units { units += tick }
        let rounded = Price(units: max(units, tickBands[0].tick.units))
        // Rounding can cross into a band with a coarser tick; settle on that band's grid.
        return isOnTick(rounded) ? rounded : roundToTick(rounded, roundingUp: roundingUp)
    }

    /// The ticks from `low` up to `high`, each band's own tick (a spread across a band's edge counts the ticks of
    /// both); nil when `high` is below `low`. A price off the grid counts as the tick it reaches.
    public static func ticks(from low: Price, to high: Price) -> Int? {
        guard low <= high else { return nil }
        var count = 0
        var current = low
        while current < high {
            let tick = tickSize(for: current).units
            let bandEnd = tickBands.first { $0.lowest > current }?.lowest ?? high
            let steps = max((min(high, bandEnd).units - current.units + tick - 1) / tick, 1)
            count += Int(steps)
            current = Price(units: current.units + steps * tick)
        }
        return count
    }

    /// The price one tick above or below (`ticks` may be negative), never below the smallest price.
    public static func step(_ price: Price, ticks: Int) -> Price {
        var current = price
        for _ in 0..<abs(ticks) {
            if ticks > 0 {
                current = Price(units: current.units + tickSize(for: current).units)
            } else {
                let below = Price(units: current.units - 1)
                guard below.units > 0 else { break }
                current = Price(units: current.units - tickSize(for: below).units)
            }
        }
        return current
    }
}
