import Dashboard
import Foundation
import MarketData

/// Reads every figure on a rendered frame and explains it as one of the state's values, written out, rounded or
/// abbreviated (`100.00M`, `+<0.01%`): digits cut from a longer number, or run into a symbol, are not explained.
struct ShownNumbers {
    /// Every value the state could put on screen, as plain numbers (pesos, shares, percent, counts).
    let values: [Double]

    init(_ state: DashboardState) {
        var values: [Double] = [0, Double(state.market.totalValueUnits) / Double(Price.scale)]
        func add(_ prices: Price?...) { values += prices.compactMap { $0?.doubleValue } }
        for stock in state.market.stocks.values {
            add(stock.last, stock.open, stock.high, stock.low, stock.vwap, stock.bid, stock.ask, stock.change, stock.previousClose)
            values += [
                Double(stock.volume), Double(stock.valueUnits) / Double(Price.scale), Double(stock.tradeCount),
                Double(stock.bidQuantity.shares), Double(stock.askQuantity.shares),
            ]
            values += [stock.changePercent].compactMap { $0 }
            for trade in stock.tape.trades { add(trade.price); values.append(Double(trade.quantity.shares)) }
        }
        for index in state.market.indices.values {
            add(index.value, index.previousClose, index.open, index.high, index.low, index.change)
            values += [index.changePercent].compactMap { $0 }
            for point in index.series.values { add(point) }
        }
        let breadth = state.market.breadth, counters = state.feed.counters
        values += [
            breadth.advances, breadth.declines, breadth.unchanged, counters.received, counters.applied,
            counters.rejectedTotal, counters.warningsTotal, counters.gaps, counters.duplicates, state.rows.count,
            state.market.symbols.count,
        ].map(Double.init)
        self.values = values
    }

    /// The tokens with digits in `frame` that are neither a time, an age, nor a value of the state at the
    /// precision shown; empty when every figure is explained.
    func unexplained(in frame: String) -> [String] {
        // Sign, `<`, peso sign, digits grouped by three (or not grouped), decimals, unit, percent.
        let figure =
            /(?<sign>[+−-])?(?<below><)?₱?(?<whole>0|[1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]*)(?:\.(?<fraction>[0-9]+))?(?<unit>[KMBT])?%?/
        let time = /[0-9]{2}:[0-9]{2}(:[0-9]{2})?/
        let age = /[0-9]+[smd]|[0-9]+h[0-9]{2}m/
        let tokens = frame.split { !Self.tokenCharacters.contains($0) }.map(String.init)
        return tokens.filter { token in
            guard token.contains(where: \.isNumber) else { return false }
            if token.wholeMatch(of: time) != nil || token.wholeMatch(of: age) != nil { return false }
            guard let match = token.wholeMatch(of: figure)?.output else { return true }
            return !explains(
                negative: match.sign == "−" || match.sign == "-", below: match.below != nil,
                whole: String(match.whole), fraction: String(match.fraction ?? ""), unit: String(match.unit ?? ""))
        }
    }

    static let tokenCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.,:+−-%₱<…/")
    static let units: [String: Double] = ["": 1, "K": 1e3, "M": 1e6, "B": 1e9, "T": 1e12]

    /// True when some value, rounded to the decimals and unit shown, is the figure (or, for `<0.01`, is below it).
    private func explains(negative: Bool, below: Bool, whole: String, fraction: String, unit: String) -> Bool {
        let scale = Self.units[unit]!
        let magnitude = Double(whole.replacingOccurrences(of: ",", with: "") + "." + fraction + "0")! * scale
        if below { return values.contains { $0 != 0 && ($0 < 0) == negative && abs($0) < magnitude } }
        let shown = negative ? -magnitude : magnitude
        let halfStep = pow(10, -Double(fraction.count)) * scale / 2
        return values.contains { abs($0 - shown) <= halfStep * (1 + 1e-9) + abs(shown) * 1e-12 }
    }
}
