import Exchange
import MarketData
import Simulator
import Testing

@Suite struct MarketSimulatorTests {
    static let date = "2026-11-25"
    static let day: [SimulatedEvent] = Array(MarketSimulator(.init(seed: 42, date: date))!)

    @Test func sameSeedGivesByteIdenticalRecordsAndAnotherSeedDoesNot() {
        let again = Array(MarketSimulator(.init(seed: 42, date: Self.date))!.prefix(20_000)).map(\.record)
        #expect(again == Self.day.prefix(20_000).map(\.record))
        let other = Array(MarketSimulator(.init(seed: 43, date: Self.date))!.prefix(20_000)).map(\.record)
        #expect(other != again)
    }

    @Test func everyTradeIsOnTheTickGridInWholeBoardLotsOrAnOddLotOnItsBoard() {
        var trades = 0
        for case .trade(let trade) in Self.day.map(\.event) {
            trades += 1
            #expect(PSERules.isOnTick(trade.price), "\(trade.symbol) \(trade.price)")
            #expect(trade.hasTheQuantityItsBoardTakes, "\(trade.symbol) \(trade.quantity) @ \(trade.price)")
        }
        #expect(trades > 30_000 && trades < 150_000)
    }

    @Test func eachSymbolsSeqRisesByOneInTimeOrder() {
        var last: [String: (seq: Int64, time: EpochMillis)] = [:]
        for simulated in Self.day {
            let (key, seq): (String, Int64)
            switch simulated.event {
            case .trade(let trade): (key, seq) = ("T" + trade.symbol.code, trade.seq)
            case .quote(let quote): (key, seq) = ("Q" + quote.symbol.code, quote.seq)
            default: continue
            }
            if let previous = last[key] {
                #expect(seq == previous.seq + 1 && simulated.timestamp >= previous.time, "\(key) \(seq) after \(previous)")
            }
            last[key] = (seq, simulated.timestamp)
        }
    }

    @Test func everyRecordDecodesWithTheSchemaCodec() {
        for record in Self.day.map(\.record) {
            #expect(throws: Never.self) { try WireCodec.decode(record).get() }
        }
    }

    @Test func eventsAreInTimeOrderWithinTheTradingDay() {
        let open = ManilaTime.epochMillis(date: Self.date, secondOfDay: 9 * 3600)!
        let close = ManilaTime.epochMillis(date: Self.date, secondOfDay: 15 * 3600 + 1)!
        #expect(zip(Self.day, Self.day.dropFirst()).allSatisfy { $0.timestamp <= $1.timestamp })
        #expect(Self.day.allSatisfy { (open..<close).contains($0.timestamp) })
    }

    @Test func referenceDataComesFirstForAllConstituentsAndIndices() {
        let references = Self.day.prefix { if case .reference = $0.event { true } else { false } }
        #expect(references.count == 30 + 7)
    }

    @Test func extraSymbolsHaveReferenceDataAndTradeOnTheGridInBoardLots() {
        let wider = Array(MarketSimulator(.init(seed: 42, date: Self.date, extraSymbols: 270))!.prefix(200_000))
        let references = wider.prefix { if case .reference = $0.event { true } else { false } }
        #expect(references.count == 300 + 7)
        var extraTrades = 0
        for case .trade(let trade) in wider.map(\.event) where trade.symbol.code.hasPrefix("X") {
            extraTrades += 1
            #expect(PSERules.isOnTick(trade.price) && trade.hasTheQuantityItsBoardTakes, "\(trade)")
        }
        #expect(extraTrades > 1_000)
        #expect(references.contains { $0.record.key == Array("X0270".utf8) })
    }

    @Test func marketPhasesFollowTheRegularSchedule() {
        let phases = Self.day.compactMap { simulated -> MarketPhase? in
            guard case .status(let status) = simulated.event, status.scope == .market else { return nil }
            #expect(PSERules.phase(at: simulated.timestamp) == status.phase)
            return status.phase
        }
        #expect(phases == [.preopen, .open, .recess, .open, .preclose, .runoff, .closed])
    }

    @Test func noTradesOutsideContinuousTradingAuctionsAndRunoff() {
        for simulated in Self.day {
            guard case .trade = simulated.event else { continue }
            let phase = PSERules.phase(at: simulated.timestamp)
            #expect(phase == .open || phase == .runoff, "trade during \(phase)")
        }
    }

    @Test func oneStockIsHaltedForAFewMinutesAndDoesNotTradeMeanwhile() throws {
        let statuses = Self.day.compactMap { simulated -> StatusChange? in
            guard case .status(let status) = simulated.event, status.scope != .market else { return nil }
            return status
        }
        try #require(statuses.count == 2)
        #expect(statuses[0].phase == .halted && statuses[1].phase == .open)
        guard case .security(let halted) = statuses[0].scope else { Issue.record("not a security halt"); return }
        let minutes = Double(statuses[1].timestamp - statuses[0].timestamp) / 60_000
        #expect(minutes >= 3 && minutes <= 10)
        let tradesDuringHalt = Self.day.filter { simulated in
            guard case .trade(let trade) = simulated.event else { return false }
            return trade.symbol == halted && (statuses[0].timestamp..<statuses[1].timestamp).contains(trade.timestamp)
        }
        #expect(tradesDuringHalt.isEmpty)
    }

    /// Recomputes the PSEi from the weights alone, independently of the simulator's share/divisor bookkeeping:
    /// index = previous close × Σ wᵢ·(Pᵢ/P0ᵢ) / Σ wᵢ, with Pᵢ the last main-board trade before the index record.
    @Test func indexValueMatchesTheConstituentsWeightedSum() {
        var last: [Symbol: Price] = [:]
        var checked = 0
        let weights = PSERules.constituents
        let totalWeight = weights.reduce(0) { $0 + $1.weightPercent }
        for simulated in Self.day {
            switch simulated.event {
            case .trade(let trade) where trade.board == .main:
                last[trade.symbol] = trade.price
            case .index(let level) where level.code == .psei:
                let ratio =
                    weights.reduce(0.0) { sum, member in
                        sum + member.weightPercent * (last[member.symbol] ?? member.referencePrice).doubleValue
                            / member.referencePrice.doubleValue
                    } / totalWeight
                #expect(abs(level.value.doubleValue - 6398.10 * ratio) <= 0.011, "at \(simulated.timestamp)")
                checked += 1
            default:
                break
            }
        }
        #expect(checked > 1000)
    }

    @Test func sectorIndicesAreComputedFromTheirOwnMembers() {
        let definitions = IndexDefinition.all
        #expect(definitions.map(\.code) == [.psei] + IndexCode.sectors)
        #expect(definitions.dropFirst().reduce(0) { $0 + $1.members.count } == 30)
        let unchanged = Dictionary(uniqueKeysWithValues: PSERules.constituents.map { ($0.symbol, $0.referencePrice) })
        for definition in definitions {
            #expect(definition.value(prices: [:], previousCloses: unchanged) == definition.previousClose)
        }
    }
}
