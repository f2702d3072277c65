import MarketData

extension AlertRule: CustomStringConvertible {
    /// The rule as `AlertRule(parsing:)` reads it, options only where not the default: `ALI above 23.00`,
    /// `ALI move 2% in 5m cooldown 10m`.
    public var description: String {
        var text = condition.description
        if margin != condition.defaultMargin { text += " margin \(AlertText.number(margin * 100))%" }
        if let cooldownMillis, cooldownMillis != condition.defaultCooldownMillis {
            text += " cooldown \(AlertText.duration(cooldownMillis))"
        }
        return text
    }
}

extension AlertCondition: CustomStringConvertible {
    /// The condition in the rule language (see `AlertRule(parsing:)`): `ALI above 23.00`, `PSEi change 2%`.
    public var description: String {
        switch self {
        case .last(let symbol, let crossing): "\(symbol) \(crossing)"
        case .changePercent(let symbol, let beyond): "\(symbol) change \(AlertText.number(beyond))%"
        case .move(let symbol, let percent, let minutes): "\(symbol) move \(AlertText.number(percent))% in \(minutes)m"
        case .volumeSurge(let symbol, let factor, let minutes): "\(symbol) volume \(AlertText.number(factor))x in \(minutes)m"
        case .limit(let symbol): "\(symbol) limit"
        case .halt(let symbol): "\(symbol.map(\.description) ?? "any") halt"
        case .netForeign(let symbol, let pesos): "\(symbol) foreign \(AlertText.number(pesos))"
        case .blockSale(let symbol): "\(symbol.map(\.description) ?? "any") block"
        case .indexLevel(let code, let crossing): "\(code.rawValue) \(crossing)"
        case .indexChangePercent(let code, let beyond): "\(code.rawValue) change \(AlertText.number(beyond))%"
        case .feedDown(let seconds): "feed down \(seconds)s"
        case .feedLag(let records): "feed lag \(records)"
        case .malformed: "feed malformed"
        }
    }
}

extension Crossing: CustomStringConvertible {
    public var description: String {
        switch self {
        case .above(let level): "above \(level.wireText)"
        case .below(let level): "below \(level.wireText)"
        }
    }

    /// As an alert's message says it: `above 6,300.00`.
    var words: String {
        switch self {
        case .above(let level): "above \(AlertText.price(level))"
        case .below(let level): "below \(AlertText.price(level))"
        }
    }
}
