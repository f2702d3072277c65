import Dashboard
import MarketData
import Testing

/// Every alert rule kind through the reducer, against readings worked out by hand: each fires once per crossing,
/// re-arms by its margin or its cool-down, carries the data time, and a replay's seeks announce nothing twice.
@Suite struct AlertTests {
    /// ALI's reference (previous close 22.00, ceiling 33.00, floor 15.40) and the PSEi's (6,400.00).
    static let references: [MarketEvent] = [
        .reference(ReferenceData(subject: .security("ALI"), previousClose: Price("22.00")!, date: TestDay.date)),
        .reference(ReferenceData(subject: .index(.psei), previousClose: Price("6400.00")!, date: TestDay.date)),
    ]

    var state = DashboardState(source: "test")
    var seq: Int64 = 0

    init(_ rules: AlertRule...) {
        state.alerts = AlertBook(rules: rules)
        state.receive(Self.references)
    }

    init() {}

    mutating func trade(
        _ price: String, at time: String, quantity: Int64 = 100, board: Trade.Board? = nil, foreign: Trade.ForeignSide? = nil,
        receivedAt: EpochMillis = 1
    ) {
        seq += 1
        let trade = Trade(
            symbol: "ALI", price: Price(price)!, quantity: Quantity(quantity), timestamp: TestDay.at(time), seq: seq,
            foreign: foreign, board: board)
        Dashboard.reduce(into: &state, action: .records([.success(.trade(trade))], receivedAt: receivedAt))
    }

    mutating func status(_ scope: StatusChange.Scope, _ phase: MarketPhase, at time: String, reason: String? = nil) {
        state.receive([.status(StatusChange(scope: scope, phase: phase, timestamp: TestDay.at(time), reason: reason))])
    }

    var messages: [String] { state.alerts.fired.map(\.message) }

    @Test func aPriceLevelFiresOncePerCrossingAndReArmsOnlyAfterComingBackByTheMargin() {
        var test = AlertTests(AlertRule(.last("ALI", .above(Price("23.00")!)), margin: 0.01))  // re-arms below 22.77
        test.trade("22.90", at: "09:30")
        test.trade("23.00", at: "09:31")  // fires: at the level counts
        test.trade("23.20", at: "09:32")
        test.trade("22.80", at: "09:33")  // back, but not by 1 %
        test.trade("23.05", at: "09:34")  // no second alert
        test.trade("22.75", at: "09:35")  // back by the margin: re-armed
        test.trade("23.10", at: "09:36")  // fires again
        #expect(test.messages == ["ALI 23.00 above 23.00", "ALI 23.10 above 23.00"])
        #expect(test.state.alerts.fired.map(\.dataTime) == [TestDay.at("09:31"), TestDay.at("09:36")])
        #expect(test.state.alerts.fired.allSatisfy { $0.rule == "ALI above 23 margin 1%" && $0.subject == "ALI" })
        #expect(test.state.alerts.fired.map(\.value) == [23.0, 23.1])
    }

    @Test func aCoolDownFiresAgainWhileTheReadingStaysBeyond() {
        var test = AlertTests(AlertRule(.last("ALI", .below(Price("21.00")!)), cooldownMillis: 10 * 60_000))
        test.trade("20.90", at: "09:30")
        test.trade("20.80", at: "09:35")  // within the cool-down
        test.trade("20.85", at: "09:40")  // ten minutes on: again
        #expect(test.state.alerts.fired.map(\.dataTime) == [TestDay.at("09:30"), TestDay.at("09:40")])
    }

    @Test func theChangeFromThePreviousCloseFiresEitherWay() {
        var test = AlertTests(AlertRule(.changePercent("ALI", beyond: 5)))  // re-arms inside ±4.5 %
        test.trade("23.10", at: "09:30")  // +5.00 %
        test.trade("22.00", at: "09:31")  // 0 %: re-armed
        test.trade("20.85", at: "09:32")  // −5.23 %
        #expect(test.messages == ["ALI +5.00% from the previous close", "ALI −5.23% from the previous close"])
    }

    @Test func aMoveWithinMinutesComparesWithThePriceThatManyMinutesBefore() {
        var test = AlertTests(AlertRule(.move("ALI", percent: 2, minutes: 5)))
        test.trade("22.00", at: "09:30")
        test.trade("22.30", at: "09:33")  // 09:28 has no price: nothing to compare
        test.trade("22.40", at: "09:35:10")  // against 09:30's 22.00: +1.82 %
        test.trade("22.45", at: "09:36:00")  // against 09:31 → 09:30's 22.00 carried: +2.05 %
        #expect(test.messages == ["ALI +2.05% in 5 min"])
        #expect(test.state.alerts.fired.first?.value.map { ($0 * 100).rounded() } == 205)
    }

    @Test func aVolumeSurgeIsAgainstTheDaysAverageForAsManyMinutesBefore() {
        var test = AlertTests(AlertRule(.volumeSurge("ALI", factor: 3, minutes: 2)))
        for minute in 0..<4 { test.trade("22.00", at: "09:3\(minute)", quantity: 1_000) }  // 1,000 a minute
        // 09:33–09:34 against 09:30–09:32 (3,000 shares: 2,000 per two minutes): 3,000 is 1.5×.
        test.trade("22.00", at: "09:34", quantity: 2_000)
        // 09:34–09:35 against 09:30–09:33 (4,000 shares: 2,000 per two minutes): 6,000 is 3.0×.
        test.trade("22.00", at: "09:35", quantity: 4_000)
        #expect(test.messages == ["ALI volume 3.00× the day's average in 2 min"])
    }

    @Test func theStaticLimitFiresInWordsAndReArmsWhenLeft() {
        var test = AlertTests(AlertRule(.limit("ALI")))
        test.trade("32.90", at: "09:30")  // two ticks under the 33.00 ceiling
        test.trade("32.95", at: "09:31")  // one tick under
        test.trade("33.00", at: "09:31:30")
        test.trade("30.00", at: "09:32")
        test.trade("15.40", at: "09:33")  // the floor
        #expect(test.messages == ["ALI 32.95 at the ceiling", "ALI 15.40 at the floor"])
    }

    @Test func haltsFireOnBeginningAndEndingNotOnTheSameHaltAnnouncedAgain() {
        var test = AlertTests(AlertRule(.halt("ALI")), AlertRule(.halt(nil)))
        test.trade("22.00", at: "09:30")
        test.status(.security("ALI"), .halted, at: "10:00", reason: "pending \u{1B}[31mdisclosure\u{07}")
        test.status(.security("ALI"), .halted, at: "10:01", reason: "pending disclosure")  // the same halt
        test.status(.security("ALI"), .open, at: "10:30")
        test.status(.market, .halted, at: "10:40", reason: "circuit breaker L1")
        test.status(.market, .open, at: "10:55")
        #expect(
            test.messages == [
                "ALI halted: pending ?[31mdisclosure?", "ALI halted: pending ?[31mdisclosure?", "ALI resumed", "ALI resumed",
                "market halted: circuit breaker L1", "market resumed",
            ])
        #expect(test.state.alerts.fired.allSatisfy { !$0.message.contains("\u{1B}") && !$0.message.contains("\u{07}") })
        #expect(test.state.alerts.fired.suffix(2).allSatisfy { $0.subject == "market" && $0.rule == "any halt" })
    }

    @Test func netForeignAndBlockSales() {
        var test = AlertTests(AlertRule(.netForeign("ALI", beyondPesos: 1_000_000)), AlertRule(.blockSale(nil)))
        test.trade("22.00", at: "09:30", quantity: 40_000, foreign: .buy)  // +880,000
        test.trade("22.00", at: "09:31", quantity: 10_000, foreign: .both)  // both sides: still +880,000
        test.trade("22.00", at: "09:32", quantity: 10_000, foreign: .buy)  // +1,100,000
        test.trade("21.50", at: "09:33", quantity: 1_000_000, board: .block)
        #expect(test.messages == ["ALI net foreign +₱1,100,000", "BLOCK ALI 1,000,000 @ 21.50 (₱21,500,000)"])
        #expect(test.state.alerts.fired.last?.subject == "ALI")
    }

    @Test func eventsReadOutOfTimeOrderAllFireAtTheirOwnTimes() {
        var test = AlertTests(AlertRule(.blockSale(nil)), AlertRule(.halt(nil), cooldownMillis: 60_000))
        test.trade("22.00", at: "11:00", board: .block)  // a partition read ahead of the others
        test.trade("21.50", at: "10:00", board: .block)
        test.status(.security("ALI"), .halted, at: "11:30")
        test.status(.security("ALI"), .open, at: "11:30:30")  // within the cool-down of the halt's alert
        #expect(test.state.alerts.fired.map(\.dataTime) == [TestDay.at("11:00"), TestDay.at("10:00"), TestDay.at("11:30")])
    }

    @Test func indexLevelsAndChanges() {
        var test = AlertTests(AlertRule(.indexLevel(.psei, .below(Price("6300.00")!))), AlertRule(.indexChangePercent(.psei, beyond: 2)))
        for (value, time) in [("6350.00", "09:30"), ("6290.12", "09:31"), ("6260.00", "09:32"), ("6250.00", "09:33")] {
            test.state.receive([.index(IndexLevel(code: .psei, value: Price(value)!, timestamp: TestDay.at(time)))])
        }
        #expect(test.messages == ["PSEi 6,290.12 below 6,300.00", "PSEi −2.19% from the previous close"])
        #expect(test.state.alerts.fired.allSatisfy { $0.subject == "PSEi" })
    }

    @Test func theFeedDownLaggingOrMalformed() {
        var test = AlertTests(AlertRule(.feedDown(seconds: 30)), AlertRule(.feedLag(records: 1_000)), AlertRule(.malformed))
        let wall: EpochMillis = 1_800_000_000_000
        Dashboard.reduce(into: &test.state, action: .connection(.live))
        Dashboard.reduce(into: &test.state, action: .clock(wall))
        Dashboard.reduce(into: &test.state, action: .connection(.disconnected("all brokers down")))
        Dashboard.reduce(into: &test.state, action: .clock(wall + 1_000))
        Dashboard.reduce(into: &test.state, action: .clock(wall + 30_000))  // 29 s
        Dashboard.reduce(into: &test.state, action: .clock(wall + 31_000))  // 30 s: fires
        Dashboard.reduce(into: &test.state, action: .clock(wall + 40_000))
        Dashboard.reduce(into: &test.state, action: .lag(ConsumerLag(partitions: ["pse.trades/0": 1_500])))
        let bad = DecodeError(reason: .notJSON, topic: "pse.trades", partition: 0, offset: 1)
        Dashboard.reduce(into: &test.state, action: .records([.failure(bad), .failure(bad)], receivedAt: wall + 41_000))
        Dashboard.reduce(into: &test.state, action: .records([.failure(bad)], receivedAt: wall + 50_000))  // within a minute
        #expect(test.messages == ["feed down for 30 s", "lag 1,500 records", "2 malformed records, 2 today"])
        #expect(test.state.alerts.fired.allSatisfy { $0.subject == "feed" && $0.isAnnounced })
    }

    @Test func seekingBackAndForthAnnouncesNothingTwice() {
        let rules = [AlertRule(.last("ALI", .above(Price("23.00")!))), AlertRule(.blockSale("ALI"))]
        let day: [(price: String, time: String, board: Trade.Board?)] = [
            ("22.50", "09:30", nil), ("23.10", "09:40", nil), ("22.00", "09:50", nil), ("21.00", "10:00", .block),
            ("23.20", "10:10", nil),
        ]
        var live = AlertTests()
        live.state.alerts = AlertBook(rules: rules)
        live.state.receive(Self.references)
        for record in day.prefix(4) { live.trade(record.price, at: record.time, board: record.board, receivedAt: 5) }
        #expect(live.state.alerts.fired.filter(\.isAnnounced).count == 2)

        // A seek back to 09:45, as the run loop does it: a fresh state, the same UI, the records up to then not live.
        var rebuilt = AlertTests()
        rebuilt.state.alerts = AlertBook(rules: rules)
        rebuilt.state.ui = live.state.ui
        rebuilt.state.receive(Self.references)
        for record in day.prefix(2) { rebuilt.trade(record.price, at: record.time, receivedAt: 0) }
        #expect(rebuilt.state.alerts.fired.map(\.message) == ["ALI 23.10 above 23.00"])
        #expect(rebuilt.state.alerts.fired.allSatisfy { !$0.isAnnounced })
        // Playing on through what was already announced, then on into new alerts.
        for record in day.dropFirst(2) { rebuilt.trade(record.price, at: record.time, board: record.board, receivedAt: 9) }
        #expect(rebuilt.messages == live.messages + ["ALI 23.20 above 23.00"])
        #expect(rebuilt.state.alerts.fired.filter(\.isAnnounced).map(\.message) == ["ALI 23.20 above 23.00"])
    }

    @Test func noRulesCostNothingAndTheLogIsBounded() {
        var test = AlertTests(AlertRule(.blockSale("ALI")))
        for second in 0..<(AlertBook.capacity + 5) {
            let (minute, rest) = (30 + second / 60, second % 60)
            test.trade("22.00", at: "09:\(minute):\(rest < 10 ? "0" : "")\(rest)", board: .block)
        }
        #expect(test.state.alerts.fired.count == AlertBook.capacity)
        #expect(test.state.alerts.firedCount == AlertBook.capacity + 5)
        var none = AlertTests()
        none.state.receive(Self.references)
        none.trade("40.00", at: "09:30")
        #expect(none.state.alerts.fired.isEmpty)
    }
}

/// An alert's fields as scripts get them: JSON line and environment names from one list.
@Suite struct AlertFieldsTests {
    @Test func theJSONLineAndTheEnvironmentComeFromTheSameFields() {
        let alert = Alert(
            rule: "ALI halt", kind: "halt", subject: "ALI", message: "ALI halted: \"pending\" ?[31m", value: nil,
            dataTime: TestDay.at("10:27:21"), announcedAt: 1)
        #expect(
            alert.jsonLine
                == #"{"time":"10:27:21","date":"2026-11-25","dataTime":\#(TestDay.at("10:27:21")),"rule":"ALI halt","kind":"halt","subject":"ALI","message":"ALI halted: \"pending\" ?[31m"}"#
        )
        #expect(
            alert.fields.map(\.environmentName) == [
                "PSEI_ALERT_TIME", "PSEI_ALERT_DATE", "PSEI_ALERT_DATA_TIME", "PSEI_ALERT_RULE", "PSEI_ALERT_KIND", "PSEI_ALERT_SUBJECT",
                "PSEI_ALERT_MESSAGE",
            ])
        let priced = Alert(
            rule: "ALI above 24", kind: "price-above", subject: "ALI", message: "m", value: 24.05, dataTime: nil, announcedAt: 0)
        #expect(priced.jsonLine == #"{"rule":"ALI above 24","kind":"price-above","subject":"ALI","message":"m","value":24.05}"#)
    }
}
