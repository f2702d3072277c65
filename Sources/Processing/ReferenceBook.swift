import Dashboard
import MarketData

/// The reference figures an index level needs, from `pse.ref`, kept as the dashboard keeps them: a security's
/// previous close is replaced by each record, its shares and free float (and an index's divisor and members) only
/// when the record gives them.
public struct ReferenceBook: Sendable {
    struct Security: Sendable {
        var previousClose: Price
        var shares: Quantity?
        var freeFloat: Double?
    }

    struct Index: Sendable {
        var divisor: Double?
        var members: [Symbol]?
    }

    private(set) var securities: [Symbol: Security] = [:]
    private(set) var indices: [IndexCode: Index] = [:]

    public init() {}

    public mutating func apply(_ reference: ReferenceData) {
        switch reference.subject {
        case .security(let symbol):
            let known = securities[symbol]
            securities[symbol] = Security(
                previousClose: reference.previousClose, shares: reference.shares ?? known?.shares,
                freeFloat: reference.freeFloat ?? known?.freeFloat)
        case .index(let code):
            let known = indices[code]
            indices[code] = Index(divisor: reference.divisor ?? known?.divisor, members: reference.members ?? known?.members)
        }
    }

    /// The indices with a divisor and members: the ones that can be computed, in code order.
    var computable: [(code: IndexCode, divisor: Double, members: [Symbol])] {
        IndexCode.allCases.compactMap { code in
            guard let index = indices[code], let divisor = index.divisor, divisor > 0, let members = index.members,
                !members.isEmpty
            else { return nil }
            return (code, divisor, members)
        }
    }

    /// True when `symbol`'s shares and free float are known.
    func hasIndexFigures(_ symbol: Symbol) -> Bool {
        securities[symbol].map { $0.shares != nil && $0.freeFloat != nil } ?? false
    }

    /// `symbol`'s free-float capitalisation at `price`; nil without its shares or free float.
    func capitalisation(of symbol: Symbol, at price: Price) -> FreeFloatCapitalisation? {
        guard let security = securities[symbol], let shares = security.shares, let freeFloat = security.freeFloat else {
            return nil
        }
        return FreeFloatCapitalisation(price: price, shares: shares, freeFloat: freeFloat)
    }

    /// `symbol`'s free-float capitalisation at its previous close; nil without reference data or a figure.
    func closingCapitalisation(of symbol: Symbol) -> FreeFloatCapitalisation? {
        securities[symbol].flatMap { capitalisation(of: symbol, at: $0.previousClose) }
    }
}
