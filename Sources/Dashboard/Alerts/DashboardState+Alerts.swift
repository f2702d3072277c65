import Exchange
import MarketData

extension DashboardState {
    /// Checks the rules an applied event concerns. `receivedAt` is the wall time of live records, 0 for a seek, a
    /// snapshot or a rebuild (their alerts are listed, not announced); `marketWasHalted` is the market's state before
    /// a market status event.
    mutating func checkAlerts(after event: MarketEvent, receivedAt: EpochMillis, marketWasHalted: Bool) {
        guard !alerts.rules.isEmpty else { return }
        switch event {
        case .trade(let trade):
            for position in alerts.rules(for: trade.symbol) {
                fire(
                    position, reading: reading(alerts.rules[position], trade: trade), subject: trade.symbol.description,
                    at: trade.timestamp, dataTime: trade.timestamp, receivedAt: receivedAt)
            }
        case .status(let status):
            let (positions, subject) =
                switch status.scope {
                case .security(let symbol): (alerts.rules(for: symbol), symbol.description)
                case .market: (alerts.anyStock, "market")
                }
            for position in positions where alerts.rules[position].condition.isHalt {
                fire(
                    position, reading: haltReading(status, marketWasHalted: marketWasHalted), subject: subject,
                    at: status.timestamp, dataTime: status.timestamp, receivedAt: receivedAt)
            }
        case .index(let level):
            for position in alerts.rules(for: level.code) {
                fire(
                    position, reading: indexReading(alerts.rules[position], code: level.code), subject: level.code.rawValue,
                    at: level.timestamp, dataTime: level.timestamp, receivedAt: receivedAt)
            }
        case .quote, .reference:
            break
        }
    }

    /// Checks the feed's rules: malformed records among the last batch (`rejected`), the lag, and how long the feed
    /// has been down at wall time `now`.
    mutating func checkFeedAlerts(rejected: Int = 0, now: EpochMillis, receivedAt: EpochMillis) {
        guard !alerts.feedRules.isEmpty else { return }
        if feed.isDown { alerts.feedDownSince = alerts.feedDownSince ?? now } else { alerts.feedDownSince = nil }
        for position in alerts.feedRules {
            let rule = alerts.rules[position]
            let reading: AlertReading?
            switch rule.condition {
            case .malformed:
                reading =
                    rejected == 0
                    ? nil
                    : .event(
                        value: Double(rejected),
                        message:
                            "\(AlertText.count(rejected)) malformed record\(rejected == 1 ? "" : "s"), \(AlertText.count(feed.counters.rejectedTotal)) today"
                    )
            case .feedLag(let records):
                reading = feed.lag.map { lag in
                    .magnitude(
                        Double(lag.total), beyond: Double(records), margin: rule.margin,
                        message: "lag \(AlertText.count(lag.total)) records")
                }
            case .feedDown(let seconds):
                let down = alerts.feedDownSince.map { (now - $0) / 1000 } ?? 0
                reading = .level(
                    value: Double(down), beyond: alerts.feedDownSince != nil && down >= seconds, clear: alerts.feedDownSince == nil,
                    message: "feed down for \(down) s")
            default:
                reading = nil
            }
            fire(position, reading: reading, subject: "feed", at: now, dataTime: market.dataClock.time, receivedAt: receivedAt)
        }
    }

    /// Fires rule `position` if its reading says so, timing its hysteresis and cool-down by `time`. The alert's data
    /// time is the event's own for a market event (a consumer reading several partitions has its data clock ahead
    /// of a trade read late), the data clock for the feed's rules.
    private mutating func fire(
        _ position: Int, reading: AlertReading?, subject: String, at time: EpochMillis, dataTime: EpochMillis?,
        receivedAt: EpochMillis
    ) {
        guard let reading else { return }
        let rule = alerts.rules[position]
        let fires: Bool
        let value: Double?
        let message: String
        switch reading {
        case .level(let reading, let beyond, let clear, let text):
            fires = alerts.triggers[position].level(beyond: beyond, clear: clear, at: time, cooldown: rule.cooldownMillis)
            (value, message) = (reading, text)
        case .event(let reading, let text):
            fires = alerts.triggers[position].event(at: time, cooldown: rule.cooldownMillis)
            (value, message) = (reading, text)
        }
        guard fires else { return }
        // A rule announced once at this data time or later (before a replay seeked back) is not announced again.
        let announce = receivedAt > 0 && (dataTime ?? .max) > (ui.announcedAlerts[rule.name] ?? .min)
        if announce, let dataTime { ui.announcedAlerts[rule.name] = dataTime }
        alerts.record(
            Alert(
                rule: rule.name, kind: rule.condition.kind, subject: subject,
                message: TerminalSafe.sanitize(message), value: value, dataTime: dataTime, announcedAt: announce ? receivedAt : 0))
    }

    private func reading(_ rule: AlertRule, trade: Trade) -> AlertReading? {
        guard let stock = market.stocks[trade.symbol] else { return nil }
        let symbol = trade.symbol
        switch rule.condition {
        case .last(_, let crossing):
            guard let last = stock.last else { return nil }
            return .crossing(
                last.doubleValue, crossing, margin: rule.margin, message: "\(symbol) \(AlertText.price(last)) \(crossing.words)")
        case .changePercent(_, let beyond):
            guard let percent = stock.changePercent else { return nil }
            return .magnitude(
                percent, beyond: beyond, margin: rule.margin, message: "\(symbol) \(AlertText.percent(percent)) from the previous close")
        case .move(_, let percent, let minutes):
            guard let move = stock.move(over: minutes, at: trade.timestamp) else { return nil }
            return .magnitude(
                move, beyond: percent, margin: rule.margin, message: "\(symbol) \(AlertText.percent(move)) in \(minutes) min")
        case .volumeSurge(_, let factor, let minutes):
            guard let ratio = stock.volumeRatio(over: minutes, at: trade.timestamp) else { return nil }
            return .level(
                value: ratio, beyond: ratio >= factor, clear: ratio < factor * (1 - rule.margin),
                message: "\(symbol) volume \(AlertText.factor(ratio)) the day's average in \(minutes) min")
        case .limit:
            guard let last = stock.last else { return nil }
            let limit = stock.staticLimitReached
            return .level(
                value: last.doubleValue, beyond: limit != nil, clear: limit == nil,
                message: "\(symbol) \(AlertText.price(last)) at the \(limit == .floor ? "floor" : "ceiling")")
        case .netForeign(_, let pesos):
            let net = stock.foreign.netUnits
            return .magnitude(
                Double(net) / Double(Price.scale), beyond: pesos, margin: rule.margin,
                message: "\(symbol) net foreign \(AlertText.pesos(units: net))")
        case .blockSale:
            guard trade.board == .block else { return nil }
            return .event(
                value: Double(trade.valueUnits) / Double(Price.scale),
                message:
                    "BLOCK \(symbol) \(AlertText.count(trade.quantity.shares)) @ \(AlertText.price(trade.price)) (\(AlertText.pesos(units: trade.valueUnits).dropFirst()))"
            )
        case .halt, .indexLevel, .indexChangePercent, .feedDown, .feedLag, .malformed:
            return nil
        }
    }

    /// A halt beginning (a new halt, not the same one announced again) or ending, of a stock or the market.
    private func haltReading(_ status: StatusChange, marketWasHalted: Bool) -> AlertReading? {
        let reason = status.reason.map { ": \($0)" } ?? ""
        switch status.scope {
        case .market:
            if status.phase == .halted, market.halt?.since == status.timestamp {
                return .event(value: nil, message: "market halted\(reason)")
            }
            return marketWasHalted && status.phase != .halted ? .event(value: nil, message: "market resumed") : nil
        case .security(let symbol):
            guard let halts = market.stocks[symbol]?.halts else { return nil }
            if let halt = halts.current {
                return halt.since == status.timestamp ? .event(value: nil, message: "\(symbol) \(halt.phase.rawValue)\(reason)") : nil
            }
            return halts.periods.last?.until == status.timestamp ? .event(value: nil, message: "\(symbol) resumed") : nil
        }
    }

    private func indexReading(_ rule: AlertRule, code: IndexCode) -> AlertReading? {
        guard let index = market.indices[code], let value = index.value else { return nil }
        switch rule.condition {
        case .indexLevel(_, let crossing):
            return .crossing(
                value.doubleValue, crossing, margin: rule.margin, message: "\(code.rawValue) \(AlertText.price(value)) \(crossing.words)")
        case .indexChangePercent(_, let beyond):
            guard let percent = index.changePercent else { return nil }
            return .magnitude(
                percent, beyond: beyond, margin: rule.margin,
                message: "\(code.rawValue) \(AlertText.percent(percent)) from the previous close")
        default:
            return nil
        }
    }
}

extension AlertCondition {
    var isHalt: Bool {
        if case .halt = self { return true }
        return false
    }
}
