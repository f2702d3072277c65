import MarketData

/// Who is on each side of a simulated trade: a broker code for the buyer and the seller, and which of them is a
/// foreign broker.
///
/// The broker codes are made up for the simulation (2–3 letters, none of them a PSE listing's symbol); they
/// are not the PSE's trading participants. Foreign brokers carry the `X` prefix. Busier brokers come first in each
/// list and are drawn more often, so a ranking of brokers has leaders.
struct BrokerFlow: Sendable {
    /// Simulated local brokers, busiest first.
    static let localBrokers: [BrokerCode] = [
        "BQ", "KD", "HV", "RW", "TZ", "DN", "PQ", "MV", "FW", "LQ", "GK", "NZ", "CW", "SQ", "VD", "JW", "YK", "WN",
    ]
    /// Simulated foreign brokers, busiest first.
    static let foreignBrokers: [BrokerCode] = ["XMB", "XGR", "XUS", "XCL", "XJM", "XDB", "XNM"]

    /// The buyer, the seller and which side was foreign (nil when neither was).
    struct Sides: Hashable, Sendable {
        let buyer: BrokerCode
        let seller: BrokerCode
        let foreign: Trade.ForeignSide?
    }

    /// Each side is foreign with probability `foreignShare`, so foreign brokers account for about that share of
    /// both the buying and the selling.
    static func sides(foreignShare: Double, random: inout SeededRandom) -> Sides {
        let foreignBuyer = random.unit() < foreignShare
        let foreignSeller = random.unit() < foreignShare
        let foreign: Trade.ForeignSide? =
            switch (foreignBuyer, foreignSeller) {
            case (true, true): .both
            case (true, false): .buy
            case (false, true): .sell
            case (false, false): nil
            }
        return Sides(
            buyer: broker(foreign: foreignBuyer, random: &random), seller: broker(foreign: foreignSeller, random: &random),
            foreign: foreign)
    }

    /// The share of a security's trading done by foreign brokers: 12 % for a small name, rising with index weight
    /// to 45 % for the heaviest constituents.
    static func foreignShare(weightPercent: Double) -> Double {
        0.12 + 0.33 * min(weightPercent / 10, 1)
    }

    /// A broker from the list, the busiest ones more often (the square of a uniform draw skews towards the front).
    private static func broker(foreign: Bool, random: inout SeededRandom) -> BrokerCode {
        let brokers = foreign ? foreignBrokers : localBrokers
        let draw = random.unit()
        return brokers[Int(draw * draw * Double(brokers.count))]
    }
}
