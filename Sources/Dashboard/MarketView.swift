import Exchange
import MarketData

/// Which stocks the table shows: the PSEi constituents, one of the user's watchlists, every symbol the feed
/// carries, or one sector. The order of `DashboardState.views` is the order of the tabs.
public enum MarketView: Hashable, Sendable {
    case psei
    case watchlist(String)
    case all
    case sector(Sector)

    /// The view a name stands for, as `--view` and the config's `default_view` take it: `PSEi`, `All`, a sector's
    /// index code (`FIN`) or name (`Financials`), or a watchlist's name; case does not matter. Nil for none of these.
    public static func named(_ name: String, watchlists: [Watchlist]) -> MarketView? {
        let wanted = name.lowercased()
        if wanted == "psei" { return .psei }
        if wanted == "all" { return .all }
        if let sector = Sector.allCases.first(where: { $0.index.rawValue.lowercased() == wanted || $0.rawValue.lowercased() == wanted }) {
            return .sector(sector)
        }
        return watchlists.first { $0.name.lowercased() == wanted }.map { .watchlist($0.name) }
    }

    /// Every name `named(_:watchlists:)` takes, for help and errors.
    public static func names(watchlists: [Watchlist]) -> [String] {
        ["PSEi"] + watchlists.map(\.name) + ["All"] + IndexCode.sectors.map(\.rawValue)
    }
}

/// A user's named list of symbols, in the user's order.
public struct Watchlist: Hashable, Sendable {
    public let name: String
    public var symbols: [Symbol]

    public init(name: String, symbols: [Symbol]) {
        self.name = name
        self.symbols = symbols
    }
}

extension DashboardState {
    /// The tabs, in order: PSEi, each watchlist, All, then the six sectors.
    public var views: [MarketView] {
        [.psei] + ui.watchlists.map { .watchlist($0.name) } + [.all] + Sector.allCases.map(MarketView.sector)
    }

    /// The stocks of `view` in their unsorted order: the constituents in index order, a watchlist in the user's
    /// order (a symbol the feed has not mentioned yet is an empty row), every symbol, or a sector's stocks.
    public func stocks(in view: MarketView) -> [StockState] {
        let market = shown
        switch view {
        case .psei:
            return market.symbols.prefix(PSERules.constituents.count).compactMap { market.stocks[$0] }
        case .all:
            return market.symbols.compactMap { market.stocks[$0] }
        case .watchlist(let name):
            let symbols = ui.watchlists.first { $0.name == name }?.symbols ?? []
            return symbols.map { market.stocks[$0] ?? StockState(symbol: $0) }
        case .sector(let sector):
            return market.symbols.compactMap { market.stocks[$0] }.filter { $0.sector == sector.rawValue }
        }
    }
}

extension Array where Element == StockState {
    /// The `count` biggest gainers (or losers) by percentage change, best first; ties by symbol.
    public func movers(gainers: Bool, count: Int) -> [StockState] {
        top(count) { stock -> Double? in
            guard let percent = stock.changePercent, percent != 0, (percent > 0) == gainers else { return nil }
            return gainers ? percent : -percent
        }
    }

    /// The `count` most active stocks by value traded, most first; ties by symbol.
    public func mostActive(count: Int) -> [StockState] {
        top(count) { $0.valueUnits > 0 ? $0.valueUnits : nil }
    }

    /// The `count` stocks with the highest `score` (nil: not a candidate), highest first, in one pass that keeps
    /// only those `count`: the side panel asks this of thousands of stocks every frame.
    func top<Score: Comparable>(_ count: Int, score: (StockState) -> Score?) -> [StockState] {
        var best: [(score: Score, stock: StockState)] = []
        func before(_ a: (score: Score, stock: StockState), _ b: (score: Score, stock: StockState)) -> Bool {
            a.score != b.score ? a.score > b.score : a.stock.symbol < b.stock.symbol
        }
        for stock in self {
            guard count > 0, let value = score(stock) else { continue }
            let candidate = (score: value, stock: stock)
            if best.count == count, !before(candidate, best[best.count - 1]) { continue }
            best.insert(candidate, at: best.firstIndex { before(candidate, $0) } ?? best.endIndex)
            if best.count > count { best.removeLast() }
        }
        return best.map(\.stock)
    }
}

extension Sequence where Element == StockState {
    /// Advances, declines and unchanged among these stocks against their previous close; a stock without a main-board
    /// trade yet counts in none of them.
    public var breadth: (advances: Int, declines: Int, unchanged: Int) {
        var result = (advances: 0, declines: 0, unchanged: 0)
        for stock in self { Self.count(stock.direction, in: &result) }
        return result
    }

    /// Counts a stock's `direction` in a breadth: +1 an advance, −1 a decline, 0 unchanged, nil (no trade) nothing.
    static func count(_ direction: Int?, in breadth: inout (advances: Int, declines: Int, unchanged: Int)) {
        switch direction {
        case 1: breadth.advances += 1
        case -1: breadth.declines += 1
        case 0: breadth.unchanged += 1
        default: break
        }
    }
}
