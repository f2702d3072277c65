import Exchange
import MarketData

/// The `!` form: a new alert rule about one stock, written in the rule language (`AlertRule(parsing:)`) and
/// pre-filled from the stock's current figures for the chosen kind. Enter adds it to `DashboardState.alerts`;
/// a rule that does not read stays in the form with the parser's problem.
public struct AlertForm: Hashable, Sendable {
    /// The longest rule text kept.
    static let textLength = 60

    public let symbol: Symbol
    public internal(set) var kind: AlertFormKind
    /// The rule as typed, the kind's suggestion to begin with.
    public internal(set) var text: String
    /// Why Enter did not add the rule; nil until it failed.
    public internal(set) var problem: String?

    /// The form on `symbol`, on the first kind (above), filled in from `stock`.
    init(symbol: Symbol, stock: StockState?) {
        self.symbol = symbol
        kind = .above
        text = kind.suggestion(for: symbol, stock: stock)
    }
}

/// The kinds of rule the form offers for a stock, in the order ←/→ go through them.
public enum AlertFormKind: String, CaseIterable, Hashable, Sendable {
    case above, below, change, move, volume, limit, halt, foreign, block

    /// The rule of this kind the form starts from: above and below one tick away from the last price (else the
    /// previous close) on the PSE grid, the stock's net foreign rounded up to the next million, typical figures for
    /// the others.
    public func suggestion(for symbol: Symbol, stock: StockState?) -> String {
        let price = stock?.last ?? stock?.previousClose
        switch self {
        case .above: return "\(symbol) above" + (price.map { " \(PSERules.step($0, ticks: 1).wireText)" } ?? " ")
        case .below: return "\(symbol) below" + (price.map { " \(PSERules.step($0, ticks: -1).wireText)" } ?? " ")
        case .change: return "\(symbol) change 5%"
        case .move: return "\(symbol) move 2% in 5m"
        case .volume: return "\(symbol) volume 3x in 15m"
        case .foreign: return "\(symbol) foreign \(Self.roundedMillions(stock?.foreign.netUnits ?? 0))M"
        case .limit, .halt, .block: return "\(symbol) \(rawValue)"
        }
    }

    /// The kind `step` places after this one, round the list.
    func moved(by step: Int) -> AlertFormKind {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + step + all.count) % all.count]
    }

    /// Net foreign `units` (price units of pesos) in millions of pesos, rounded up, at least one.
    private static func roundedMillions(_ units: Int128) -> Int128 {
        let million = Int128(Price.scale) * 1_000_000
        return max(((units < 0 ? -units : units) + million - 1) / million, 1)
    }
}
