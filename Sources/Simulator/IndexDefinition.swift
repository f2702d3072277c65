import Exchange
import MarketData

/// How an index is computed from its members: Σ(last × shares × free float) / divisor, rounded to 0.01, as the
/// reference data publishes it (`divisor`, `members`, and each member's `shares` and `freeFloat`), so a consumer
/// can compute the index itself.
///
/// The shares and free floats are simulated (`ListedShares`: the constituent weights at their reference prices
/// turned into share counts), and the divisor, with four decimals as on the wire, makes the index equal its previous
/// close when every member is at its previous close.
public struct IndexDefinition: Sendable {
    public let code: IndexCode
    public let previousClose: Price
    /// Members and their free-float shares, in basket order (a fixed order keeps the sum byte-repeatable).
    public let members: [(symbol: Symbol, floatShares: Double)]
    public let divisor: Double

    init(code: IndexCode, previousClose: Price, members: [Constituent]) {
        self.code = code
        self.previousClose = previousClose
        let weighted = members.map { (security: $0, floatShares: ListedShares(weighted: $0).floatShares) }
        self.members = weighted.map { ($0.security.symbol, $0.floatShares) }
        let capitalisation = weighted.reduce(0.0) { $0 + $1.security.referencePrice.doubleValue * $1.floatShares }
        let scale = Double(DecimalText.power(WireBounds.divisorDecimals))
        divisor = (capitalisation / previousClose.doubleValue * scale).rounded() / scale
    }

    /// The day's reference data of the index: previous close, divisor and members.
    func referenceData(date: String) -> ReferenceData {
        ReferenceData(
            subject: .index(code), previousClose: previousClose, date: date, divisor: divisor, members: members.map(\.symbol))
    }

    /// The index value for the given member prices (members without a price count at their previous close).
    public func value(prices: [Symbol: Price], previousCloses: [Symbol: Price]) -> Price {
        var capitalisation = 0.0
        for (symbol, floatShares) in members {
            let price = prices[symbol] ?? previousCloses[symbol]!
            capitalisation += price.doubleValue * floatShares
        }
        let hundredths = (capitalisation / divisor * 100).rounded()
        return Price(units: Int64(hundredths) * (Price.scale / 100))
    }

    /// Previous closes of the sector indices (levels in the style of early 2026; unconfirmed) and the PSEi.
    static let previousCloses: [IndexCode: String] = [
        .psei: "6398.10", .financials: "2105.33", .industrial: "9012.77", .holdingFirms: "6220.10",
        .property: "2601.48", .services: "1977.02", .miningAndOil: "8412.95",
    ]

    /// The PSEi over the 30 constituents.
    public static var psei: IndexDefinition { all[0] }

    /// The PSEi and the six sector indices over the 30 constituents.
    public static let all: [IndexDefinition] =
        [IndexCode.psei].map { code in
            IndexDefinition(code: code, previousClose: Price(previousCloses[code]!)!, members: PSERules.constituents)
        }
        + IndexCode.sectors.map { code in
            IndexDefinition(
                code: code, previousClose: Price(previousCloses[code]!)!,
                members: PSERules.constituents.filter { $0.sector.index == code })
        }
}
