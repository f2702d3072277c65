import Dashboard
import LiveDashboard
import MarketData
import Rendering
import Testing

/// The run loop hands the alerts it announces to its `AlertDelivery`: a halt with a hostile reason, fired by one
/// batch of records, reaches an in-memory screen as a bell and a notification only when they are on, and never when
/// the batch was not received live (a replay's seek or rebuild).
@Suite struct AlertDeliveryLoopTests {
    static let date = "2026-11-25"
    static let haltedAt = ManilaTime.epochMillis(date: date, secondOfDay: 10 * 3600)!
    static let records: [Result<MarketEvent, DecodeError>] = [
        .success(.reference(ReferenceData(subject: .security("ALI"), previousClose: Price("22.00")!, date: date))),
        .success(
            .status(StatusChange(scope: .security("ALI"), phase: .halted, timestamp: haltedAt, reason: TerminalNotificationTests.hostile))),
    ]

    /// What the screen got besides frames from a loop that takes `records` received at `receivedAt` and stops.
    func emitted(receivedAt: EpochMillis, delivery: AlertDelivery) throws -> [[UInt8]] {
        let inbox = ActionInbox()
        inbox.post([.records(Self.records, receivedAt: receivedAt)])
        var taken = false
        let source = ObservedSource(inbox) { if !$0.isEmpty { taken = true } }
        let screen = InMemoryScreen(width: 120, height: 40)
        var state = DashboardState(source: "test")
        state.alerts = AlertBook(rules: [try AlertRule(parsing: "any halt")])
        let final = DashboardLoop(backend: screen, source: source, look: RenderContext(), shouldStop: { taken }, alertDelivery: delivery)
            .run(state)
        #expect(final.alerts.firedCount == 1)
        return screen.emitted
    }

    @Test func anAnnouncedAlertRingsTheBellOnlyWhenItIsOn() throws {
        #expect(try emitted(receivedAt: 1, delivery: AlertDelivery(ringsBell: true)) == [[AlertDelivery.bell]])
        #expect(try emitted(receivedAt: 1, delivery: AlertDelivery()) == [])
    }

    @Test func theNotificationCarriesTheRuleAndTheSanitisedMessage() throws {
        let notification = TerminalNotification(escape: .osc777, throughTmux: false)
        let bytes = try emitted(receivedAt: 1, delivery: AlertDelivery(notification: notification))
        #expect(
            bytes == [
                notification.bytes(title: "psei-ticker: any halt", body: "ALI halted: news ?]777;notify;pwn;x??[2J?31m?")
            ])
        #expect(bytes.joined().filter { $0 == 0x1B || $0 == 0x07 } == [0x1B, 0x07])
    }

    @Test func anAlertFiredByRecordsNotReceivedLiveIsNotDelivered() throws {
        let delivery = AlertDelivery(ringsBell: true, notification: TerminalNotification(escape: .osc9, throughTmux: true))
        #expect(try emitted(receivedAt: 0, delivery: delivery) == [])
    }
}
