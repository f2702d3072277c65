import MarketData

/// One stock's time and sales for the day, bounded: the latest `capacity` trades in a fixed ring (appending never
/// moves the others). A stock's tape holds its last `dayCapacity` (2,000) trades — a whole day of all but the
/// busiest PSE stocks — each kept as a compact `Print` of 24 bytes (price, quantity, time), so even the All view's
/// 300-odd stocks with full tapes take about 15 MB.
public struct TradeTape: Hashable, Sendable {
    /// One trade as time and sales shows it.
    public struct Print: Hashable, Sendable {
        public let price: Price
        public let quantity: Quantity
        public let timestamp: EpochMillis

        public init(price: Price, quantity: Quantity, timestamp: EpochMillis) {
            self.price = price; self.quantity = quantity; self.timestamp = timestamp
        }

        /// Price × quantity in 1/10,000 PHP, as `Trade.valueUnits`.
        public var valueUnits: Int128 { Int128(price.units) * Int128(quantity.shares) }
    }

    /// The trades a stock's tape keeps.
    public static let dayCapacity = 2_000

    public let capacity: Int
    private var ring: [Print] = []
    /// Where the next trade goes once the ring is full.
    private var next = 0

    public init(capacity: Int) { self.capacity = capacity }

    mutating func append(_ trade: Trade) {
        let print = Print(price: trade.price, quantity: trade.quantity, timestamp: trade.timestamp)
        if ring.count < capacity {
            ring.append(print)
        } else {
            ring[next] = print
            next = (next + 1) % capacity
        }
    }

    /// Oldest first, newest last.
    public var trades: [Print] { Array(ring[next...] + ring[..<next]) }

    /// The trade `offset` places before the newest (0 is the newest); nil past the oldest kept.
    public subscript(newest offset: Int) -> Print? {
        guard offset >= 0, offset < ring.count else { return nil }
        return ring[(next + ring.count - 1 - offset) % ring.count]
    }

    public var count: Int { ring.count }
}
