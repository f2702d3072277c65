import MarketData

/// The market's latest block sales (trades on the block board), newest last, for the notices: at most `capacity`
/// (32: the PSE sees a few a day), the oldest dropped first.
public struct BlockSales: Hashable, Sendable {
    /// One block sale.
    public struct Sale: Hashable, Sendable {
        public let symbol: Symbol
        public let price: Price
        public let quantity: Quantity
        public let timestamp: EpochMillis

        public init(symbol: Symbol, price: Price, quantity: Quantity, timestamp: EpochMillis) {
            self.symbol = symbol; self.price = price; self.quantity = quantity; self.timestamp = timestamp
        }

        /// Price × quantity in 1/10,000 PHP, as `Trade.valueUnits`.
        public var valueUnits: Int128 { Int128(price.units) * Int128(quantity.shares) }
    }

    public static let capacity = 32
    public private(set) var sales: [Sale] = []

    public init() {}

    mutating func record(_ trade: Trade) {
        if sales.count == Self.capacity { sales.removeFirst() }
        sales.append(Sale(symbol: trade.symbol, price: trade.price, quantity: trade.quantity, timestamp: trade.timestamp))
    }
}
