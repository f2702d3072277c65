import Exchange
import Foundation
import MarketData

/// The evolving state of one simulated security: its hidden fair value and what it has published.
struct SimulatedStock: Sendable {
    let constituent: Constituent
    let previousClose: Price
    /// Sensitivity to the market factor.
    let beta: Double
    /// Mean trades per second at activity 1.
    let baseRate: Double
    /// False for a thin listing that has no opening or closing auction trade.
    let joinsAuctions: Bool
    /// Listed shares and free float, published in the reference data.
    let listed: ListedShares
    let cluster: TradingCluster
    /// The share of the stock's buying and selling done by foreign brokers (`BrokerFlow`).
    let foreignShare: Double
    /// The stock's own log-return component.
    var idiosyncratic = 0.0
    var lastPrice: Price?
    var closingPrice: Price?
    var tradeSeq: Int64 = 0
    var quoteSeq: Int64 = 0

    var symbol: Symbol { constituent.symbol }

    /// The fair value given the market and sector components, kept inside the static threshold.
    func fairValue(market: Double, sector: Double) -> Double {
        let limits = PSERules.staticLimits(previousClose: previousClose)
        let raw = previousClose.doubleValue * exp(beta * market + sector + idiosyncratic)
        return min(max(raw, limits.lowerBound.doubleValue), limits.upperBound.doubleValue)
    }

    /// The best bid and ask around a fair value: the tick at or below it and the next tick up.
    static func spread(around fair: Double) -> (bid: Price, ask: Price) {
        let bid = PSERules.roundToTick(Price(units: Int64(fair * Double(Price.scale))))
        return (bid, PSERules.step(bid, ticks: 1))
    }

    /// A trade price at the bid or the ask, kept within the dynamic threshold of the last trade.
    func tradePrice(fair: Double, buyerInitiated: Bool) -> Price {
        let (bid, ask) = SimulatedStock.spread(around: fair)
        let price = buyerInitiated ? ask : bid
        guard let last = lastPrice else { return price }
        let band = PSERules.dynamicLimits(lastTraded: last)
        return min(max(price, band.lowerBound), band.upperBound)
    }

    /// An odd lot: fewer shares than a board lot at `price` (every board lot is at least 5 shares).
    static func oddLot(at price: Price, random: inout SeededRandom) -> Quantity {
        Quantity(Int64(random.int(in: 1...Int(PSERules.boardLot(for: price).shares - 1))))
    }

    /// A quantity in whole board lots with a lognormal number of lots worth about `meanValue` pesos.
    static func quantity(at price: Price, meanValue: Double, random: inout SeededRandom) -> Quantity {
        let lot = PSERules.boardLot(for: price).shares
        let meanLots = max(meanValue / (price.doubleValue * Double(lot)), 1)
        let lots = max(1, Int64(exp(log(meanLots) - 0.4 + 0.9 * random.normal()).rounded()))
        return Quantity(lots * lot)
    }
}

extension SimulatedStock {
    /// `count` made-up listings outside the PSEi (`X0001`, `X0002`, …): prices spread log-uniformly from ₱0.50 to
    /// ₱500 on the tick grid, sectors in turn, each trading about a fifth as often as an average constituent.
    static func extraListings(_ count: Int, random: inout SeededRandom) -> [Constituent] {
        (0..<count).map { number in
            let pesos = 0.5 * pow(1000, random.unit())
            let price = PSERules.roundToTick(Price(units: Int64(pesos * Double(Price.scale))))
            let code = "X" + String(repeating: "0", count: max(0, 4 - String(number + 1).count)) + String(number + 1)
            return Constituent(
                code, "Simulated Listing \(number + 1)", Sector.allCases[number % Sector.allCases.count],
                price.wireText, weight: 0.66, priceConfirmed: false)
        }
    }
}
