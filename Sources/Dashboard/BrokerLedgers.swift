import MarketData

/// The day's broker ledgers: the market's and each traded stock's, numbering brokers in one shared `BrokerCodes`
/// table of at most `capacity` codes. Kept in `MarketState` beside the stocks rather than in each `StockState`: the
/// reducer and the table's sorting copy stocks, and a ledger inside would add its size to every copy, while here
/// a trade updates its stock's ledger in place through the dictionary and a frame reads only the one it shows.
public struct BrokerLedgers: Hashable, Sendable {
    /// The most brokers the ledgers name: the PSE has about 130 trading participants; codes beyond are booked as
    /// `BrokerLedger.others`.
    public static let capacity = 256

    private var codes = BrokerCodes(limit: capacity)
    /// Every trade with a broker code, market-wide.
    public private(set) var market = BrokerLedger()
    private var stocks: [Symbol: BrokerLedger] = [:]

    public init() {}

    /// The ledger of one stock; empty before a trade of it carried a broker code.
    public subscript(symbol: Symbol) -> BrokerLedger { stocks[symbol] ?? BrokerLedger() }

    /// Books a trade in the market's ledger and its stock's; a trade without broker codes adds nothing.
    mutating func record(_ trade: Trade) {
        guard trade.buyer != nil || trade.seller != nil else { return }
        let buyer = trade.buyer.map { account($0) }, seller = trade.seller.map { account($0) }
        market.record(trade, buyer: buyer, seller: seller)
        stocks[trade.symbol, default: BrokerLedger()].record(trade, buyer: buyer, seller: seller)
    }

    private mutating func account(_ code: BrokerCode) -> BrokerLedger.Account {
        guard let number = codes.numberIfRoom(code) else { return .others }
        return .broker(number, code: code)
    }
}
