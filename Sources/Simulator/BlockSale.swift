import Exchange
import Foundation
import MarketData

/// A block sale of the simulated day: a large negotiated trade on the block board, priced away from the last
/// main-board trade, which it does not move.
struct BlockSale: Sendable {
    let stock: Int
    let second: Int
    /// The fraction of the last price the sale is done at: 0.97–0.99 or 1.01–1.03.
    let priceRatio: Double
    /// The sale's value in pesos: ₱100 million to ₱3 billion.
    let value: Double

    /// Two to four sales a day on stocks drawn by their trading rate (so mostly the big names), each at a second
    /// `isEligible` accepts (continuous trading, the stock not halted).
    static func schedule(
        rates: [Double], seconds: ClosedRange<Int>, random: inout SeededRandom, isEligible: (Int, Int) -> Bool
    ) -> [BlockSale] {
        let total = rates.reduce(0, +)
        guard total > 0 else { return [] }
        var sales: [BlockSale] = []
        for _ in 0..<random.int(in: 2...4) {
            var draw = random.unit() * total
            let stock =
                rates.indices.first {
                    draw -= rates[$0]; return draw < 0
                } ?? rates.count - 1
            var second = random.int(in: seconds)
            var tries = 0
            while !isEligible(stock, second) && tries < 1_000 {
                second = random.int(in: seconds)
                tries += 1
            }
            let away = 0.01 + 0.02 * random.unit()
            let ratio = random.unit() < 0.5 ? 1 - away : 1 + away
            let value = 1e8 * pow(30, random.unit())
            if isEligible(stock, second) {
                sales.append(BlockSale(stock: stock, second: second, priceRatio: ratio, value: value))
            }
        }
        return sales
    }

    /// The sale's price on the tick grid near `priceRatio` × the last price, inside the day's static limits.
    func price(last: Price, previousClose: Price) -> Price {
        let target = PSERules.roundToTick(Price(units: Int64(last.doubleValue * priceRatio * Double(Price.scale))))
        let limits = PSERules.staticLimits(previousClose: previousClose)
        return min(max(target, limits.lowerBound), limits.upperBound)
    }

    /// Whole board lots worth about `value` at `price`, at least one.
    func quantity(at price: Price) -> Quantity {
        let lot = PSERules.boardLot(for: price).shares
        return Quantity(max(1, Int64(value / (price.doubleValue * Double(lot)))) * lot)
    }
}
