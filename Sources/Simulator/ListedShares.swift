import Exchange
import Foundation
import MarketData

/// A simulated security's listed shares and free float: made-up figures in a plausible range, not the PSE's.
///
/// The shares are derived from a free-float market capitalisation (for a constituent, its index weight at its
/// reference price), so the simulated PSEi weighs its members as the real one roughly does. The figures depend on
/// the symbol alone, never on the day's draws.
struct ListedShares: Hashable, Sendable {
    let shares: Quantity
    /// The share of `shares` the public holds, 0 to 1, with at most four decimals (a percentage with two).
    let freeFloat: Double

    /// The free-float capitalisation of one percent of the simulated PSEi: about ₱5 trillion for the basket.
    static let pesosPerWeightPercent = 50e9

    /// Shares worth `freeFloatCapitalisation` pesos of free float at `price`, with a free float of 20–65 %
    /// drawn from the symbol.
    init(symbol: Symbol, price: Price, freeFloatCapitalisation: Double) {
        var random = SeededRandom(seed: ListedShares.seed(of: symbol))
        freeFloat = ((0.20 + 0.45 * random.unit()) * 10_000).rounded() / 10_000
        let count = (freeFloatCapitalisation / (price.doubleValue * freeFloat)).rounded()
        shares = Quantity(Int64(min(max(count, 1), Double(ListedShares.mostShares.shares))))
    }

    /// A constituent (or a weighted extra listing): its index weight turned into shares.
    init(weighted security: Constituent) {
        self.init(
            symbol: security.symbol, price: security.referencePrice,
            freeFloatCapitalisation: security.weightPercent * ListedShares.pesosPerWeightPercent)
    }

    /// A listing of the full board: a free-float capitalisation of ₱0.2–20 billion drawn from the symbol.
    init(listing security: Constituent) {
        var random = SeededRandom(seed: ~ListedShares.seed(of: security.symbol))
        self.init(
            symbol: security.symbol, price: security.referencePrice,
            freeFloatCapitalisation: 0.2e9 * pow(100, random.unit()))
    }

    /// Shares in free float, the weight of a member in an index.
    var floatShares: Double { Double(shares.shares) * freeFloat }

    /// A tenth of the codec's bound, so a penny stock's share count stays well inside it.
    private static let mostShares = Quantity(WireBounds.maximumQuantity.shares / 10)

    /// FNV-1a of the symbol's code: a seed that is the same on every machine and every day.
    private static func seed(of symbol: Symbol) -> UInt64 {
        symbol.code.utf8.reduce(0xCBF2_9CE4_8422_2325) { hash, byte in (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
    }
}
