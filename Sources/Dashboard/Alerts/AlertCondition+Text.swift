import MarketData

extension AlertCondition: CustomStringConvertible {
    /// The rule in words, as the alerts panel and the JSON lines name it: `ALI last above 24.00`.
    public var description: String {
        switch self {
        case .last(let symbol, let crossing): "\(symbol) last \(crossing)"
        case .changePercent(let symbol, let beyond): "\(symbol) change beyond ±\(Self.number(beyond))%"
        case .move(let symbol, let percent, let minutes): "\(symbol) moves ±\(Self.number(percent))% in \(minutes) min"
        case .volumeSurge(let symbol, let factor, let minutes): "\(symbol) volume \(Self.number(factor))× in \(minutes) min"
        case .limit(let symbol): "\(symbol) at a price limit"
        case .halt(let symbol): "\(symbol.map(\.description) ?? "any") halted or resumed"
        case .netForeign(let symbol, let pesos): "\(symbol) net foreign beyond ±₱\(Self.number(pesos))"
        case .blockSale(let symbol): "\(symbol.map(\.description) ?? "any") block sale"
        case .indexLevel(let code, let crossing): "\(code.rawValue) \(crossing)"
        case .indexChangePercent(let code, let beyond): "\(code.rawValue) change beyond ±\(Self.number(beyond))%"
        case .feedDown(let seconds): "feed down \(seconds) s"
        case .feedLag(let records): "feed lag \(records) records"
        case .malformed: "malformed records"
        }
    }

    /// A rule's figure without a trailing `.0`.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }
}

extension Crossing: CustomStringConvertible {
    public var description: String {
        switch self {
        case .above(let level): "above \(AlertText.price(level))"
        case .below(let level): "below \(AlertText.price(level))"
        }
    }
}
