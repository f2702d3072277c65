import Dashboard
import Exchange
import Foundation
import MarketData
import Rendering

/// Reads every figure on a rendered frame and explains it as one of the state's values, written out, rounded or
/// abbreviated (`100.00M`, `+<0.01%`, `▼1.23%`): digits cut from a longer number, or run into a symbol, are not
/// explained.
struct ShownNumbers {
    /// Every value the state could put on screen, as plain numbers (pesos, shares, percent, counts).
    let values: [Double]

    /// The values of `state`; `tapeRows` is how many trades the stock screen's time & sales shows, whose title
    /// says which of the tape's trades those are.
    init(_ state: DashboardState, tapeRows: Int? = nil) {
        let total = state.market.totalValueUnits
        var values: [Double] = [0, Self.pesos(total)]
        func add(_ prices: Price?...) { values += prices.compactMap { $0?.doubleValue } }
        for stock in state.market.stocks.values {
            add(stock.last, stock.open, stock.high, stock.low, stock.vwap, stock.bid, stock.ask, stock.change, stock.previousClose)
            add(
                stock.staticLimits?.lowerBound, stock.staticLimits?.upperBound, stock.dynamicLimits?.lowerBound,
                stock.dynamicLimits?.upperBound)
            values += [
                Double(stock.volume), Self.pesos(stock.valueUnits), Double(stock.tradeCount),
                Double(stock.bidQuantity.shares), Double(stock.askQuantity.shares),
            ]
            values += [stock.changePercent, stock.pseiPoints].compactMap { $0 }
            values += [stock.foreign.buyUnits, stock.foreign.sellUnits, stock.foreign.netUnits].map(Self.pesos)
            values += stock.netForeignMinutes.filled.map(Self.pesos)
            for trade in stock.tape.trades {
                add(trade.price)
                values += [Double(trade.quantity.shares), Self.pesos(trade.valueUnits)]
            }
            values += Self.stockScreenValues(stock, marketValueUnits: total)
        }
        if let symbol = state.ui.stockScreen, let stock = state.market.stocks[symbol], let tapeRows {
            let first = max(min(state.ui.tapeScroll, stock.tape.count - tapeRows), 0) + 1
            values += [first, min(first - 1 + tapeRows, stock.tape.count), stock.tape.count].map(Double.init)
        }
        values += [state.market.foreignTotal.buyUnits, state.market.foreignTotal.sellUnits, state.market.foreignTotal.netUnits]
            .map(Self.pesos)
        values += state.market.netForeignMinutes.filled.map(Self.pesos)
        values += Sector.allCases.map { Self.pesos(state.market.foreignFlow(sector: $0.rawValue).netUnits) }
        for sale in state.market.blockSales.sales {
            add(sale.price)
            values.append(Self.pesos(sale.valueUnits))
        }
        values += PSERules.constituents.map(\.weightPercent)
        if state.ui.heatmapShown { values += Self.heatmapValues(state) }
        values += Self.brokerValues(state.market)
        values += Self.alertValues(state.alerts, rows: state.ui.alertsShown ? state.ui.visibleAlertRows : nil)
        for index in state.market.indices.values {
            add(index.value, index.previousClose, index.open, index.high, index.low, index.change)
            values += [index.changePercent].compactMap { $0 }
            for point in index.series.values { add(point) }
        }
        values += [state.market.computedLevel(of: .psei)].compactMap { $0 }
        let breadth = state.market.breadth, counters = state.feed.counters
        values += [
            breadth.advances, breadth.declines, breadth.unchanged, counters.received, counters.applied,
            counters.rejectedTotal, counters.warningsTotal, counters.gaps, counters.duplicates, state.rows.count,
            state.market.symbols.count,
        ].map(Double.init)
        self.values = values
    }

    static func pesos(_ units: Int128) -> Double { Double(units) / Double(Price.scale) }

    /// What the stock screen shows beyond the table's figures: per-minute prices and VWAPs on the chart (a tick
    /// either side of the one price of a day that never moved), the average trade size in whole shares, the
    /// stock's share of the market's value in %, and the spread with its ticks.
    static func stockScreenValues(_ stock: StockState, marketValueUnits: Int128) -> [Double] {
        let charted = stock.minutes.values.compactMap { $0 } + stock.vwapMinutes.values.compactMap { $0 }
        var prices = charted
        let present = charted + [stock.previousClose, stock.last].compactMap { $0 }
        if let lowest = present.min(), lowest == present.max() {
            prices += [PSERules.step(lowest, ticks: -1), PSERules.step(lowest, ticks: 1)]
        }
        var values = prices.map(\.doubleValue)
        if stock.tradeCount > 0 { values.append(Double(stock.volume / Int128(stock.tradeCount))) }
        if marketValueUnits > 0 { values.append(Double(stock.valueUnits) / Double(marketValueUnits) * 100) }
        if let bid = stock.bid, let ask = stock.ask {
            values.append(Price(units: ask.units - bid.units).doubleValue)
            values += [PSERules.ticks(from: bid, to: ask)].compactMap { $0 }.map(Double.init)
        }
        return values
    }

    /// What the broker rankings show: each broker's bought, sold and net value and its trades, in the market's
    /// ledger and each stock's, those of the brokers beyond the cap, and each broker's share of both sides of the
    /// market's turnover in %.
    static func brokerValues(_ market: MarketState) -> [Double] {
        let ledgers = [market.brokers.market] + market.symbols.map { market.brokers[$0] }
        let total = market.totalValueUnits
        return ledgers.flatMap { ledger in
            (ledger.rows + [ledger.others]).flatMap { broker in
                [pesos(broker.boughtUnits), pesos(broker.soldUnits), pesos(broker.netUnits), Double(broker.trades)]
                    + (total > 0 ? [Double(broker.boughtUnits + broker.soldUnits) / Double(2 * total) * 100] : [])
            }
        }
    }

    /// What alerts show: each alert's reading (a block sale's in pesos), the thresholds of the rules, how many
    /// alerts and rules there are, and — in the alerts view showing `rows` — any part of the list `1–18 of 40`.
    static func alertValues(_ alerts: AlertBook, rows: Int?) -> [Double] {
        var values = alerts.fired.compactMap(\.value) + [alerts.firedCount, alerts.fired.count, alerts.rules.count].map(Double.init)
        if rows != nil { values += (0...alerts.fired.count).map(Double.init) }
        for rule in alerts.rules {
            switch rule.condition {
            case .last(_, .above(let level)), .last(_, .below(let level)), .indexLevel(_, .above(let level)),
                .indexLevel(_, .below(let level)):
                values.append(level.doubleValue)
            case .changePercent(_, let beyond), .indexChangePercent(_, let beyond): values.append(beyond)
            case .move(_, let percent, let minutes): values += [percent, Double(minutes)]
            case .volumeSurge(_, let factor, let minutes): values += [factor, Double(minutes)]
            case .netForeign(_, let pesos): values.append(pesos)
            case .feedDown(let seconds): values.append(Double(seconds))
            case .feedLag(let records): values.append(Double(records))
            case .limit, .halt, .blockSale, .malformed: break
            }
        }
        return values
    }

    /// What the heatmap of the rows shows beyond their changes: each sector's value traded, how many rows have
    /// none, how many of those that have are too small for a tile (a count the layout decides, so any count of
    /// them), and the bounds of the scale's legend.
    static func heatmapValues(_ state: DashboardState) -> [Double] {
        let sectors = Dictionary(grouping: state.rows) { TerminalSafe.sanitize($0.sector ?? "Other") }
        let traded = state.rows.filter { $0.valueUnits > 0 }.count
        return sectors.values.map { members in pesos(members.reduce(0) { $0 + $1.valueUnits }) }
            + [Double(state.rows.count - traded)] + (0...traded).map(Double.init)
            + HeatScale.bounds.flatMap { [$0, -$0] }
    }

    /// The tokens with digits in `frame` that are neither a time, an age, nor a value of the state at the
    /// precision shown; empty when every figure is explained.
    func unexplained(in frame: String) -> [String] {
        // Sign (an arrow is the sign of a percentage, as on the heatmap, and only labels a count, `▼17`), `<`, peso sign
        // (a net amount has its sign after it, `₱−781.7M`), digits grouped by three (or not grouped), decimals, unit, percent.
        let figure =
            /(?<sign>[+−▲▼-])?(?<below><)?(?:₱(?<netSign>[+−-])?)?(?<whole>0|[1-9][0-9]{0,2}(?:,[0-9]{3})+|[1-9][0-9]*)(?:\.(?<fraction>[0-9]+))?(?<unit>[KMBT])?%?/
        let time = /[0-9]{2}:[0-9]{2}(:[0-9]{2})?/
        let age = /[0-9]+[smd]|[0-9]+h[0-9]{2}m/
        let tokens = frame.split { !Self.tokenCharacters.contains($0) }.map(String.init)
        return tokens.filter { token in
            guard token.contains(where: \.isNumber) else { return false }
            if token.wholeMatch(of: time) != nil || token.wholeMatch(of: age) != nil { return false }
            guard let match = token.wholeMatch(of: figure)?.output else { return true }
            return !explains(
                negative: match.sign == "−" || match.sign == "-" || match.netSign == "−" || match.netSign == "-"
                    || (match.sign == "▼" && token.hasSuffix("%")), below: match.below != nil,
                whole: String(match.whole), fraction: String(match.fraction ?? ""), unit: String(match.unit ?? ""))
        }
    }

    static let tokenCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.,:+−▲▼-%₱<…/")
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
