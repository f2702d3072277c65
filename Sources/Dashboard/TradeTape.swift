import MarketData

/// The latest trades of one stock in a fixed ring (appending never moves the others), newest last when read.
public struct TradeTape: Hashable, Sendable {
    public let capacity: Int
    private var ring: [Trade] = []
    /// Where the next trade goes once the ring is full.
    private var next = 0

    public init(capacity: Int) { self.capacity = capacity }

    mutating func append(_ trade: Trade) {
        if ring.count < capacity {
            ring.append(trade)
        } else {
            ring[next] = trade
            next = (next + 1) % capacity
        }
    }

    /// Oldest first, newest last.
    public var trades: [Trade] { Array(ring[next...] + ring[..<next]) }

    public var count: Int { ring.count }
}
