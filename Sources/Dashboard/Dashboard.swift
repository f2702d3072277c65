import Exchange
import MarketData

/// The reducer: the only place `DashboardState` changes. Pure: no I/O, no clocks (time comes in actions).
public enum Dashboard {
    public static func reduce(into state: inout DashboardState, action: DashboardAction) {
        switch action {
        case .records(let results, let receivedAt):
            if receivedAt > 0 { state.feed.counters.countArrivals(results.count, at: receivedAt) }
            var rejected = 0
            for result in results {
                state.feed.counters.received += 1
                switch result {
                case .success(let event): apply(event, to: &state, receivedAt: receivedAt)
                case .failure(let error):
                    state.feed.counters.rejected[error.reason, default: 0] += 1
                    state.feed.counters.lastRejection = error
                    rejected += 1
                }
            }
            if rejected > 0 {
                let now = receivedAt > 0 ? receivedAt : state.market.dataClock.time ?? 0
                state.checkFeedAlerts(rejected: rejected, now: now, receivedAt: receivedAt)
            }
        case .connection(let connection):
            // With every broker down, each failed retry also reports its own broker down: still disconnected.
            if case .disconnected = state.feed.connection, case .reconnecting = connection { break }
            state.feed.connection = connection
        case .lag(let lag):
            state.feed.lag = lag
        case .cluster(let cluster):
            state.feed.cluster = cluster
        case .clock(let now):
            state.checkFeedAlerts(now: now, receivedAt: now)
        case .key(let key):
            handle(key, in: &state)
        case .tableRows(let rows):
            state.ui.visibleRows = max(rows, 1)
            keepSelectionVisible(&state)
        case .notice(let text):
            state.ui.notice = TerminalSafe.sanitize(text)
        case .tapeRows(let rows):
            state.ui.visibleTapeRows = max(rows, 1)
            StockScreenKeys.clampTapeScroll(&state)
        case .alertRows(let rows):
            state.ui.visibleAlertRows = max(rows, 1)
            AlertsScreenKeys.clampScroll(&state)
        case .rewind(let rewind):
            state.rewind = rewind
            keepSelectionOnARow(&state)
        case .goToPrompt(let prompt):
            state.ui.goToPrompt = prompt
        }
    }

    static func apply(_ event: MarketEvent, to state: inout DashboardState, receivedAt: EpochMillis = 0) {
        let marketWasHalted = state.market.phase == .halted
        guard takeDay(of: event, into: &state) else {
            state.feed.counters.earlierDay += 1
            return
        }
        // A trade's or a quote's stock is found once (its row added when new): the checks and the update use the row.
        let row: MarketState.Row? =
            switch event {
            case .trade(let trade): state.market.row(adding: trade.symbol)
            case .quote(let quote): state.market.row(adding: quote.symbol)
            default: nil
            }
        let warning = FeedWarning.check(event, in: state.market, row: row)
        if let warning { state.feed.counters.count(warning) }
        switch event {
        case .trade(let trade):
            let row = row!
            if warning == .unknownSymbol { state.market.stocks.values[row].recordsBeforeReference += 1 }
            guard state.feed.counters.count(state.market.stocks.values[row].apply(trade)) else { return }
            state.market.recordMarketWide(trade)
        case .quote(let quote):
            let row = row!
            if warning == .unknownSymbol { state.market.stocks.values[row].recordsBeforeReference += 1 }
            guard state.feed.counters.count(state.market.stocks.values[row].apply(quote)) else { return }
        case .index(let level):
            state.market.indices[level.code, default: IndexState(code: level.code)].apply(level)
        case .status(let status):
            apply(status, to: &state)
        case .reference(let reference):
            switch reference.subject {
            case .security(let symbol):
                let row = state.market.row(adding: symbol)
                // Reference data on its own topic may be read after the first trades: they were fine after all.
                state.feed.counters.withdraw(.unknownSymbol, state.market.stocks.values[row].recordsBeforeReference)
                state.market.stocks.values[row].recordsBeforeReference = 0
                state.market.stocks.values[row].previousClose = reference.previousClose
                state.market.stocks.values[row].referenceDay = TradingDay(date: reference.date)
                state.market.stocks.values[row].cluster = reference.cluster ?? state.market.stocks.values[row].cluster
                state.market.stocks.values[row].name = reference.name ?? state.market.stocks.values[row].name
                state.market.stocks.values[row].sector = reference.sector ?? state.market.stocks.values[row].sector
                state.market.applyIndexFigures(reference, of: symbol)
            case .index(let code):
                state.market.indices[code, default: IndexState(code: code)].previousClose = reference.previousClose
                state.market.indices[code]!.referenceDay = TradingDay(date: reference.date)
                state.market.applyIndexFigures(reference, of: code)
            }
        }
        state.feed.counters.applied += 1
        state.checkAlerts(after: event, receivedAt: receivedAt, marketWasHalted: marketWasHalted)
    }

    /// Moves the data clock with the event's time, and begins a later trading day when the clock enters one
    /// (`MarketState.begin`). False for a record of a day before the one shown (a partition read behind the others
    /// across midnight): it is left out.
    private static func takeDay(of event: MarketEvent, into state: inout DashboardState) -> Bool {
        guard let timestamp = event.timestamp else { return true }
        if let day = state.market.day, timestamp < day.start { return false }
        switch state.market.dataClock.observe(timestamp) {
        case .inStep: break
        case .outlier: state.feed.counters.count(.outlierTimestamp)
        case .confirmsJump: state.feed.counters.withdraw(.outlierTimestamp)
        }
        if let now = state.market.dataClock.time, now >= state.market.day?.end ?? .min {
            state.market.begin(TradingDay(containing: now))
        }
        return true
    }

    private static func apply(_ status: StatusChange, to state: inout DashboardState) {
        switch status.scope {
        case .market:
            if status.phase == .open && state.market.phase != .open { state.market.openedAt = status.timestamp }
            state.market.noteHalt(status)
            state.market.phase = status.phase
            state.market.schedule = state.market.schedule.confirmed(by: status.phase, at: status.timestamp)
        case .security(let symbol):
            // A symbol with no row is only a feed warning (`FeedWarning.statusForUnknownSymbol`), not a stock.
            guard state.market.stocks[symbol] != nil else { return }
            switch status.phase {
            case .halted, .suspended:
                state.market.stocks[symbol]!.halts.begin(status.phase, at: status.timestamp, reason: status.reason)
            default:
                state.market.stocks[symbol]!.halts.end(at: status.timestamp)
                state.market.stocks[symbol]!.lastUpdate = max(state.market.stocks[symbol]!.lastUpdate ?? status.timestamp, status.timestamp)
            }
        }
    }

    private static func handle(_ key: KeyCommand, in state: inout DashboardState) {
        state.ui.notice = nil
        if AlertFormKeys.handle(key, in: &state) || StockScreenKeys.handle(key, in: &state) || AlertsScreenKeys.handle(key, in: &state)
            || ClusterScreenKeys.handle(key, in: &state)
        {
            return
        }
        if let moved = key.moving(state.ui.selected, page: state.ui.visibleRows) {
            state.ui.selected = moved
            keepSelectionOnARow(&state)
            return
        }
        switch key {
        case .up, .down, .pageUp, .pageDown, .home, .end: break  // moved above
        case .nextSortKey:
            state.ui.sort = state.ui.sort.next
            state.ui.descending = state.ui.sort.startsDescending
        case .toggleSortDirection: state.ui.descending.toggle()
        case .toggleHelp: state.ui.helpShown.toggle()
        case .toggleDetail: state.ui.detailShown.toggle()
        case .togglePause: state.setPaused(!state.ui.paused)
        case .openStock:
            let rows = state.rows
            if rows.indices.contains(state.ui.selected) { state.ui.stockScreen = rows[state.ui.selected].symbol }
            state.ui.tapeScroll = 0
        case .dismiss:
            if state.ui.helpShown {
                state.ui.helpShown = false
            } else if state.ui.search != nil {
                state.keepingSelection { $0.ui.search = nil }
            } else if state.ui.heatmapShown || state.ui.brokersShown || state.ui.alertsShown || state.ui.clusterShown {
                state.ui.heatmapShown = false
                state.ui.brokersShown = false
                state.ui.alertsShown = false
                state.ui.clusterShown = false
            } else {
                state.ui.detailShown = false
            }
        case .quit: state.ui.quitRequested = true
        case .openAlertForm: AlertFormKeys.open(in: &state)
        case .nextAlertKind, .previousAlertKind, .typeAlertForm, .eraseAlertForm, .acceptAlertForm: break  // the form's, when open
        case .nextView, .previousView, .showView, .startSearch, .typeSearch, .eraseSearch, .acceptSearch, .addToWatchlist,
            .removeFromWatchlist, .toggleHeatmap, .toggleBrokers, .toggleAlerts, .toggleCluster:
            handleViewKey(key, in: &state)
        }
        keepSelectionOnARow(&state)
    }

    /// Keeps the selection on one of the rows shown (after a key, or a rewind to a market with fewer rows) and visible.
    private static func keepSelectionOnARow(_ state: inout DashboardState) {
        state.ui.selected = min(max(state.ui.selected, 0), max(state.rowCount - 1, 0))
        keepSelectionVisible(&state)
    }

    static func keepSelectionVisible(_ state: inout DashboardState) {
        let rows = state.ui.visibleRows
        if state.ui.selected < state.ui.scroll { state.ui.scroll = state.ui.selected }
        if state.ui.selected >= state.ui.scroll + rows { state.ui.scroll = state.ui.selected - rows + 1 }
        state.ui.scroll = max(0, min(state.ui.scroll, max(state.rowCount - rows, 0)))
    }
}

/// Where a record's `seq` stands against the last one of its symbol and topic.
public enum SequenceCheck: Sendable {
    case next, gap, duplicate

    /// Updates `last` unless `seq` repeats or goes back.
    public static func check(_ seq: Int64, last: inout Int64?) -> SequenceCheck {
        let verdict: SequenceCheck =
            switch last {
            case nil: .next
            case let previous? where seq <= previous: .duplicate
            case let previous? where seq > previous + 1: .gap  // previous < seq ≤ Int64.max here: no overflow
            default: .next
            }
        if verdict != .duplicate { last = seq }
        return verdict
    }
}

extension FeedCounters {
    /// Counts gaps and duplicates; false for a duplicate (which was not applied).
    mutating func count(_ check: SequenceCheck) -> Bool {
        switch check {
        case .next: return true
        case .gap: gaps += 1; return true
        case .duplicate: duplicates += 1; return false
        }
    }
}

extension Trade {
    /// True for a main-board trade: only those make a security's last price (odd lots and block sales do not).
    public var setsLastPrice: Bool { (board ?? .main) == .main }
}

extension StockState {
    /// Applies a trade unless its `seq` is a duplicate.
    mutating func apply(_ trade: Trade) -> SequenceCheck { figures.value.apply(trade) }

    /// Applies a quote unless its `seq` is a duplicate.
    mutating func apply(_ quote: Quote) -> SequenceCheck { figures.value.apply(quote) }
}

extension StockFigures {
    mutating func apply(_ trade: Trade) -> SequenceCheck {
        let check = SequenceCheck.check(trade.seq, last: &lastTradeSeq)
        guard check != .duplicate else { return check }
        volume += Int128(trade.quantity.shares)
        valueUnits += trade.valueUnits
        tradeCount += 1
        lastUpdate = max(lastUpdate ?? trade.timestamp, trade.timestamp)
        tape.append(trade)
        foreign.add(trade)
        netForeignMinutes.record(trade)
        if trade.setsLastPrice { last = trade.price }
        switch trade.board ?? .main {
        case .oddlot: oddLotValueUnits += trade.valueUnits
        case .block: blockValueUnits += trade.valueUnits
        case .main:
            open = open ?? trade.price
            high = max(high ?? trade.price, trade.price)
            low = min(low ?? trade.price, trade.price)
            mainVolume += Int128(trade.quantity.shares)
            mainValueUnits += trade.valueUnits
            if let slot = SessionSeries.minuteSlot(trade.timestamp) {
                minutes.record(trade.price, slot: slot)
                minuteVolumes.add(trade.quantity, slot: slot)
                if let vwap { vwapMinutes.record(vwap, slot: slot) }
            }
        }
        return check
    }

    mutating func apply(_ quote: Quote) -> SequenceCheck {
        let check = SequenceCheck.check(quote.seq, last: &lastQuoteSeq)
        guard check != .duplicate else { return check }
        bid = quote.bid
        bidQuantity = quote.bidQuantity
        ask = quote.ask
        askQuantity = quote.askQuantity
        lastUpdate = max(lastUpdate ?? quote.timestamp, quote.timestamp)
        return check
    }
}
