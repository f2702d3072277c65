import Dashboard
import LiveDashboard
import MarketData
import Recording
import Rendering
import Simulator
import Testing

/// The DVR over the live feed: a rewind shows exactly what a straight run (and a replay) showed at that instant, the
/// live state keeps taking every record meanwhile, L gives back a state equal to a straight run over everything
/// received, and the bounded log folds its oldest records into a checkpoint and says how far back it reaches.
@Suite struct LiveDVRTests {
    static let records = LiveDVRDriver.records(until: "11:15")

    @Test func aRewindShowsWhatAStraightRunAndAReplayShowedAtThatInstant() throws {
        var driver = LiveDVRDriver()
        driver.deliver(LiveDVRDriver.batches(Self.records))
        driver.goTo("10:42")

        let instant = LiveDVRDriver.at("10:42")
        #expect(driver.state.rewind?.at == instant)
        #expect(driver.state.shown == DashboardState.straightRun(Self.records, to: instant))
        #expect(driver.state.shown != driver.state.market)
        let replay = ReplaySource(
            session: SessionPipeline.Batch(records: Self.records, decoded: Self.records.map(WireCodec.decode)), speed: 1,
            from: 10 * 3600 + 42 * 60, wallNow: 0, logger: quietLogger)
        var replayed = DashboardState(source: "replay")
        for action in replay.take(wallNow: 0) { Dashboard.reduce(into: &replayed, action: action) }
        #expect(driver.state.shown == replayed.market)

        let frame = FrameExport.text(Renderer.render(driver.state, width: 120, height: 40, context: RenderContext(glyphs: .ascii)))
        let live = ManilaTime(epochMillis: try #require(driver.state.market.dataClock.time)).clockText.prefix(5)
        #expect(frame.split(separator: "\n").first?.contains("REWOUND 10:42 (live \(live))") == true, "\(frame)")
    }

    @Test func backToLiveIsAStraightRunOverEveryRecordReceivedWhileRewound() {
        let rules = try! ["PSEI change 0.2%", "ALI move 0.3% in 5m", "feed malformed"].map(AlertRule.init(parsing:))
        var driver = LiveDVRDriver(rules: rules)
        let batches = LiveDVRDriver.batches(Self.records)
        driver.deliver(Array(batches[..<(batches.count / 2)]))
        driver.press(.left, .character("["))
        let rewound = driver.state.rewind
        #expect(rewound != nil)
        driver.deliver(Array(batches[(batches.count / 2)...]) + [.lag(ConsumerLag(partitions: ["pse.trades[0]": 12]))])
        #expect(driver.state.rewind == rewound, "records arriving while rewound leave the rewound market as it was")
        #expect(driver.state.market == driver.straight.market, "the live market kept taking every record")

        driver.press(.character("L"))
        #expect(driver.state.rewind == nil)
        #expect(driver.state.shown == driver.straight.market)
        #expect(driver.state.feed == driver.straight.feed)
        #expect(driver.state.feed.counters.rejectedTotal == batches.count && driver.state.feed.lag?.total == 12)
        #expect(driver.straight.alerts.firedCount > 0)
        #expect(driver.state.alerts == driver.straight.alerts, "alerts fire from the live market only, rewound or not")
    }

    @Test func movesStepFromTheLiveEdgeAndOnPastItIsLive() throws {
        var driver = LiveDVRDriver()
        driver.deliver(LiveDVRDriver.batches(Self.records))
        let edge = try #require(driver.state.market.dataClock.time)
        driver.press(.left, .left, .character("["))
        #expect(driver.state.rewind?.at == edge - 17 * 60_000)
        driver.press(.character("]"), .right)
        #expect(driver.state.rewind?.at == edge - 60_000)
        driver.press(.right)
        #expect(driver.state.rewind == nil)
        driver.press(.character("0"))
        #expect(driver.state.rewind?.at == LiveDVRDriver.at("09:30"))
        #expect(driver.state.shownTime == LiveDVRDriver.at("09:30"))
        driver.press(.character("L"))
        #expect(driver.state.rewind == nil && driver.state.shownTime == edge)
    }

    @Test func aTimeThatIsNotOneStaysInThePromptAndEscCancels() {
        var driver = LiveDVRDriver()
        driver.deliver(LiveDVRDriver.batches(Self.records))
        driver.goTo("25:99")
        #expect(driver.state.ui.goToPrompt?.text == "25:99")
        #expect(driver.state.ui.goToPrompt?.problem == "25:99 is not a time of day (HH:MM or HH:MM:SS)")
        driver.press(.escape)
        #expect(driver.state.ui.goToPrompt == nil && driver.state.rewind == nil)
        #expect(!driver.state.ui.helpShown, "the prompt's keys never reach the dashboard")
    }

    @Test(arguments: [LiveLog.Capacity(records: 3_000, bytes: 1 << 30), LiveLog.Capacity(records: 1_000_000, bytes: 400_000)])
    func theCapFoldsTheOldestIntoTheCheckpointAndSaysHowFarBackItReaches(capacity: LiveLog.Capacity) throws {
        var driver = LiveDVRDriver(capacity: capacity)
        driver.deliver(LiveDVRDriver.batches(Self.records))
        // The figures alone: a failed expectation on the log itself would print all of it.
        let (count, bytes, folded, reach) = (driver.dvr.log.count, driver.dvr.log.bytes, driver.dvr.log.folded, driver.dvr.log.earliest)
        #expect(count <= capacity.records && bytes <= capacity.bytes && folded > 0)
        let earliest = try #require(reach)
        #expect(earliest > LiveDVRDriver.at("09:30"))

        driver.goTo("09:00")
        #expect(driver.state.rewind?.at == earliest)
        #expect(driver.state.ui.notice?.hasPrefix("back as far as the log reaches: \(ManilaTime(epochMillis: earliest).clockText)") == true)
        #expect(driver.state.shown == DashboardState.straightRun(Self.records, to: earliest))
        driver.press(.right)
        #expect(driver.state.shown == DashboardState.straightRun(Self.records, to: earliest + 60_000))
    }

    /// A process left running for days keeps the day it shows: the first event of a new Manila date folds the days
    /// before (and itself) into the checkpoint, which is then the new day's start, and rebuilds stay exact.
    @Test func aNewTradingDayFoldsTheDaysBefore() {
        let firstDay = Self.records
        let secondDay = MarketSimulator(.init(seed: 4, date: "2026-11-26"))!.prefix(5_000).map(\.record)
        var log = LiveLog()
        log.append(firstDay.map(WireCodec.decode))
        #expect(log.folded == 0)
        log.append(secondDay.map(WireCodec.decode))
        let (count, folded, earliest) = (log.count, log.folded, log.earliest)
        #expect(folded >= firstDay.count && count <= secondDay.count && folded + count == firstDay.count + secondDay.count)
        #expect(earliest.map { ManilaTime(epochMillis: $0).dateText } == "2026-11-26")
        let start = log.market(at: earliest!)
        #expect(start.day == TradingDay(date: "2026-11-26") && start.stocks.values.allSatisfy { $0.tape.count <= 1 })
        let end = ManilaTime.epochMillis(date: "2026-11-26", secondOfDay: 15 * 3600)!
        #expect(log.market(at: end) == DashboardState.straightRun(firstDay + secondDay, to: end))
    }

    /// The closing note's figure: the log of a full simulated day with `--board full`, under the standard cap.
    @Test func aFullBoardDayFitsTheStandardCap() {
        var log = LiveLog()
        var day = MarketSimulator(.init(seed: 1, date: LiveDVRDriver.day, board: .full, oddLots: true))!
        var batch: [Result<MarketEvent, DecodeError>] = []
        while let simulated = day.next() {
            batch.append(.success(simulated.event))
            if batch.count == 1_000 {
                log.append(batch)
                batch = []
            }
        }
        log.append(batch)
        print(
            "live DVR log, full board day: \(log.count) records, \(log.bytes) bytes, \(log.bytes / max(log.count, 1)) bytes/record "
                + "(a MarketEvent is \(MemoryLayout<MarketEvent>.stride))")
        let (count, bytes, folded) = (log.count, log.bytes, log.folded)
        #expect(folded == 0 && count > 100_000)
        #expect(bytes <= LiveLog.Capacity.standard.bytes && count <= LiveLog.Capacity.standard.records)
    }
}
