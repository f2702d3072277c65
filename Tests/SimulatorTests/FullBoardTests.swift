import Exchange
import MarketData
import Simulator
import Testing

/// `--board full`: the constituents and 250 simulated listings, most of them thin, a tenth not trading at all.
@Suite struct FullBoardTests {
    static let date = "2026-11-25"
    static let day: [SimulatedEvent] = Array(MarketSimulator(.init(seed: 42, date: date, board: .full))!)
    static let constituents = Set(PSERules.constituents.map(\.symbol))

    /// A security's reference record.
    struct Listing {
        let symbol: Symbol
        let reference: ReferenceData
    }

    static var references: [Listing] {
        day.compactMap { simulated in
            guard case .reference(let reference) = simulated.event, case .security(let symbol) = reference.subject else { return nil }
            return Listing(symbol: symbol, reference: reference)
        }
    }

    static var listingsBeyondTheConstituents: [Listing] { references.filter { !constituents.contains($0.symbol) } }

    static var tradesPerSymbol: [Symbol: Int] {
        var counts: [Symbol: Int] = [:]
        for case .trade(let trade) in day.map(\.event) { counts[trade.symbol, default: 0] += 1 }
        return counts
    }

    @Test func everyListingHasItsReferenceRecordBeforeTheOpen() {
        let references = Self.references
        #expect(references.count == 280)
        #expect(Set(references.map(\.symbol)).count == 280)
        #expect(Self.constituents.isSubset(of: Set(references.map(\.symbol))))
        #expect(references.allSatisfy { $0.reference.name != nil && $0.reference.sector != nil && $0.reference.boardLot != nil })
        let reference = Self.day.prefix { if case .reference = $0.event { true } else { false } }
        #expect(reference.count == 280 + 7)
    }

    @Test func listingsBeyondTheConstituentsAreNamedSimulatedAndHaveTickerLikeSymbols() {
        let listings = Self.listingsBeyondTheConstituents
        #expect(listings.count == 250)
        for listing in listings {
            #expect(listing.reference.name?.hasPrefix("Simulated ") == true, "\(listing.reference)")
            let code = listing.symbol.code
            #expect((3...5).contains(code.count) && code.allSatisfy { $0.isUppercase && $0.isLetter }, "\(code)")
        }
        #expect(Set(listings.compactMap(\.reference.sector)) == Set(Sector.allCases.map(\.rawValue)))
    }

    @Test func pricesSpreadFromPennyStocksToOverAThousandPesosOnTheTickGrid() {
        let references = Self.references.map(\.reference)
        #expect(references.allSatisfy { PSERules.isOnTick($0.previousClose) })
        #expect(references.contains { $0.previousClose < Price("0.05")! })
        #expect(references.contains { $0.previousClose > Price("1000")! })
        #expect(references.allSatisfy { $0.boardLot == PSERules.boardLot(for: $0.previousClose) })
    }

    @Test func everyTradeAndQuoteOfTheDayIsOnTheTickGridInWholeBoardLotsBarOddLots() {
        for simulated in Self.day {
            switch simulated.event {
            case .trade(let trade):
                #expect(PSERules.isOnTick(trade.price) && trade.hasTheQuantityItsBoardTakes, "\(trade)")
            case .quote(let quote):
                guard let bid = quote.bid, let ask = quote.ask else {
                    Issue.record("one-sided quote \(quote)")
                    continue
                }
                #expect(PSERules.isOnTick(bid) && PSERules.isOnTick(ask) && bid < ask, "\(quote)")
                #expect(PSERules.isBoardLot(quote.bidQuantity, at: bid) && PSERules.isBoardLot(quote.askQuantity, at: ask), "\(quote)")
            default:
                break
            }
        }
    }

    @Test func aboutATenthOfTheListingsDoNotTradeAndMostTradeOnlyAFewTimes() {
        let trades = Self.tradesPerSymbol
        let listings = Self.listingsBeyondTheConstituents.map(\.symbol)
        let untraded = listings.filter { trades[$0] == nil }.count
        #expect(untraded >= 15 && untraded <= 40, "\(untraded) untraded")
        let fewTimes = listings.filter { (1...12).contains(trades[$0] ?? 0) }.count
        #expect(fewTimes >= 100, "\(fewTimes) trade 1–12 times")
        #expect(Self.constituents.allSatisfy { (trades[$0] ?? 0) > 100 })
    }

    @Test func everyListingHasSharesAFreeFloatAndAClusterByHowOftenItTrades() {
        let references = Self.references
        #expect(references.allSatisfy { $0.reference.shares != nil && $0.reference.freeFloat != nil })
        #expect(references.filter { Self.constituents.contains($0.symbol) }.allSatisfy { $0.reference.cluster == .c })
        let trades = Self.tradesPerSymbol
        let clusters = Dictionary(grouping: Self.listingsBeyondTheConstituents) { $0.reference.cluster }
        #expect(Set(clusters.keys) == [.a, .b, .c])
        // A day's trades against the cluster's six-month bounds (about 124 trading days): cluster A listings
        // barely trade, cluster C ones trade every day.
        let meanTrades = clusters.mapValues { listings in
            Double(listings.reduce(0) { $0 + (trades[$1.symbol] ?? 0) }) / Double(listings.count)
        }
        #expect(meanTrades[.a]! < 1 && meanTrades[.a]! < meanTrades[.b]! && meanTrades[.b]! < meanTrades[.c]!)
    }

    @Test func thinListingsAreRarelyQuoted() {
        var quotes: [Symbol: Int] = [:]
        for case .quote(let quote) in Self.day.map(\.event) { quotes[quote.symbol, default: 0] += 1 }
        let listings = Self.listingsBeyondTheConstituents.map(\.symbol)
        let rarelyQuoted = listings.filter { (quotes[$0] ?? 0) <= 12 }.count
        #expect(rarelyQuoted >= 125, "\(rarelyQuoted) quoted at most 12 times")
    }

    @Test func theSameSeedGivesTheSameBoardAndAnotherSeedAnotherOne() {
        let again = MarketSimulator(.init(seed: 42, date: Self.date, board: .full))!.prefix(50_000).map(\.record)
        #expect(again == Self.day.prefix(50_000).map(\.record))
        let other = MarketSimulator(.init(seed: 43, date: Self.date, board: .full))!.prefix(300).map(\.record)
        #expect(other != Array(again.prefix(300)))
    }

    @Test func everyRecordDecodesWithTheSchemaCodec() {
        for record in Self.day.map(\.record) {
            #expect(throws: Never.self) { try WireCodec.decode(record).get() }
        }
    }
}
