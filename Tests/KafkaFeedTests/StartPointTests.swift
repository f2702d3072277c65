import KafkaFeed
import MarketData
import Testing

/// `--offset`'s values: the words, a Manila time of day and RFC 3339 timestamps; anything else is refused.
@Suite struct StartPointTests {
    @Test func wordsAndManilaTimesParse() {
        #expect(StartPoint(parsing: "beginning") == .beginning)
        #expect(StartPoint(parsing: "end") == .end)
        #expect(StartPoint(parsing: "today") == .today)
        #expect(StartPoint(parsing: "10:30") == .manilaClock(secondOfDay: 37_800))
        #expect(StartPoint(parsing: "10:30:15") == .manilaClock(secondOfDay: 37_815))
    }

    @Test func rfc3339TimestampsNameTheSameInstantInAnyZone() {
        let instant = ManilaTime.epochMillis(date: "2026-11-25", secondOfDay: 37_800)!
        #expect(StartPoint(parsing: "2026-11-25T10:30:00+08:00") == .instant(instant))
        #expect(StartPoint(parsing: "2026-11-25T02:30:00Z") == .instant(instant))
        #expect(StartPoint(parsing: "2026-11-24T21:30:00-05:00") == .instant(instant))
        #expect(StartPoint(parsing: "2026-11-25t02:30:00.25z") == .instant(instant + 250))
    }

    @Test(arguments: [
        "", "yesterday", "Beginning", "24:00", "10:60", "10", "10:30:00:00", "2026-11-25", "2026-11-25T10:30:00",
        "2026-02-30T10:30:00Z", "2026-11-25T10:30:00+24:00", "2026-11-25 10:30:00Z", "2026-11-25T10:30:00.Z",
    ])
    func anythingElseIsRefused(text: String) {
        #expect(StartPoint(parsing: text) == nil)
    }

    @Test func aManilaTimeFallsOnTheGivenDateAndTodayAtItsMidnight() {
        let day = "2026-11-25"
        #expect(
            StartPoint.manilaClock(secondOfDay: 37_800).startOffset(date: day)
                == .time(ManilaTime.epochMillis(date: day, secondOfDay: 37_800)!))
        #expect(StartPoint.today.startOffset(date: day) == .time(ManilaTime.epochMillis(date: day, secondOfDay: 0)!))
        #expect(StartPoint.beginning.startOffset(date: day) == .beginning)
        #expect(StartPoint.end.startOffset(date: day) == .end)
        #expect(StartPoint.instant(42).startOffset(date: day) == .time(42))
    }

    @Test(arguments: ["beginning", "end", "today", "10:30", "10:30:15", "2026-11-25T10:30:00+08:00", "2026-11-25T10:30:00.250+08:00"])
    func theArgumentParsesBackToTheSamePoint(text: String) throws {
        let point = try #require(StartPoint(parsing: text))
        #expect(point.argument == text)
        #expect(StartPoint(parsing: point.argument) == point)
    }
}
