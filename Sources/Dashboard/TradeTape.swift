import MarketData

/// One stock's time and sales for the day, bounded: the latest `capacity` trades in a fixed ring (appending never
/// moves the others). A stock's tape holds its last `dayCapacity` (2,000) trades — a whole day of all but the
/// busiest PSE stocks — each kept as a compact `Print` of 32 bytes (29 used: price, quantity and time of 8 bytes
/// each, the buyer's and the seller's broker as 2-byte numbers, the board and the foreign flag in 1 byte), so even
/// the All view's 300-odd stocks with full tapes take about 19 MB. The broker codes themselves are kept once per
/// tape in `BrokerCodes`, bounded too.
public struct TradeTape: Hashable, Sendable {
    /// One trade as time and sales shows it; its brokers are numbers in the tape's `brokers` table.
    public struct Print: Hashable, Sendable {
        public let price: Price
        public let quantity: Quantity
        public let timestamp: EpochMillis
        /// The buyer's and the seller's broker (`BrokerCodes.none` when the feed did not say).
        public let buyer: BrokerCodes.Number
        public let seller: BrokerCodes.Number
        /// The board in bits 0–1 (`Trade.Board`: main 0, odd lot 1, block 2), the foreign side in bits 2–3 (none 0,
        /// B 1, S 2, BS 3).
        private let marks: UInt8

        public init(
            price: Price, quantity: Quantity, timestamp: EpochMillis, buyer: BrokerCodes.Number = BrokerCodes.none,
            seller: BrokerCodes.Number = BrokerCodes.none, board: Trade.Board = .main, foreign: Trade.ForeignSide? = nil
        ) {
            self.price = price; self.quantity = quantity; self.timestamp = timestamp
            self.buyer = buyer; self.seller = seller
            marks = UInt8(Self.boards.firstIndex(of: board)!) | UInt8(Self.foreignSides.firstIndex(of: foreign)!) << 2
        }

        private static let boards: [Trade.Board] = [.main, .oddlot, .block]
        private static let foreignSides: [Trade.ForeignSide?] = [nil, .buy, .sell, .both]

        /// Price × quantity in 1/10,000 PHP, as `Trade.valueUnits`.
        public var valueUnits: Int128 { Int128(price.units) * Int128(quantity.shares) }

        /// The same trade with its brokers renumbered.
        func withBrokers(buyer: BrokerCodes.Number, seller: BrokerCodes.Number) -> Print {
            Print(price: price, quantity: quantity, timestamp: timestamp, buyer: buyer, seller: seller, board: board, foreign: foreign)
        }

        public var board: Trade.Board { Self.boards[Int(marks & 0b11)] }

        public var foreign: Trade.ForeignSide? { Self.foreignSides[Int(marks >> 2)] }
    }

    /// The trades a stock's tape keeps.
    public static let dayCapacity = 2_000

    public let capacity: Int
    private var ring: [Print] = []
    /// Where the next trade goes once the ring is full.
    private var next = 0
    /// The broker codes the prints' numbers stand for.
    public private(set) var brokers: BrokerCodes

    public init(capacity: Int) {
        self.capacity = capacity
        brokers = BrokerCodes(limit: BrokerCodes.limit(forPrints: capacity))
    }

    mutating func append(_ trade: Trade) {
        if brokers.isFull { brokers.keepOnlyCodes(of: &ring) }
        let print = Print(
            price: trade.price, quantity: trade.quantity, timestamp: trade.timestamp, buyer: brokers.number(trade.buyer),
            seller: brokers.number(trade.seller), board: trade.board ?? .main, foreign: trade.foreign)
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
