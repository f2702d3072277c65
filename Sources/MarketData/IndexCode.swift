/// The PSE index codes published on `pse.index`: the PSEi, the All Shares index and the six sector indices.
public enum IndexCode: String, CaseIterable, Hashable, Sendable {
    case psei = "PSEi"
    case allShares = "ALL"
    case financials = "FIN"
    case industrial = "IND"
    case holdingFirms = "HDG"
    case property = "PRO"
    case services = "SVC"
    case miningAndOil = "M-O"

    /// The six sector indices, in the PSE's usual display order.
    public static let sectors: [IndexCode] = [.financials, .industrial, .holdingFirms, .property, .services, .miningAndOil]
}

/// The PSE's six-sector classification of a listed company.
public enum Sector: String, CaseIterable, Hashable, Sendable {
    case financials = "Financials"
    case industrial = "Industrial"
    case holdingFirms = "Holding Firms"
    case property = "Property"
    case services = "Services"
    case miningAndOil = "Mining and Oil"

    /// The sector index that tracks this sector.
    public var index: IndexCode {
        switch self {
        case .financials: .financials
        case .industrial: .industrial
        case .holdingFirms: .holdingFirms
        case .property: .property
        case .services: .services
        case .miningAndOil: .miningAndOil
        }
    }
}
