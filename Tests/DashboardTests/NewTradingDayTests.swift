import Dashboard
import MarketData
import Rendering
import Simulator
import Testing

/// A process left running overnight shows the new day, not two days added together: the day's figures start again
/// when the feed moves into a later trading day, each stock's `seq` (numbered per day) starts again, the last close
/// becomes the previous close (unless reference data gave the new day's), and a record of a day before the one shown
/// is left out and counted.
@Suite struct NewTradingDayTests {
    static let first = "2026-11-25", second = "2026-11-26"

    static func day(_ date: String, seed: UInt64) -> [MarketEvent] {
        MarketSimulator(.init(seed: seed, date: date))!.map(\.event)
    }

    static func reduced(_ days: [MarketEvent]...) -> DashboardState {
        var state = DashboardState(source: "test")
        for day in days { state.receive(day) }
        return state
    }

    static func at(_ date: String, _ time: String) -> EpochMillis {
        ManilaTime.epochMillis(date: date, secondOfDay: ManilaTime.secondOfDay(parsing: time)!)!
    }

    static func trade(_ symbol: Symbol, _ price: String, _ quantity: Int64, _ date: String, _ time: String, seq: Int64) -> MarketEvent {
        .trade(Trade(symbol: symbol, price: Price(price)!, quantity: Quantity(quantity), timestamp: at(date, time), seq: seq))
    }

    @Test func theSecondDayAfterTheFirstIsTheMarketOfTheSecondDayAlone() {
        let twoDays = Self.reduced(Self.day(Self.first, seed: 1), Self.day(Self.second, seed: 2))
        let secondAlone = Self.reduced(Self.day(Self.second, seed: 2))
        #expect(twoDays.market.day == TradingDay(date: Self.second))
        #expect(twoDays.feed.counters.duplicates == 0 && twoDays.feed.counters.gaps == 0)
        #expect(twoDays.feed.counters.earlierDay == 0 && twoDays.feed.counters.warningsTotal == 0)
        for symbol in twoDays.market.symbols {
            #expect(twoDays.market.stocks[symbol] == secondAlone.market.stocks[symbol], "\(symbol.code)")
        }
        #expect(twoDays.market == secondAlone.market)
    }

    /// The market's pre-open status opens the new day's records, as the exchange sends them: the first record of a
    /// later day is held as an outlier until the next one confirms the jump (`DataClock`), and a status changes only
    /// the phase, which carries over.
    @Test func withoutReferenceDataTheLastCloseIsThePreviousCloseAndSeqStartsAgain() {
        var state = DashboardState(source: "test")
        state.receive([
            Self.trade("ALI", "30.00", 1_000, Self.first, "14:58:00", seq: 1),
            Self.trade("ALI", "30.50", 2_000, Self.first, "14:59:00", seq: 2),
        ])
        state.receive([
            .status(StatusChange(scope: .market, phase: .preopen, timestamp: Self.at(Self.second, "09:00:00"))),
            Self.trade("ALI", "31.00", 500, Self.second, "09:30:00", seq: 1),
            Self.trade("ALI", "30.90", 500, Self.second, "09:31:00", seq: 2),
        ])
        let ali = state.market.stocks["ALI"]!
        #expect(state.feed.counters.warningsTotal == 0 && state.feed.counters.duplicates == 0, "\(state.feed.counters.warnings)")
        #expect(ali.previousClose == Price("30.50") && ali.open == Price("31.00") && ali.high == Price("31.00"))
        #expect(ali.low == Price("30.90") && ali.volume == 1_000 && ali.tradeCount == 2 && ali.tape.count == 2)
        #expect(state.market.day == TradingDay(date: Self.second) && state.market.phase == .preopen)
    }

    @Test func aRecordOfTheDayBeforeIsLeftOutCountedAndShown() {
        var state = Self.reduced(Self.day(Self.second, seed: 2))
        let before = state.market
        state.receive([Self.trade("ALI", "99.00", 1_000, Self.first, "14:59:59", seq: 1)])
        #expect(state.market == before)
        #expect(state.feed.counters.earlierDay == 1)
        let counters = state.feed.counters
        #expect(counters.received == counters.applied + counters.rejectedTotal + counters.duplicates + counters.earlierDay)
        let frame = FrameExport.text(Renderer.render(state, width: 160, height: 40, context: RenderContext(now: 0)))
        #expect(frame.contains("earlier day 1"))
    }

    /// Reference data has no time of its own: read after the last day's records, it gives the new day's previous
    /// close, which the new day keeps; a stock with none for the new day takes its last price.
    @Test func referenceDataForTheNextDayIsItsPreviousCloseAndTheLastPriceOtherwise() {
        var state = Self.reduced(Self.day(Self.first, seed: 1))
        let (ali, bdo) = (state.market.stocks["ALI"]!, state.market.stocks["BDO"]!)
        state.receive([.reference(ReferenceData(subject: .security("ALI"), previousClose: Price("20.00")!, date: Self.second))])
        state.receive([
            Self.trade("SM", "900.00", 10, Self.second, "09:30:00", seq: 1),
            Self.trade("SM", "900.00", 10, Self.second, "09:30:01", seq: 2),
        ])
        #expect(state.market.day == TradingDay(date: Self.second))
        let (aliToday, bdoToday) = (state.market.stocks["ALI"]!, state.market.stocks["BDO"]!)
        #expect(aliToday.previousClose == Price("20.00") && bdoToday.previousClose == bdo.last)
        #expect(aliToday.last == nil && aliToday.volume == 0 && aliToday.tape.count == 0 && aliToday.name == ali.name)
        #expect(state.market.brokers == Self.reduced().market.brokers && state.market.blockSales == Self.reduced().market.blockSales)
        #expect(
            state.market.psei.value == nil
                && state.market.psei.previousClose == Self.reduced(Self.day(Self.first, seed: 1)).market.psei.value)
    }

    @Test func oneRecordDatedTomorrowIsAnOutlierAndBeginsNoDay() {
        var state = Self.reduced(Self.day(Self.first, seed: 1))
        let volume = state.market.stocks["ALI"]!.volume
        state.receive([Self.trade("ALI", "30.00", 100, Self.second, "10:00:00", seq: 1_000_000)])
        #expect(state.market.day == TradingDay(date: Self.first))
        #expect(state.market.stocks["ALI"]!.volume == volume + 100)
        #expect(state.feed.counters.warnings[.outlierTimestamp] == 1)
    }

    @Test func aTradingDayIsTheManilaDate() {
        let day = TradingDay(date: "2026-11-25")!
        #expect(day.dateText == "2026-11-25")
        #expect(TradingDay(containing: day.start) == day && TradingDay(containing: day.end - 1) == day)
        #expect(TradingDay(containing: day.end) > day && TradingDay(containing: day.start - 1) < day)
        #expect(TradingDay(containing: Self.at("2026-11-25", "00:00")) == day)
        #expect(TradingDay(containing: Self.at("2026-11-25", "23:59:59")) == day)
        #expect(TradingDay(date: "2026-13-01") == nil)
    }
}
