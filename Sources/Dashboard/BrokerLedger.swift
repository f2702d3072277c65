import MarketData

/// Who traded through which broker, for one stock or the whole market: per broker the value bought and sold (in
/// 1/10,000 PHP, like `Trade.valueUnits`) and the trades on each side. Every board counts: block sales and odd lots
/// are brokers' business as much as the main board's. A side without a broker code adds nothing; a broker on both
/// sides of a trade (a cross) counts on both and nets to 0.
///
/// Bounded: a broker's row sits at the number the market's shared `BrokerCodes` table gave its code (so a ledger
/// never holds more rows than `BrokerLedgers.capacity`), and a side whose code found that table full is booked in
/// `others` instead.
public struct BrokerLedger: Hashable, Sendable {
    /// One broker's business in the ledger (or that of every broker beyond the cap, in `others`).
    public struct Row: Hashable, Sendable {
        public let code: String
        public internal(set) var boughtUnits: Int128 = 0
        public internal(set) var soldUnits: Int128 = 0
        public internal(set) var buyTrades = 0
        public internal(set) var sellTrades = 0
        /// True once a trade's foreign flag named the side this broker was on.
        public internal(set) var foreign = false

        public init(code: String) { self.code = code }

        /// Net buying: bought − sold (negative is net selling).
        public var netUnits: Int128 { boughtUnits - soldUnits }

        /// Trades as buyer plus trades as seller (a cross counts twice).
        public var trades: Int { buyTrades + sellTrades }
    }

    /// Where a trade's side is booked: a broker's row (its number in the shared table, and its code) or `others`.
    enum Account: Hashable {
        case broker(BrokerCodes.Number, code: BrokerCode)
        case others
    }

    /// Rows by broker number − 1; a row without trades for a number this ledger has not seen (not optional: an
    /// optional row is copied out to be tested, and this runs twice a trade for the market and twice for the stock).
    private var slots: [Row] = []
    /// The brokers that came after the shared table was full, together.
    public private(set) var others = Row(code: "others")

    public init() {}

    /// Every broker with business in the ledger, in the order the market first saw them.
    public var rows: [Row] { slots.filter { $0.trades > 0 } }

    /// Adds a trade's value and a trade to its buyer's bought side and its seller's sold side; a nil side had no code.
    mutating func record(_ trade: Trade, buyer: Account?, seller: Account?) {
        // The figures first: a closure capturing the trade would copy it (and retain its three strings) per side.
        let value = trade.valueUnits
        let foreignBuyer = trade.foreign == .buy || trade.foreign == .both
        let foreignSeller = trade.foreign == .sell || trade.foreign == .both
        if let buyer {
            book(buyer) {
                $0.boughtUnits += value
                $0.buyTrades += 1
                if foreignBuyer { $0.foreign = true }
            }
        }
        if let seller {
            book(seller) {
                $0.soldUnits += value
                $0.sellTrades += 1
                if foreignSeller { $0.foreign = true }
            }
        }
    }

    private mutating func book(_ account: Account, _ change: (inout Row) -> Void) {
        switch account {
        case .others:
            change(&others)
        case .broker(let number, let code):
            let slot = Int(number) - 1
            if slot >= slots.count { slots += repeatElement(Row(code: ""), count: slot - slots.count + 1) }
            if slots[slot].trades == 0 { slots[slot] = Row(code: code.code) }
            change(&slots[slot])
        }
    }

    /// The `count` brokers that bought the most more than they sold, biggest net first, ties by code.
    public func top(netBuyers count: Int) -> [Row] {
        ranked(count, where: { $0.netUnits > 0 }, before: >)
    }

    /// The `count` brokers that sold the most more than they bought, biggest net selling first, ties by code.
    public func top(netSellers count: Int) -> [Row] {
        ranked(count, where: { $0.netUnits < 0 }, before: <)
    }

    private func ranked(_ count: Int, where side: (Row) -> Bool, before: (Int128, Int128) -> Bool) -> [Row] {
        let sorted = rows.filter(side).sorted { $0.netUnits == $1.netUnits ? $0.code < $1.code : before($0.netUnits, $1.netUnits) }
        return Array(sorted.prefix(max(count, 0)))
    }
}
