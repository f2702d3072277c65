import Exchange
import MarketData

extension MarketWrap {
    /// The wrap of the market `state` shows, as of its shown time: every figure from the reducer's own state and
    /// helpers (breadth, `mostActive`, `movers(byPoints:)`, the static limits the row flags use), so it says what
    /// the screen said.
    public init(_ state: DashboardState) {
        let market = state.shown
        let board = state.stocks(in: .all)
        self.init(
            date: market.dataClock.time.map { ManilaTime(epochMillis: $0).dateText },
            asOf: state.shownTime.map(Moment.init),
            psei: IndexClose(market.psei),
            sectors: IndexCode.sectors.map { IndexClose(market.indices[$0] ?? IndexState(code: $0)) },
            turnover: Turnover(board),
            breadth: Breadth(psei: BreadthCount(state.stocks(in: .psei)), board: BreadthCount(board)),
            foreign: Foreign(market.foreignTotal, stocks: board),
            indexMovers: IndexMovers(
                up: board.movers(byPoints: true, count: Self.listLength).compactMap(Mover.init),
                down: board.movers(byPoints: false, count: Self.listLength).compactMap(Mover.init)),
            mostActive: board.mostActive(count: Self.listLength).map(ActiveStock.init),
            limitHits: board.flatMap { stock in
                stock.staticLimitsReachedToday.compactMap { LimitHit(stock, limit: $0.limit, price: $0.price) }
            },
            blockSales: market.blockSales.sales.map(BlockSale.init),
            halts: Halts(
                market: market.halts.periods.map(MarketHaltPeriod.init),
                stocks: board.flatMap { stock in stock.halts.periods.map { StockHalt(stock.symbol, $0) } }))
    }
}

extension MarketWrap.IndexClose {
    init(_ index: IndexState) {
        self.init(
            code: index.code.rawValue, close: index.value.map(MarketWrap.PriceFigure.init),
            previousClose: index.previousClose.map(MarketWrap.PriceFigure.init), change: index.change.map(MarketWrap.PriceFigure.init),
            changePercent: index.changePercent.map(MarketWrap.hundredths))
    }
}

extension MarketWrap.Turnover {
    init(_ stocks: [StockState]) {
        var (total, oddLot, block): (Int128, Int128, Int128) = (0, 0, 0)
        for stock in stocks {
            total += stock.valueUnits
            oddLot += stock.oddLotValueUnits
            block += stock.blockValueUnits
        }
        self.init(
            total: MarketWrap.Pesos(units: total), mainBoard: MarketWrap.Pesos(units: total - oddLot - block),
            oddLot: MarketWrap.Pesos(units: oddLot), block: MarketWrap.Pesos(units: block),
            trades: stocks.reduce(0) { $0 + $1.tradeCount }, average: nil)
    }
}

extension MarketWrap.BreadthCount {
    init(_ stocks: [StockState]) {
        let counts = stocks.breadth
        self.init(
            advancers: counts.advances, decliners: counts.declines, unchanged: counts.unchanged,
            notTraded: stocks.count - counts.advances - counts.declines - counts.unchanged)
    }
}

extension MarketWrap.Foreign {
    init(_ total: ForeignFlow, stocks: [StockState]) {
        func top(buys: Bool) -> [MarketWrap.StockForeign] {
            stocks.top(MarketWrap.listLength) { stock -> Int128? in
                let net = stock.foreign.netUnits
                guard net != 0, (net > 0) == buys else { return nil }
                return buys ? net : -net
            }.map(MarketWrap.StockForeign.init)
        }
        self.init(
            buying: MarketWrap.Pesos(units: total.buyUnits), selling: MarketWrap.Pesos(units: total.sellUnits),
            net: MarketWrap.Pesos(units: total.netUnits), topBuys: top(buys: true), topSells: top(buys: false))
    }
}

extension MarketWrap.StockForeign {
    init(_ stock: StockState) {
        self.init(
            symbol: stock.symbol.code, buying: MarketWrap.Pesos(units: stock.foreign.buyUnits),
            selling: MarketWrap.Pesos(units: stock.foreign.sellUnits), net: MarketWrap.Pesos(units: stock.foreign.netUnits))
    }
}

extension MarketWrap.Mover {
    /// Nil for a stock without a contribution (`StockState.pseiPoints`).
    init?(_ stock: StockState) {
        guard let points = stock.pseiPoints, let previousClose = stock.previousClose else { return nil }
        let last = stock.last ?? previousClose
        self.init(
            symbol: stock.symbol.code, points: MarketWrap.hundredths(points), last: MarketWrap.PriceFigure(last),
            change: MarketWrap.PriceFigure(last - previousClose))
    }
}

extension MarketWrap.ActiveStock {
    init(_ stock: StockState) {
        self.init(
            symbol: stock.symbol.code, value: MarketWrap.Pesos(units: stock.valueUnits), volume: Int64(clamping: stock.volume),
            trades: stock.tradeCount, last: stock.last.map(MarketWrap.PriceFigure.init),
            changePercent: stock.changePercent.map(MarketWrap.hundredths))
    }
}

extension MarketWrap.LimitHit {
    /// Nil when the stock has no static band (no previous close).
    init?(_ stock: StockState, limit: StaticLimit, price: Price) {
        guard let band = stock.staticLimits else { return nil }
        self.init(
            symbol: stock.symbol.code, limit: limit == .ceiling ? "ceiling" : "floor", price: MarketWrap.PriceFigure(price),
            limitPrice: MarketWrap.PriceFigure(limit == .ceiling ? band.upperBound : band.lowerBound))
    }
}

extension MarketWrap.BlockSale {
    init(_ sale: BlockSales.Sale) {
        self.init(
            symbol: sale.symbol.code, price: MarketWrap.PriceFigure(sale.price), quantity: sale.quantity.shares,
            value: MarketWrap.Pesos(units: sale.valueUnits), time: MarketWrap.Moment(sale.timestamp))
    }
}

extension MarketWrap.MarketHaltPeriod {
    init(_ halt: Halt) {
        self.init(
            level: halt.reason.flatMap(CircuitBreakerLevel.init(haltReason:))?.rawValue, reason: halt.reason,
            since: MarketWrap.Moment(halt.since), until: halt.until.map(MarketWrap.Moment.init))
    }
}

extension MarketWrap.StockHalt {
    init(_ symbol: Symbol, _ halt: Halt) {
        self.init(
            symbol: symbol.code, phase: halt.phase.rawValue, reason: halt.reason, since: MarketWrap.Moment(halt.since),
            until: halt.until.map(MarketWrap.Moment.init))
    }
}
