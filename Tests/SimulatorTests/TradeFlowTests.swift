import Exchange
import MarketData
import Simulator
import Testing

/// Who trades on the simulated day and on which board: broker codes, the foreign side, odd lots and block sales.
@Suite struct TradeFlowTests {
    /// The day with odd lots, as `demo` plays it.
    static let trades: [Trade] = MarketSimulator(.init(seed: 42, date: MarketSimulatorTests.date, oddLots: true))!.compactMap {
        simulated in
        guard case .trade(let trade) = simulated.event else { return nil }
        return trade
    }

    /// Without `oddLots` every trade is in whole board lots, as the project's independent checker demands.
    @Test func theDefaultDayHasNoOddLots() {
        let trades = MarketSimulatorTests.day.compactMap { simulated -> Trade? in
            guard case .trade(let trade) = simulated.event else { return nil }
            return trade
        }
        #expect(!trades.isEmpty && trades.allSatisfy { $0.board != .oddlot && PSERules.isBoardLot($0.quantity, at: $0.price) })
    }

    @Test func everyTradeHasABuyerASellerAndABoard() {
        #expect(Self.trades.allSatisfy { $0.buyer != nil && $0.seller != nil && $0.board != nil })
        let brokers = Set(Self.trades.flatMap { [$0.buyer!, $0.seller!] })
        #expect(brokers.count >= 20 && brokers.count <= 30)
        #expect(brokers.allSatisfy { (2...3).contains($0.code.count) && $0.code.allSatisfy(\.isUppercase) })
    }

    @Test func theForeignFlagNamesTheSidesAForeignBrokerIsOn() {
        for trade in Self.trades {
            let buyerForeign = trade.buyer!.code.hasPrefix("X"), sellerForeign = trade.seller!.code.hasPrefix("X")
            let expected: Trade.ForeignSide? =
                switch (buyerForeign, sellerForeign) {
                case (true, true): .both
                case (true, false): .buy
                case (false, true): .sell
                case (false, false): nil
                }
            #expect(trade.foreign == expected, "\(trade)")
        }
    }

    /// Foreign participation as the PSE counts it: (foreign buying + foreign selling) ÷ (2 × value traded).
    static func foreignParticipation(_ trades: [Trade]) -> Double {
        var foreign = 0.0, total = 0.0
        for trade in trades {
            let value = Double(trade.valueUnits)
            total += 2 * value
            switch trade.foreign {
            case .both: foreign += 2 * value
            case .buy, .sell: foreign += value
            case nil: break
            }
        }
        return foreign / total
    }

    @Test func foreignersDoTensOfPercentOfTheValueAndMoreInTheBigNames() {
        let mainBoard = Self.trades.filter { $0.board == .main }
        let market = Self.foreignParticipation(mainBoard)
        #expect(market > 0.2 && market < 0.5, "\(market)")
        let heaviest = Self.foreignParticipation(mainBoard.filter { ["ICT", "SM", "SMPH", "BDO"].contains($0.symbol) })
        let lightest = Self.foreignParticipation(mainBoard.filter { ["CBC", "EMI", "GLO", "SMC"].contains($0.symbol) })
        #expect(heaviest > lightest + 0.15, "\(heaviest) vs \(lightest)")
    }

    @Test func mostTradesAreOnTheMainBoardWithOddLotsNowAndThen() {
        let boards = Dictionary(grouping: Self.trades, by: \.board).mapValues(\.count)
        let oddLotShare = Double(boards[.oddlot] ?? 0) / Double(Self.trades.count)
        #expect(oddLotShare > 0.01 && oddLotShare < 0.05, "\(oddLotShare)")
        #expect(boards[.main]! > 20 * boards[.oddlot]!)
        for trade in Self.trades where trade.board == .oddlot {
            #expect(trade.quantity.shares < PSERules.boardLot(for: trade.price).shares, "\(trade)")
        }
    }

    @Test func aFewLargeBlockSalesADayAwayFromTheLastPriceWhichTheyDoNotMove() {
        var last: [Symbol: Price] = [:]
        var blocks = 0
        for trade in Self.trades {
            switch trade.board {
            case .main:
                last[trade.symbol] = trade.price
            case .block:
                blocks += 1
                let reference = last[trade.symbol]!
                let away = abs(trade.price.doubleValue / reference.doubleValue - 1)
                let tick = PSERules.tickSize(for: reference).doubleValue / reference.doubleValue
                #expect(away >= 0.01 - tick && away <= 0.03 + tick, "\(trade) after \(reference)")
                #expect(PSERules.isBoardLot(trade.quantity, at: trade.price))
                #expect(Double(trade.valueUnits) / Double(Price.scale) >= 50e6, "\(trade)")
            default:
                break
            }
        }
        #expect((2...4).contains(blocks))
    }
}
