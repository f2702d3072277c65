import MarketData

/// One of the user's lists of stocks, from `watchlists.toml`: shown as a view of its own.
public struct Watchlist: Equatable, Sendable {
    public let name: String
    public let symbols: [Symbol]

    public init(name: String, symbols: [Symbol]) {
        self.name = name
        self.symbols = symbols
    }
}
