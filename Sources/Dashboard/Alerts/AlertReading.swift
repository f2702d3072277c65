import Exchange
import MarketData

/// What a rule sees after an event: a level against its threshold, or an event that happened.
enum AlertReading {
    /// `beyond`: past the threshold; `clear`: back inside it by the rule's margin.
    case level(value: Double, beyond: Bool, clear: Bool, message: String)
    case event(value: Double?, message: String)

    /// A value against a level it crosses upwards or downwards.
    static func crossing(_ value: Double, _ crossing: Crossing, margin: Double, message: String) -> AlertReading {
        let level = crossing.level.doubleValue
        let backBy = abs(level) * margin
        switch crossing {
        case .above: return .level(value: value, beyond: value >= level, clear: value < level - backBy, message: message)
        case .below: return .level(value: value, beyond: value <= level, clear: value > level + backBy, message: message)
        }
    }

    /// A signed value against a threshold either way (±).
    static func magnitude(_ value: Double, beyond threshold: Double, margin: Double, message: String) -> AlertReading {
        .level(value: value, beyond: abs(value) >= threshold, clear: abs(value) < threshold * (1 - margin), message: message)
    }
}

/// How alert messages write their figures: prices with their tick band's decimals, percentages with two, pesos and
/// counts whole and grouped.
enum AlertText {
    static func percent(_ value: Double) -> String {
        let units = Int64((value * Double(Price.scale)).rounded())
        return (units < 0 ? "−" : "+") + Price(units: abs(units)).formatted(decimals: 2) + "%"
    }

    static func factor(_ value: Double) -> String {
        Price(units: Int64((value * Double(Price.scale)).rounded())).formatted(decimals: 2) + "×"
    }

    static func price(_ price: Price) -> String { price.formatted(grouping: true) }

    static func pesos(units: Int128) -> String {
        (units < 0 ? "−" : "+") + "₱" + DecimalText.format(units.magnitude, scale: 4, decimals: 0, grouping: true)
    }

    static func count<Count: BinaryInteger>(_ value: Count) -> String {
        DecimalText.format(UInt128(value.magnitude), scale: 0, decimals: 0, grouping: true)
    }
}
