import MarketData

/// One alert rule: the condition it watches and how it re-arms after firing (see `AlertTrigger`).
public struct AlertRule: Hashable, Sendable {
    public let condition: AlertCondition
    /// How far a level reading must come back inside its threshold before the rule fires again, as a fraction of
    /// the threshold (0.1: a ±3 % rule re-arms below 2.7 %).
    public let margin: Double
    /// After this long (data time), a rule that fired fires again if its reading is still beyond the threshold, and
    /// an event rule (halt, block sale, malformed records) fires no more often than this; nil: no cool-down.
    public let cooldownMillis: EpochMillis?

    public init(_ condition: AlertCondition, margin: Double? = nil, cooldownMillis: EpochMillis? = nil) {
        self.condition = condition
        self.margin = margin ?? condition.defaultMargin
        self.cooldownMillis = cooldownMillis ?? condition.defaultCooldownMillis
    }

    /// The rule as written in the rule language (`AlertRule(parsing:)`): `ALI above 24`.
    public var name: String { description }
}

/// Which way a level is crossed.
public enum Crossing: Hashable, Sendable {
    case above(Price)
    case below(Price)

    var level: Price {
        switch self {
        case .above(let level), .below(let level): level
        }
    }
}

/// What an alert rule watches.
public enum AlertCondition: Hashable, Sendable {
    /// The last price crosses a level.
    case last(Symbol, Crossing)
    /// The change from the previous close reaches ±`beyond` %.
    case changePercent(Symbol, beyond: Double)
    /// The last price moves ±`percent` % from its price `minutes` minutes ago.
    case move(Symbol, percent: Double, minutes: Int)
    /// The shares traded in the last `minutes` minutes reach `factor` × the day's average for as many minutes
    /// before them (checked once the day has twice that many minutes of trading behind it).
    case volumeSurge(Symbol, factor: Double, minutes: Int)
    /// The last price is at or within one tick of the static ceiling or floor (`StockState.staticLimitReached`).
    case limit(Symbol)
    /// A stock is halted, suspended or resumed; nil: any stock, and the market (a circuit breaker).
    case halt(Symbol?)
    /// The stock's net foreign buying reaches ±`beyondPesos`.
    case netForeign(Symbol, beyondPesos: Double)
    /// A block sale; nil: in any stock.
    case blockSale(Symbol?)
    /// The feed's level of an index crosses a level.
    case indexLevel(IndexCode, Crossing)
    /// An index's change from its previous close reaches ±`beyond` %.
    case indexChangePercent(IndexCode, beyond: Double)
    /// The feed has been down for `seconds`.
    case feedDown(seconds: Int)
    /// The consumer's lag reaches `records`.
    case feedLag(records: Int64)
    /// Malformed records arrive.
    case malformed

    /// The stock the rule is about, if one.
    public var symbol: Symbol? {
        switch self {
        case .last(let symbol, _), .changePercent(let symbol, _), .move(let symbol, _, _), .volumeSurge(let symbol, _, _),
            .limit(let symbol), .netForeign(let symbol, _):
            symbol
        case .halt(let symbol), .blockSale(let symbol): symbol
        case .indexLevel, .indexChangePercent, .feedDown, .feedLag, .malformed: nil
        }
    }

    /// The kind's stable name, as alerts' JSON and the hook's environment give it.
    public var kind: String {
        switch self {
        case .last(_, .above): "price-above"
        case .last(_, .below): "price-below"
        case .changePercent: "change"
        case .move: "move"
        case .volumeSurge: "volume"
        case .limit: "limit"
        case .halt: "halt"
        case .netForeign: "foreign"
        case .blockSale: "block"
        case .indexLevel(_, .above): "index-above"
        case .indexLevel(_, .below): "index-below"
        case .indexChangePercent: "index-change"
        case .feedDown: "feed-down"
        case .feedLag: "feed-lag"
        case .malformed: "feed-malformed"
        }
    }

    /// A price level is a fine line (0.2 %); a percentage, factor, amount or count needs a tenth of itself.
    var defaultMargin: Double {
        switch self {
        case .last, .indexLevel: 0.002
        default: 0.1
        }
    }

    /// Malformed records come in bursts: one alert a minute is enough.
    var defaultCooldownMillis: EpochMillis? {
        if case .malformed = self { return 60_000 }
        return nil
    }
}
