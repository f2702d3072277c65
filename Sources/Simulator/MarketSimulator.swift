import Exchange
import Foundation
import MarketData

/// A seeded, repeatable PSE trading day for the 30 PSEi constituents or the full board (and optionally more
/// securities), as a time-ordered sequence of events.
///
/// Prices follow a market factor, a factor per sector and per-stock noise; activity is U-shaped within each
/// session; trades are on the tick grid in whole board lots; the day has its phases (pre-open, opening auction,
/// recess, pre-close, closing auction and run-off), reference data before the open, the PSEi and the six sector
/// indices every 10 seconds, one stock halted for a few minutes and one volume spike. Reference data carries each
/// security's (simulated) listed shares, free float and cluster and each index's divisor and members; trades carry
/// (simulated) broker codes, the foreign side and the board: mostly main, odd lots now and then (when asked), and a few block
/// sales a day away from the last price. Odd lots and block sales do not move a stock's last price nor the indices.
/// When the PSEi falls far enough the market-wide circuit breaker (`CircuitBreaker`) halts the whole market for the
/// level's time; a `crash` day makes the market factor fall steeply in the morning so that level 1 trips (about
/// 10:30). The same configuration gives byte-identical records.
public struct MarketSimulator: Sequence, IteratorProtocol, Sendable {
    /// What to simulate.
    public struct Configuration: Sendable {
        public var seed: UInt64
        /// The Manila trading date, `YYYY-MM-DD`.
        public var date: String
        public var schedule: TradingSchedule
        /// Mean trades per second across the whole basket at activity 1 (about 60,000 trades a day at 4).
        public var tradesPerSecond: Double
        /// The constituents alone, or the full board.
        public var board: Board
        /// Securities beyond the board (`X0001`…: smaller, thinner issues outside every index), for load tests.
        public var extraSymbols: Int
        /// Odd-lot trades now and then. Off by default: the project's independent checker
        /// (`shared/tools/check-feed`) accepts only whole board lots, whatever the board; `demo` turns them on.
        public var oddLots: Bool
        /// A crash: the market falls steeply from the open until the circuit breaker halts it.
        public var crash: Bool

        public init(
            seed: UInt64 = 1, date: String, schedule: TradingSchedule = .regular, tradesPerSecond: Double = 4,
            board: Board = .psei, extraSymbols: Int = 0, oddLots: Bool = false, crash: Bool = false
        ) {
            self.seed = seed; self.date = date; self.schedule = schedule; self.tradesPerSecond = tradesPerSecond
            self.board = board; self.extraSymbols = extraSymbols; self.oddLots = oddLots; self.crash = crash
        }
    }

    /// A stretch of the day when one stock behaves unusually.
    struct Episode: Sendable {
        let stock: Int
        let seconds: Range<Int>
    }

    static let secondsPerDay = 15_300.0
    static let marketVolatility = 0.008 / secondsPerDay.squareRoot()
    static let sectorVolatility = 0.004 / secondsPerDay.squareRoot()
    static let stockVolatility = 0.010 / secondsPerDay.squareRoot()
    static let meanTradeValue = 80_000.0
    static let indexInterval = 10
    /// The chance that a continuous-trading trade is followed by an odd-lot trade.
    static let oddLotChance = 0.03
    /// Trading days in the six months a PSE cluster review counts trades over.
    static let tradingDaysInSixMonths = 124.0
    /// The market factor's fall per second of a crash day's morning: about −11 % in the first hour.
    static let crashDrift = 0.115 / 3600

    public let configuration: Configuration
    private let midnight: EpochMillis
    private var random: SeededRandom
    /// A second stream for who trades and on which board, so those draws leave the price path's draws alone.
    private var flow: SeededRandom
    private var stocks: [SimulatedStock]
    private var marketFactor = 0.0
    private var sectorFactors: [Sector: Double] = [:]
    private let halt: Episode
    private let spike: Episode
    private let blockSales: [BlockSale]
    /// The market-wide halt of the circuit breaker's level that tripped last, over its seconds of the day.
    private var marketHalt: (level: CircuitBreakerLevel, seconds: Range<Int>)?
    private var second: Int
    /// The current second's events, latest first, so `popLast` yields them in order.
    private var pending: [SimulatedEvent] = []

    /// Nil when `configuration.date` is not a `YYYY-MM-DD` date.
    public init?(_ configuration: Configuration) {
        guard let midnight = ManilaTime.epochMillis(date: configuration.date, secondOfDay: 0) else { return nil }
        self.configuration = configuration
        self.midnight = midnight
        var random = SeededRandom(seed: configuration.seed)
        let totalWeight = PSERules.constituents.reduce(0) { $0 + $1.weightPercent }
        let board = configuration.board == .full ? FullBoard.listings(random: &random) : []
        let weighted = { (constituent: Constituent) in
            (
                constituent, rate: configuration.tradesPerSecond * constituent.weightPercent / totalWeight,
                joinsAuctions: true, shares: ListedShares(weighted: constituent)
            )
        }
        let listed =
            PSERules.constituents.map(weighted)
            + board.map {
                (
                    $0.security, rate: $0.tradesPerDay / Self.secondsPerDay, joinsAuctions: $0.joinsAuctions,
                    shares: ListedShares(listing: $0.security)
                )
            }
            + SimulatedStock.extraListings(configuration.extraSymbols, random: &random).map(weighted)
        stocks = listed.map { constituent, rate, joinsAuctions, shares in
            SimulatedStock(
                constituent: constituent, previousClose: constituent.referencePrice,
                beta: 0.7 + 0.6 * random.unit(), baseRate: rate, joinsAuctions: joinsAuctions, listed: shares,
                cluster: Self.cluster(of: constituent.symbol, rate: rate),
                foreignShare: BrokerFlow.foreignShare(weightPercent: constituent.weightPercent))
        }
        // The halt and the volume spike fall on listings that trade (on the PSEi board: any of them).
        let trading = listed.indices.filter { listed[$0].rate > 0 }
        let schedule = configuration.schedule
        let haltPosition = random.int(in: 0...(trading.count - 1))
        let haltStart = schedule.opens + 3600 + random.int(in: 0...3600)
        halt = Episode(stock: trading[haltPosition], seconds: haltStart..<(haltStart + random.int(in: 180...600)))
        let spikePosition = (haltPosition + random.int(in: 1...(trading.count - 1))) % trading.count
        let spikeStart = schedule.opens + 1800 + random.int(in: 0...5400)
        spike = Episode(stock: trading[spikePosition], seconds: spikeStart..<(spikeStart + 300))
        second = schedule.opens
        self.random = random
        var flow = SeededRandom(seed: configuration.seed ^ 0xB10C_5A1E_F10E_0000)
        let (halt, spike) = (halt, spike)
        blockSales = BlockSale.schedule(
            rates: listed.map { $0.joinsAuctions ? $0.rate : 0 }, seconds: schedule.opens...schedule.closes,
            random: &flow
        ) { stock, second in
            schedule.phase(atSecondOfDay: second - 1) == .open && schedule.phase(atSecondOfDay: second) == .open
                && !halt.contains(stock, second) && !spike.contains(stock, second)
        }
        self.flow = flow
    }

    /// Constituents are in cluster C; other listings by how often they trade (`PSERules.cluster`).
    private static func cluster(of symbol: Symbol, rate: Double) -> TradingCluster {
        if PSERules.isConstituent(symbol) { return .c }
        return PSERules.cluster(tradesInSixMonths: Int(rate * secondsPerDay * tradingDaysInSixMonths))
    }

    public mutating func next() -> SimulatedEvent? {
        while pending.isEmpty {
            guard second <= configuration.schedule.closes else { return nil }
            simulate(second: second)
            second += 1
        }
        return pending.popLast()
    }

    // MARK: - One second of the day

    private mutating func simulate(second: Int) {
        let schedule = configuration.schedule
        let phase = self.phase(atSecondOfDay: second)
        let previous = second == schedule.opens ? nil : self.phase(atSecondOfDay: second - 1)
        var events: [(offset: Int, event: MarketEvent)] = []
        let at = midnight + EpochMillis(second) * 1000

        if previous == nil { events += referenceData().map { (0, $0) } }
        if phase != previous {
            let reason = phase == .halted ? marketHalt?.level.haltReason : nil
            events.append((0, .status(StatusChange(scope: .market, phase: phase, timestamp: at, reason: reason))))
        }
        if previous == .preopen && phase == .open { events += openingAuction(at: at) }
        if phase == .runoff && previous != .runoff { events += closingAuction(at: at) }
        events += haltEvents(second: second, phase: phase, at: at)

        // An auction second holds only the auction trades, so each stock's seq rises with time.
        let isAuctionSecond = phase != previous && (phase == .runoff || previous == .preopen)
        switch phase {
        case .open:
            evolveFactors()
            if !isAuctionSecond { events += continuousTrading(second: second, at: at) }
        case .runoff:
            if !isAuctionSecond { events += runoffTrading(at: at) }
        default:
            break
        }

        let publishesIndex =
            (phase == .open || phase == .halted || phase == .preclose || phase == .runoff) && second % Self.indexInterval == 0
        if publishesIndex || (phase != previous && previous != nil && previous != .preopen) {
            let levels = indexLevels(at: at + 999)
            events += levels.map { (999, .index($0)) }
            if phase == .open, let psei = levels.first(where: { $0.code == .psei }) { tripCircuitBreaker(psei.value, second: second) }
        }

        let ordered = events.enumerated().sorted { ($0.element.offset, $0.offset) < ($1.element.offset, $1.offset) }
        pending = ordered.reversed().map { SimulatedEvent(timestamp: at + EpochMillis($0.element.offset), event: $0.element.event) }
    }

    /// The schedule's phase, or `halted` during a market-wide halt in continuous trading.
    private func phase(atSecondOfDay second: Int) -> MarketPhase {
        let scheduled = configuration.schedule.phase(atSecondOfDay: second)
        guard scheduled == .open, let marketHalt, marketHalt.seconds.contains(second) else { return scheduled }
        return .halted
    }

    /// Halts the market from the next second when the PSEi's level trips the circuit breaker.
    private mutating func tripCircuitBreaker(_ psei: Price, second: Int) {
        guard
            let level = CircuitBreaker.trip(
                value: psei, previousClose: IndexDefinition.psei.previousClose, tripped: marketHalt?.level, atSecondOfDay: second,
                schedule: configuration.schedule)
        else { return }
        marketHalt = (level, (second + 1)..<(second + 1 + level.haltSeconds))
    }

    private func referenceData() -> [MarketEvent] {
        stocks.map { stock in
            .reference(
                ReferenceData(
                    subject: .security(stock.symbol), name: stock.constituent.name,
                    sector: stock.constituent.sector.rawValue, previousClose: stock.previousClose,
                    boardLot: PSERules.boardLot(for: stock.previousClose), date: configuration.date,
                    shares: stock.listed.shares, freeFloat: stock.listed.freeFloat, cluster: stock.cluster))
        }
            + IndexDefinition.all.map { .reference($0.referenceData(date: configuration.date)) }
    }

    private mutating func evolveFactors() {
        marketFactor += Self.marketVolatility * random.normal()
        if configuration.crash && marketHalt == nil { marketFactor -= Self.crashDrift }
        for sector in Sector.allCases {
            sectorFactors[sector, default: 0] += Self.sectorVolatility * random.normal()
        }
        for index in stocks.indices {
            stocks[index].idiosyncratic += Self.stockVolatility * random.normal()
        }
    }

    private mutating func fairValue(_ index: Int) -> Double {
        stocks[index].fairValue(market: marketFactor, sector: sectorFactors[stocks[index].constituent.sector, default: 0])
    }

    /// 09:30: an overnight gap, then one auction trade per stock at its opening price.
    private mutating func openingAuction(at: EpochMillis) -> [(offset: Int, event: MarketEvent)] {
        marketFactor = 0.004 * random.normal()
        for index in stocks.indices { stocks[index].idiosyncratic = 0.005 * random.normal() }
        return stocks.indices.filter { stocks[$0].joinsAuctions }.flatMap { index in
            let price = SimulatedStock.spread(around: fairValue(index)).bid
            return auctionTrade(index, price: price, offset: 1 + index, at: at)
        }
    }

    /// 14:50: the closing auction fixes each stock's closing price; the run-off trades only at that price.
    private mutating func closingAuction(at: EpochMillis) -> [(offset: Int, event: MarketEvent)] {
        stocks.indices.flatMap { index in
            let price = stocks[index].lastPrice ?? stocks[index].previousClose
            stocks[index].closingPrice = price
            return stocks[index].joinsAuctions ? auctionTrade(index, price: price, offset: 1 + index, at: at) : []
        }
    }

    private mutating func auctionTrade(_ index: Int, price: Price, offset: Int, at: EpochMillis) -> [(offset: Int, event: MarketEvent)] {
        let quantity = SimulatedStock.quantity(at: price, meanValue: Self.meanTradeValue * 6, random: &random)
        return [(offset, trade(index, price: price, quantity: quantity, at: at + EpochMillis(offset)))]
    }

    private mutating func continuousTrading(second: Int, at: EpochMillis) -> [(offset: Int, event: MarketEvent)] {
        let schedule = configuration.schedule
        let sessionStart = schedule.transitions.last { $0.secondOfDay <= second && $0.phase == .open }!.secondOfDay
        let sessionEnd = schedule.transitions.first { $0.secondOfDay > second }?.secondOfDay ?? schedule.closes
        let activity = IntradayActivity.multiplier(
            secondsSinceSessionStart: second - sessionStart,
            secondsUntilSessionEnd: sessionEnd - second,
            isFirstSession: sessionStart == schedule.transitions[1].secondOfDay)
        if second == spike.seconds.lowerBound {
            stocks[spike.stock].idiosyncratic += (random.unit() < 0.5 ? -1 : 1) * (0.015 + 0.015 * random.unit())
        }
        var events: [(offset: Int, event: MarketEvent)] = []
        for index in stocks.indices where !halt.contains(index, second) {
            let rate = stocks[index].baseRate * activity * (spike.contains(index, second) ? 8 : 1)
            for offset in tradeOffsets(rate: rate) {
                let fair = fairValue(index)
                let price = stocks[index].tradePrice(fair: fair, buyerInitiated: random.unit() < 0.5)
                let quantity = SimulatedStock.quantity(at: price, meanValue: Self.meanTradeValue, random: &random)
                events.append((offset, trade(index, price: price, quantity: quantity, at: at + EpochMillis(offset))))
                events.append((offset, quote(index, fair: fair, at: at + EpochMillis(offset))))
                if configuration.oddLots, flow.unit() < Self.oddLotChance {
                    let oddLot = SimulatedStock.oddLot(at: price, random: &flow)
                    events.append((offset, trade(index, price: price, quantity: oddLot, at: at + EpochMillis(offset), board: .oddlot)))
                }
            }
        }
        for sale in blockSales where sale.second == second {
            let stock = stocks[sale.stock]
            let price = sale.price(last: stock.lastPrice ?? stock.previousClose, previousClose: stock.previousClose)
            events.append((999, trade(sale.stock, price: price, quantity: sale.quantity(at: price), at: at + 999, board: .block)))
        }
        return events
    }

    private mutating func runoffTrading(at: EpochMillis) -> [(offset: Int, event: MarketEvent)] {
        var events: [(offset: Int, event: MarketEvent)] = []
        for index in stocks.indices {
            guard let close = stocks[index].closingPrice else { continue }
            for offset in tradeOffsets(rate: stocks[index].baseRate * 0.3) {
                let quantity = SimulatedStock.quantity(at: close, meanValue: Self.meanTradeValue, random: &random)
                events.append((offset, trade(index, price: close, quantity: quantity, at: at + EpochMillis(offset))))
            }
        }
        return events
    }

    /// Millisecond offsets within a second for a Poisson number of trades, in time order (so each stock's seq
    /// and last price follow its trades' times).
    private mutating func tradeOffsets(rate: Double) -> [Int] {
        (0..<random.poisson(rate)).map { _ in random.int(in: 0...998) }.sorted()
    }

    private func haltEvents(second: Int, phase: MarketPhase, at: EpochMillis) -> [(offset: Int, event: MarketEvent)] {
        let scope = StatusChange.Scope.security(stocks[halt.stock].symbol)
        if second == halt.seconds.lowerBound {
            return [
                (
                    0,
                    .status(
                        StatusChange(
                            scope: scope, phase: .halted, timestamp: at,
                            reason: "Trading halt pending disclosure"))
                )
            ]
        }
        if second == halt.seconds.upperBound {
            return [(0, .status(StatusChange(scope: scope, phase: phase, timestamp: at, reason: "Trading resumed")))]
        }
        return []
    }

    /// A trade with its brokers; only a main-board trade moves the last price (and so the indices).
    private mutating func trade(_ index: Int, price: Price, quantity: Quantity, at: EpochMillis, board: Trade.Board = .main)
        -> MarketEvent
    {
        stocks[index].tradeSeq += 1
        if board == .main { stocks[index].lastPrice = price }
        let foreignShare = board == .block ? Swift.min(2 * stocks[index].foreignShare, 0.8) : stocks[index].foreignShare
        let sides = BrokerFlow.sides(foreignShare: foreignShare, random: &flow)
        return .trade(
            Trade(
                symbol: stocks[index].symbol, price: price, quantity: quantity, timestamp: at,
                seq: stocks[index].tradeSeq, buyer: sides.buyer, seller: sides.seller, foreign: sides.foreign, board: board))
    }

    private mutating func quote(_ index: Int, fair: Double, at: EpochMillis) -> MarketEvent {
        stocks[index].quoteSeq += 1
        let (bid, ask) = SimulatedStock.spread(around: fair)
        return .quote(
            Quote(
                symbol: stocks[index].symbol,
                bid: bid, bidQuantity: SimulatedStock.quantity(at: bid, meanValue: Self.meanTradeValue * 3, random: &random),
                ask: ask, askQuantity: SimulatedStock.quantity(at: ask, meanValue: Self.meanTradeValue * 3, random: &random),
                timestamp: at, seq: stocks[index].quoteSeq))
    }

    private func indexLevels(at: EpochMillis) -> [IndexLevel] {
        let prices = Dictionary(uniqueKeysWithValues: stocks.compactMap { stock in stock.lastPrice.map { (stock.symbol, $0) } })
        let previousCloses = Dictionary(uniqueKeysWithValues: stocks.map { ($0.symbol, $0.previousClose) })
        return IndexDefinition.all.map { index in
            IndexLevel(code: index.code, value: index.value(prices: prices, previousCloses: previousCloses), timestamp: at)
        }
    }
}

extension MarketSimulator.Episode {
    func contains(_ stock: Int, _ second: Int) -> Bool { self.stock == stock && seconds.contains(second) }
}
