import Dashboard
import Foundation
import KafkaFeed
import LiveDashboard
import Logging
import MarketData
import Rendering
import Synchronization
import TerminalUI

let quietLogger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }

/// The real live dashboard — Kafka consumer thread, inbox, `DashboardLoop` — drawing to an in-memory screen on a
/// thread of its own, so a test can inject faults meanwhile and read every frame as plain text.
final class HeadlessDashboard: Sendable {
    /// A frame as the user would have seen it, with the wall time it was drawn.
    struct Frame: Sendable {
        let at: Date
        let lines: [String]
        var statusLine: String { lines.last { !$0.isEmpty } ?? "" }
    }

    private let frames = Mutex<[Frame]>([])
    private let finalState = Mutex<DashboardState?>(nil)
    private let stopped = Atomic<Bool>(false)
    private let recordsTaken = Atomic<Int>(0)
    private let inbox = ActionInbox()

    /// Starts reading `topics` from `bootstrap` (from the beginning, in viewer mode) on a 160×40 screen.
    init(bootstrap: String, topics: [String] = FeedTopic.defaultNames, overrides: [(key: String, value: String)] = []) throws {
        let consumer = try KafkaConsumer(
            bootstrapServers: bootstrap, topics: topics,
            overrides: EmbeddedBroker.consumerOverrides + overrides, logger: quietLogger)
        KafkaPump(consumer: consumer, inbox: inbox, logger: quietLogger).start { [self] in stopped.load(ordering: .relaxed) }
        let thread = Thread { [self] in
            let screen = InMemoryScreen(width: 160, height: 40) { grid in
                let frame = Frame(
                    at: Date(), lines: FrameExport.text(grid).split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
                self.frames.withLock { $0.append(frame) }
            }
            let source = ObservedSource(inbox) { actions in
                for case .records(let results, _) in actions { self.recordsTaken.add(results.count, ordering: .relaxed) }
            }
            let state = DashboardLoop(
                backend: screen, source: source, look: RenderContext(),
                shouldStop: { self.stopped.load(ordering: .relaxed) }
            ).run(DashboardState(source: bootstrap))
            finalState.withLock { $0 = state }
        }
        thread.start()
    }

    /// Presses `key` as the keyboard would.
    func press(_ key: KeyCommand) { inbox.post([.key(key)]) }

    /// Records the loop has taken from the consumer so far (applied, rejected or dropped as duplicates).
    var recordsReceived: Int { recordsTaken.load(ordering: .relaxed) }

    /// Every frame drawn so far.
    var drawn: [Frame] { frames.withLock { $0 } }

    /// The status lines drawn so far, each once, oldest first (for failure messages).
    var statusLines: [String] {
        drawn.map(\.statusLine).reduce(into: []) { lines, line in if lines.last != line { lines.append(line) } }
    }

    /// The first frame drawn at or after `since` that satisfies `condition`, waiting up to `seconds` for one.
    func waitForFrame(since: Date = .distantPast, seconds: Double, where condition: (Frame) -> Bool) -> Frame? {
        let deadline = Date().addingTimeInterval(seconds)
        repeat {
            if let frame = drawn.first(where: { $0.at >= since && condition($0) }) { return frame }
            usleep(20_000)
        } while Date() < deadline
        return nil
    }

    /// Waits until `count` records have reached the loop and then nothing more for 0.5 s (a redelivered copy may
    /// have counted towards `count`), up to `seconds` in all; stops the loop and returns its final state.
    func stop(afterReceiving count: Int, seconds: Double) -> DashboardState {
        let deadline = Date().addingTimeInterval(seconds)
        while recordsReceived < count && Date() < deadline { usleep(20_000) }
        var seen = -1
        while seen != recordsReceived && Date() < deadline.addingTimeInterval(5) {
            seen = recordsReceived
            usleep(500_000)
        }
        stopped.store(true, ordering: .relaxed)
        inbox.wake()
        while true {
            if let state = finalState.withLock({ $0 }) { return state }
            usleep(10_000)
        }
    }
}
