import MarketData

/// A member of the PSEi basket with the reference figures the simulator starts from.
public struct Constituent: Hashable, Sendable {
    public let symbol: Symbol
    public let name: String
    public let sector: Sector
    /// A recent closing price (see `priceConfirmed`), on the tick grid.
    public let referencePrice: Price
    /// Approximate index weight in percent (unconfirmed for every name: a proxy from STOXX weights).
    public let weightPercent: Double
    /// False for the seven prices `rules.md` marks as rough guesses.
    public let priceConfirmed: Bool

    public init(_ symbol: String, _ name: String, _ sector: Sector, _ price: String, weight: Double, priceConfirmed: Bool) {
        self.symbol = Symbol(symbol)!
        self.name = name
        self.sector = sector
        self.referencePrice = PSERules.roundToTick(Price(price)!)
        self.weightPercent = weight
        self.priceConfirmed = priceConfirmed
    }
}

extension PSERules {
    /// The 30 PSEi constituents effective 2 February 2026, from `docs/reference/pse/constituents.csv`.
    public static let constituents: [Constituent] = [
        Constituent("AC", "Ayala Corporation", .holdingFirms, "455", weight: 3.81, priceConfirmed: true),
        Constituent("ACEN", "ACEN Corporation", .industrial, "2.74", weight: 0.92, priceConfirmed: true),
        Constituent("AEV", "Aboitiz Equity Ventures, Inc.", .holdingFirms, "29.5", weight: 1.93, priceConfirmed: true),
        Constituent("ALI", "Ayala Land, Inc.", .property, "22.05", weight: 4.71, priceConfirmed: true),
        Constituent("AREIT", "AREIT, Inc.", .property, "40", weight: 1.91, priceConfirmed: false),
        Constituent("BDO", "BDO Unibank, Inc.", .financials, "134.6", weight: 9.04, priceConfirmed: true),
        Constituent("BPI", "Bank of the Philippine Islands", .financials, "116", weight: 8.12, priceConfirmed: true),
        Constituent("CBC", "China Banking Corporation", .financials, "70", weight: 0.55, priceConfirmed: false),
        Constituent("CNPF", "Century Pacific Food, Inc.", .industrial, "38", weight: 1.58, priceConfirmed: false),
        Constituent(
            "CNVRG", "Converge Information and Communications Technology Solutions, Inc.", .services, "14.5", weight: 1.23,
            priceConfirmed: true),
        Constituent("DMC", "DMCI Holdings, Inc.", .holdingFirms, "9.5", weight: 1.41, priceConfirmed: false),
        Constituent("EMI", "Emperador Inc.", .industrial, "17", weight: 0.55, priceConfirmed: false),
        Constituent("GLO", "Globe Telecom, Inc.", .services, "1549", weight: 0.55, priceConfirmed: true),
        Constituent("GTCAP", "GT Capital Holdings, Inc.", .holdingFirms, "595", weight: 1.65, priceConfirmed: true),
        Constituent("ICT", "International Container Terminal Services, Inc.", .services, "623", weight: 12.77, priceConfirmed: true),
        Constituent("JFC", "Jollibee Foods Corporation", .industrial, "203", weight: 3.87, priceConfirmed: true),
        Constituent("JGS", "JG Summit Holdings, Inc.", .holdingFirms, "21", weight: 2.26, priceConfirmed: false),
        Constituent("LTG", "LT Group, Inc.", .holdingFirms, "14.92", weight: 1.32, priceConfirmed: true),
        Constituent("MBT", "Metropolitan Bank & Trust Company", .financials, "72.35", weight: 3.97, priceConfirmed: true),
        Constituent("MER", "Manila Electric Company", .industrial, "575", weight: 5.62, priceConfirmed: true),
        Constituent("MONDE", "Monde Nissin Corporation", .industrial, "7.25", weight: 1.3, priceConfirmed: true),
        Constituent("PGOLD", "Puregold Price Club, Inc.", .services, "40.1", weight: 1.41, priceConfirmed: true),
        Constituent("PLUS", "DigiPlus Interactive Corp.", .services, "16.4", weight: 1.07, priceConfirmed: true),
        Constituent("RCR", "RL Commercial REIT, Inc.", .property, "7.38", weight: 1.54, priceConfirmed: true),
        Constituent("SCC", "Semirara Mining and Power Corporation", .miningAndOil, "30", weight: 1.18, priceConfirmed: false),
        Constituent("SM", "SM Investments Corporation", .holdingFirms, "705", weight: 11.43, priceConfirmed: true),
        Constituent("SMC", "San Miguel Corporation", .holdingFirms, "75", weight: 0.55, priceConfirmed: true),
        Constituent("SMPH", "SM Prime Holdings, Inc.", .property, "23.9", weight: 9.75, priceConfirmed: true),
        Constituent("TEL", "PLDT Inc.", .services, "1320", weight: 2.16, priceConfirmed: true),
        Constituent("URC", "Universal Robina Corporation", .industrial, "66.5", weight: 1.89, priceConfirmed: true),
    ]

    /// True for the symbols of the PSEi's constituents.
    public static func isConstituent(_ symbol: Symbol) -> Bool { constituentSymbols.contains(symbol) }

    private static let constituentSymbols = Set(constituents.map(\.symbol))

    /// The constituent with this symbol, if it is in the PSEi.
    public static func constituent(_ symbol: Symbol) -> Constituent? {
        constituents.first { $0.symbol == symbol }
    }
}
