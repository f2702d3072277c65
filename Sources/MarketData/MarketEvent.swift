/// Epoch milliseconds (UTC) of an event, as carried in the wire schema's `ts`.
public typealias EpochMillis = Int64

/// One trade on `pse.trades`.
public struct Trade: Hashable, Sendable {
    /// Which side of a trade a foreign broker was on (`"B"`, `"S"`, `"BS"` on the wire).
    public enum ForeignSide: String, Hashable, Sendable { case buy = "B", sell = "S", both = "BS" }
    /// The PSE board the trade was matched on.
    public enum Board: String, Hashable, Sendable { case main, oddlot, block }

    public var symbol: Symbol
    public var price: Price
    public var quantity: Quantity
    public var timestamp: EpochMillis
    public var seq: Int64
    public var buyer: BrokerCode?
    public var seller: BrokerCode?
    public var foreign: ForeignSide?
    public var board: Board?

    public init(
        symbol: Symbol, price: Price, quantity: Quantity, timestamp: EpochMillis, seq: Int64,
        buyer: BrokerCode? = nil, seller: BrokerCode? = nil, foreign: ForeignSide? = nil, board: Board? = nil
    ) {
        self.symbol = symbol; self.price = price; self.quantity = quantity; self.timestamp = timestamp
        self.seq = seq; self.buyer = buyer; self.seller = seller; self.foreign = foreign; self.board = board
    }

    /// Price × quantity in 1/10,000 PHP, in 128 bits: within the codec's bounds a trade is worth at most
    /// 10^25 units, so sums of them hold more than 10^13 maximal trades.
    public var valueUnits: Int128 { Int128(price.units) * Int128(quantity.shares) }
}

/// The best bid and offer of one security on `pse.quotes`; either side may be empty.
public struct Quote: Hashable, Sendable {
    public var symbol: Symbol
    public var bid: Price?
    public var bidQuantity: Quantity
    public var ask: Price?
    public var askQuantity: Quantity
    public var timestamp: EpochMillis
    public var seq: Int64

    public init(
        symbol: Symbol, bid: Price?, bidQuantity: Quantity, ask: Price?, askQuantity: Quantity,
        timestamp: EpochMillis, seq: Int64
    ) {
        self.symbol = symbol; self.bid = bid; self.bidQuantity = bidQuantity; self.ask = ask
        self.askQuantity = askQuantity; self.timestamp = timestamp; self.seq = seq
    }
}

/// One index value on `pse.index`.
public struct IndexLevel: Hashable, Sendable {
    public var code: IndexCode
    public var value: Price
    public var timestamp: EpochMillis

    public init(code: IndexCode, value: Price, timestamp: EpochMillis) {
        self.code = code; self.value = value; self.timestamp = timestamp
    }
}

/// A phase change on `pse.status`, for the whole market or one security (a halt, a suspension, a resumption).
public struct StatusChange: Hashable, Sendable {
    /// What the phase applies to.
    public enum Scope: Hashable, Sendable {
        case market
        case security(Symbol)
    }

    public var scope: Scope
    public var phase: MarketPhase
    public var timestamp: EpochMillis
    public var reason: String?

    public init(scope: Scope, phase: MarketPhase, timestamp: EpochMillis, reason: String? = nil) {
        self.scope = scope; self.phase = phase; self.timestamp = timestamp; self.reason = reason
    }
}

/// A security's trading cluster, by its trades over the past six months: it sets the dynamic threshold's width
/// (`PSERules`).
public enum TradingCluster: String, CaseIterable, Hashable, Sendable {
    case a = "A", b = "B", c = "C"
}

/// The day's reference data on `pse.ref`: the previous close (and name, sector, board lot) of a security or an index;
/// optionally, for a security, its listed shares, free float and trading cluster, and for an index its divisor and
/// members, so the dashboard can weigh the members and compute the index itself.
public struct ReferenceData: Hashable, Sendable {
    /// What the reference data describes.
    public enum Subject: Hashable, Sendable {
        case security(Symbol)
        case index(IndexCode)
    }

    public var subject: Subject
    public var name: String?
    public var sector: String?
    public var previousClose: Price
    public var boardLot: Quantity?
    /// The trading date it applies to, `YYYY-MM-DD`.
    public var date: String
    /// A security's listed shares.
    public var shares: Quantity?
    /// A security's free-float share of its listed shares, 0 to 1.
    public var freeFloat: Double?
    public var cluster: TradingCluster?
    /// An index's divisor: the index is Σ members' free-float market capitalisation ÷ divisor.
    public var divisor: Double?
    /// An index's members.
    public var members: [Symbol]?

    public init(
        subject: Subject, name: String? = nil, sector: String? = nil, previousClose: Price,
        boardLot: Quantity? = nil, date: String, shares: Quantity? = nil, freeFloat: Double? = nil,
        cluster: TradingCluster? = nil, divisor: Double? = nil, members: [Symbol]? = nil
    ) {
        self.subject = subject; self.name = name; self.sector = sector; self.previousClose = previousClose
        self.boardLot = boardLot; self.date = date; self.shares = shares; self.freeFloat = freeFloat
        self.cluster = cluster; self.divisor = divisor; self.members = members
    }
}

/// A decoded, validated message from any of the five topics.
public enum MarketEvent: Hashable, Sendable {
    case trade(Trade)
    case quote(Quote)
    case index(IndexLevel)
    case status(StatusChange)
    /// Boxed: reference data is rare and much larger than the other events, which then stay small to copy.
    indirect case reference(ReferenceData)

    /// The event's own time (`ts`), which drives the data clock; reference data has none.
    public var timestamp: EpochMillis? {
        switch self {
        case .trade(let trade): trade.timestamp
        case .quote(let quote): quote.timestamp
        case .index(let level): level.timestamp
        case .status(let status): status.timestamp
        case .reference: nil
        }
    }

    /// The topic this event is published on by default.
    public var topic: FeedTopic {
        switch self {
        case .trade: .trades
        case .quote: .quotes
        case .index: .index
        case .status: .status
        case .reference: .reference
        }
    }

    /// True when `bytes` are the UTF-8 of `key` (compared without building the key for trades and quotes).
    @inline(__always)
    public func hasKey(_ bytes: [UInt8]) -> Bool {
        switch self {
        case .trade(let trade): bytes.withUnsafeBufferPointer { trade.symbol.isCode($0) }
        case .quote(let quote): bytes.withUnsafeBufferPointer { quote.symbol.isCode($0) }
        default: bytes.elementsEqual(key.utf8)
        }
    }

    /// The Kafka key the schema asks for: the symbol, the index code, or `MARKET`.
    public var key: String {
        switch self {
        case .trade(let trade): trade.symbol.code
        case .quote(let quote): quote.symbol.code
        case .index(let level): level.code.rawValue
        case .status(let status):
            switch status.scope {
            case .market: "MARKET"
            case .security(let symbol): symbol.code
            }
        case .reference(let reference):
            switch reference.subject {
            case .security(let symbol): symbol.code
            case .index(let code): code.rawValue
            }
        }
    }
}
