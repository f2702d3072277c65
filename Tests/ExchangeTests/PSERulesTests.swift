import Exchange
import MarketData
import Testing

@Suite struct PSERulesTests {
    /// Every band edge of the board-lot table: (price, tick, lot).
    @Test(arguments: [
        ("0.0001", "0.0001", 1_000_000), ("0.0099", "0.0001", 1_000_000),
        ("0.0100", "0.001", 100_000), ("0.0490", "0.001", 100_000),
        ("0.0500", "0.001", 10_000), ("0.2490", "0.001", 10_000),
        ("0.2500", "0.005", 10_000), ("0.4950", "0.005", 10_000),
        ("0.50", "0.01", 1_000), ("4.99", "0.01", 1_000),
        ("5.00", "0.01", 100), ("9.99", "0.01", 100),
        ("10.00", "0.02", 100), ("19.98", "0.02", 100),
        ("20.00", "0.05", 100), ("49.95", "0.05", 100),
        ("50.00", "0.05", 10), ("99.95", "0.05", 10),
        ("100.00", "0.10", 10), ("199.90", "0.10", 10),
        ("200.00", "0.20", 10), ("499.80", "0.20", 10),
        ("500.00", "0.50", 10), ("999.50", "0.50", 10),
        ("1000.00", "1", 5), ("1999.00", "1", 5),
        ("2000.00", "2", 5), ("4998.00", "2", 5),
        ("5000.00", "5", 5), ("123455.00", "5", 5),
    ])
    func tickAndBoardLotAtEveryBandEdge(price: String, tick: String, lot: Int64) {
        let price = Price(price)!
        #expect(PSERules.tickSize(for: price) == Price(tick)!)
        #expect(PSERules.boardLot(for: price) == Quantity(lot))
        #expect(PSERules.isOnTick(price))
    }

    @Test func pricesOffTheGridAreDetected() {
        #expect(!PSERules.isOnTick(Price("31.47")!))
        #expect(!PSERules.isOnTick(Price("623.20")!))
        #expect(!PSERules.isOnTick(Price("1549.50")!))
        #expect(PSERules.isOnTick(Price("1549")!))
        #expect(!PSERules.isBoardLot(150, at: Price("31.45")!))
        #expect(PSERules.isBoardLot(1_000, at: Price("2.74")!))
    }

    @Test func roundingAndSteppingStayOnTheGridAcrossBands() {
        #expect(PSERules.roundToTick(Price("19.99")!) == Price("19.98")!)
        #expect(PSERules.roundToTick(Price("19.99")!, roundingUp: true) == Price("20")!)
        #expect(PSERules.step(Price("19.98")!, ticks: 1) == Price("20")!)
        #expect(PSERules.step(Price("20")!, ticks: -1) == Price("19.98")!)
        #expect(PSERules.step(Price("100")!, ticks: -2) == Price("99.90")!)
    }

    @Test func displayDecimalsFollowTheTickBand() {
        #expect(Price("6412.57")!.formatted(grouping: true) == "6,412.57")
        #expect(Price("0.0012")!.formatted() == "0.0012")
        #expect(Price("0.2550")!.formatted() == "0.255")
        #expect(Price("1549")!.formatted() == "1549.00")
        #expect(Price("14.47")!.formatted(alwaysSign: true) == "+14.47")
        #expect((Price("7.03")! - Price("7.25")!).formatted(decimals: 2, alwaysSign: true) == "-0.22")
        #expect(Price(units: -12).formatted() == "-0.0012")
    }

    @Test func circuitBreakerLevels() {
        let previous = Price("6000")!
        #expect(PSERules.circuitBreaker(index: Price("5500")!, previousClose: previous) == nil)
        #expect(PSERules.circuitBreaker(index: Price("5400")!, previousClose: previous)?.level == 1)
        #expect(PSERules.circuitBreaker(index: Price("5100")!, previousClose: previous)?.level == 2)
        #expect(PSERules.circuitBreaker(index: Price("4700")!, previousClose: previous)?.haltMinutes == 60)
    }

    @Test(arguments: [
        ("08:59:59", MarketPhase.closed), ("09:00", .preopen), ("09:29:59", .preopen), ("09:30", .open),
        ("11:59:59", .open), ("12:00", .recess), ("13:00", .open), ("14:45", .preclose), ("14:50", .runoff),
        ("15:00", .closed), ("23:00", .closed),
    ])
    func regularDayPhases(time: String, phase: MarketPhase) {
        let instant = ManilaTime.epochMillis(date: "2026-11-25", secondOfDay: ManilaTime.secondOfDay(parsing: time)!)!
        #expect(PSERules.phase(at: instant) == phase)
    }

    @Test func halfDayPhases() {
        let schedule = TradingSchedule.halfDay
        #expect(schedule.phase(atSecondOfDay: 11 * 3600 + 56 * 60) == .preclose)
        #expect(schedule.phase(atSecondOfDay: 12 * 3600 + 5 * 60) == .runoff)
        #expect(schedule.phase(atSecondOfDay: 12 * 3600 + 10 * 60) == .closed)
    }

    @Test func manilaTimeIsUTCPlusEight() {
        let time = ManilaTime(epochMillis: 1_764_037_502_123)  // 2025-11-25T02:25:02.123Z
        #expect(time.dateText == "2025-11-25" && time.clockText == "10:25:02")
        #expect(ManilaTime.epochMillis(date: "2025-11-25", secondOfDay: 10 * 3600 + 25 * 60 + 2) == 1_764_037_502_000)
    }

    @Test func thirtyConstituentsWithWeightsSummingToAHundred() {
        #expect(PSERules.constituents.count == 30)
        #expect(Set(PSERules.constituents.map(\.symbol)).count == 30)
        let total = PSERules.constituents.reduce(0) { $0 + $1.weightPercent }
        #expect(abs(total - 100) < 0.5)
        #expect(PSERules.constituents.allSatisfy { PSERules.isOnTick($0.referencePrice) })
    }
}
