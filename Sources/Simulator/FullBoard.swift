import Exchange
import Foundation
import MarketData

/// A listing of the full board beyond the constituents and how often it trades.
struct BoardListing: Sendable {
    let security: Constituent
    /// Mean trades in a day of continuous trading; 0 for a listing that does not trade today.
    let tradesPerDay: Double
    /// True when the listing takes part in the opening and closing auctions.
    let joinsAuctions: Bool
}

/// The rest of the board, made up from the seed: listings in every PSE sector, named "Simulated … Corp. N" so no
/// one takes them for real companies, with 3–5 letter symbols that differ from every constituent, prices spread
/// log-uniformly from penny stocks to over ₱1,000 on the tick grid, and thin trading for most of them.
enum FullBoard {
    /// How many listings each sector has beyond the constituents (250 in all), roughly the PSE's own mix.
    static let listingsPerSector: [(sector: Sector, count: Int, noun: String)] = [
        (.financials, 30, "Financial"), (.industrial, 65, "Industrial"), (.holdingFirms, 35, "Holdings"),
        (.property, 45, "Property"), (.services, 55, "Services"), (.miningAndOil, 20, "Mining"),
    ]
    /// The lowest and highest price a listing starts the day at, before rounding to its tick.
    static let priceRange = (lowest: 0.005, highest: 2_500.0)
    /// Listings with at least this many trades a day take part in the auctions.
    static let auctionTradesPerDay = 40.0

    /// How liquid a listing is: the first tier whose share, added to the ones before, covers the draw.
    /// Mean trades a day are spread log-uniformly within a tier.
    static let liquidityTiers: [(share: Double, tradesPerDay: ClosedRange<Double>?)] = [
        (0.08, nil),  // no trade all day; a few of the next tier's draw none either
        (0.55, 2...12),
        (0.27, 12...150),
        (0.10, 150...1_500),
    ]

    /// The listings, in symbol order.
    static func listings(random: inout SeededRandom) -> [BoardListing] {
        var taken = Set(PSERules.constituents.map(\.symbol.code))
        var listings: [BoardListing] = []
        for (sector, count, noun) in listingsPerSector {
            for number in 1...count {
                let symbol = uniqueSymbol(taken: &taken, random: &random)
                let pesos = priceRange.lowest * pow(priceRange.highest / priceRange.lowest, random.unit())
                let price = PSERules.roundToTick(Price(units: Int64(pesos * Double(Price.scale))))
                let tradesPerDay = tradesPerDay(random: &random)
                listings.append(
                    BoardListing(
                        security: Constituent(
                            symbol, "Simulated \(noun) Corp. \(number)", sector, price.wireText, weight: 0, priceConfirmed: false),
                        tradesPerDay: tradesPerDay, joinsAuctions: tradesPerDay >= auctionTradesPerDay))
            }
        }
        return listings.sorted { $0.security.symbol < $1.security.symbol }
    }

    private static func tradesPerDay(random: inout SeededRandom) -> Double {
        let draw = random.unit()
        var covered = 0.0
        for tier in liquidityTiers {
            covered += tier.share
            guard draw < covered else { continue }
            guard let range = tier.tradesPerDay else { return 0 }
            return range.lowerBound * pow(range.upperBound / range.lowerBound, random.unit())
        }
        return 0
    }

    private static let vowels = Array("AEIOU"), consonants = Array("BCDFGHKLMNPRSTVW")

    /// A 3–5 letter symbol that reads like a ticker (never two vowels or three consonants in a row) and is not
    /// yet taken.
    private static func uniqueSymbol(taken: inout Set<String>, random: inout SeededRandom) -> String {
        while true {
            var letters: [Character] = []
            for _ in 0..<random.int(in: 3...5) {
                let pool: [Character]
                if let last = letters.last, vowels.contains(last) {
                    pool = consonants
                } else if letters.count >= 2 && letters.suffix(2).allSatisfy(consonants.contains) {
                    pool = vowels
                } else {
                    pool = random.unit() < 0.3 ? vowels : consonants
                }
                letters.append(pool[random.int(in: 0...(pool.count - 1))])
            }
            let symbol = String(letters)
            if taken.insert(symbol).inserted { return symbol }
        }
    }
}
