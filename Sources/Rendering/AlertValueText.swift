import Dashboard
import MarketData

/// An alert's reading as the alerts view writes it, in the unit of its rule: a price or an index level, a
/// percentage, a factor (`3.20×`), pesos (net foreign with its sign, a block sale's value), seconds, or a count.
enum AlertValueText {
    static func text(_ value: Double, condition: AlertCondition, glyphs: Glyphs, width: Int) -> String {
        let scaled = (value * Double(Price.scale)).rounded()
        guard value.isFinite, abs(scaled) < 1e30 else { return glyphs.ellipsis }
        let units = Int128(scaled)
        switch condition {
        case .last, .limit:
            return Int64(exactly: scaled).map { Format.price(Price(units: $0), width: width, glyphs: glyphs) } ?? glyphs.ellipsis
        case .indexLevel: return Format.points(value, signed: false, glyphs: glyphs, width: width)
        case .changePercent, .move, .indexChangePercent: return Format.percent(value, glyphs: glyphs, width: width)
        case .volumeSurge: return Format.fit(units / 100, scale: 2, decimals: 2, width: width - 1, glyphs: glyphs) + glyphs.times
        case .netForeign: return Format.netMoney(units, glyphs: glyphs, width: width)
        case .blockSale: return Format.money(units, glyphs: glyphs, width: width)
        case .feedDown: return Format.age(EpochMillis(clamping: units / 10))
        case .feedLag, .malformed: return Format.count(units / Int128(Price.scale), width: width, glyphs: glyphs)
        case .halt: return ""
        }
    }
}
