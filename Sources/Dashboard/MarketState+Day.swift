import MarketData

extension MarketState {
    /// The market at the start of a later trading day: every security and index keeps what it is (its row, name,
    /// sector, cluster, shares and free float; an index's divisor and members) and its previous close when reference
    /// data for the new day gave it (the exchange publishes it before the day's first record), else the last day's
    /// close becomes the previous close. The day's figures (prices, volumes, tapes, series, brokers, halts, foreign
    /// flow, block sales) start again, and so does each stock's `seq`, which the feed numbers per day. The phase stays
    /// what the feed last said until its next status; the data clock is the reducer's.
    mutating func begin(_ newDay: TradingDay) {
        guard let day, newDay > day else {
            day = day ?? newDay
            return
        }
        var next = MarketState()
        next.day = newDay
        next.dataClock = dataClock
        next.phase = phase
        next.symbols = symbols
        next.stocks = stocks.mapValues { $0.beginning(newDay) }
        next.indices = indices.mapValues { $0.beginning(newDay) }
        self = next
    }
}

extension StockState {
    /// The security as `day` begins (see `MarketState.begin`).
    func beginning(_ day: TradingDay) -> StockState {
        var next = StockState(symbol: symbol)
        next.figures = CopyOnWrite(figures.value.beginning(day))
        return next
    }
}

extension StockFigures {
    /// What carries over into `day` (see `MarketState.begin`).
    func beginning(_ day: TradingDay) -> StockFigures {
        var next = StockFigures()
        next.name = name
        next.sector = sector
        next.cluster = cluster
        next.shares = shares
        next.freeFloat = freeFloat
        next.pseiPointsPerPeso = pseiPointsPerPeso
        next.previousClose = previousCloseOn(day, given: previousClose, for: referenceDay, lastClose: last)
        next.referenceDay = referenceDay
        // Feed accounting, not a figure of the day: warnings counted before its reference data are still withdrawn
        // when it arrives.
        next.recordsBeforeReference = recordsBeforeReference
        return next
    }
}

extension IndexState {
    /// The index as `day` begins (see `MarketState.begin`).
    func beginning(_ day: TradingDay) -> IndexState {
        var next = IndexState(code: code)
        next.divisor = divisor
        next.members = members
        next.previousClose = previousCloseOn(day, given: previousClose, for: referenceDay, lastClose: value)
        next.referenceDay = referenceDay
        return next
    }
}

/// The previous close on `day`: the one reference data gave for that day, else the last day's close, else the
/// previous close the last day had.
private func previousCloseOn(_ day: TradingDay, given previousClose: Price?, for referenceDay: TradingDay?, lastClose: Price?) -> Price? {
    if let referenceDay, referenceDay >= day { return previousClose }
    return lastClose ?? previousClose
}
