import MarketData

extension MarketWrap {
    /// An amount of pesos, kept to the centavo; JSON writes it as a number of pesos with at most two decimals
    /// (`5123456789.12`): a script sums and compares it as it is, and a double holds every centavo exactly up to
    /// ₱90 trillion, far beyond a day's turnover.
    public struct Pesos: Codable, Hashable, Sendable {
        /// The amount in 1/10,000 PHP (as `Trade.valueUnits`), rounded to the centavo (half away from zero).
        public let units: Int128

        public init(units: Int128) {
            let centavo: Int128 = 100
            let half = units < 0 ? -centavo / 2 : centavo / 2
            self.units = (units + half) / centavo * centavo
        }

        public init(from decoder: any Decoder) throws {
            let pesos = try decoder.singleValueContainer().decode(Double.self)
            self.init(units: Int128((pesos * 10_000).rounded()))
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(Double(units / 100) / 100)
        }
    }

    /// A price or an index level; JSON writes it as a number with the feed's decimals (`31.1`, `6412.34`).
    public struct PriceFigure: Codable, Hashable, Sendable {
        public let price: Price

        public init(_ price: Price) { self.price = price }

        public init(from decoder: any Decoder) throws {
            let value = try decoder.singleValueContainer().decode(Double.self)
            price = Price(units: Int64((value * Double(Price.scale)).rounded()))
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            try container.encode(price.doubleValue)
        }
    }

    /// An instant of the trading day: Manila wall time (`10:27:21`) and epoch milliseconds.
    public struct Moment: Codable, Hashable, Sendable {
        public var manila: String
        public var epochMillis: EpochMillis

        public init(_ instant: EpochMillis) {
            manila = ManilaTime(epochMillis: instant).clockText
            epochMillis = instant
        }
    }

    /// An optional field JSON always writes, as `null` when absent, so every wrap has the same keys.
    @propertyWrapper
    public struct Nullable<Value: Codable & Hashable & Sendable>: Codable, Hashable, Sendable {
        public var wrappedValue: Value?

        public init(wrappedValue: Value?) { self.wrappedValue = wrappedValue }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            wrappedValue = container.decodeNil() ? nil : try container.decode(Value.self)
        }

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            if let wrappedValue { try container.encode(wrappedValue) } else { try container.encodeNil() }
        }
    }

    /// `value` rounded to the hundredth.
    static func hundredths(_ value: Double) -> Double { (value * 100).rounded() / 100 }
}
