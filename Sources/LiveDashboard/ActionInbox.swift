import Dashboard
import Foundation
import MarketData
import Synchronization
import TerminalUI

/// Hands actions from the feed thread to the UI loop and wakes it through a pipe the loop can `poll`.
/// The feed thread waits while more than `capacity` records are waiting, so a busy UI bounds the memory held
/// here (the records wait in Kafka instead).
public final class ActionInbox: Sendable, DashboardSource {
    public static let capacity = 50_000
    private let pending = Mutex<(actions: [DashboardAction], records: Int)>(([], 0))
    /// Read end (polled by the UI loop) and write end of the wake-up pipe.
    private let wakeReader: Int32
    private let wakeWriter: Int32

    public init() {
        var descriptors: [Int32] = [0, 0]
        _ = pipe(&descriptors)
        for descriptor in descriptors {
            _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
            _ = fcntl(descriptor, F_SETFD, FD_CLOEXEC)
        }
        wakeReader = descriptors[0]
        wakeWriter = descriptors[1]
    }

    deinit {
        close(wakeReader)
        close(wakeWriter)
    }

    /// Queues actions for the UI loop; first waits (up to `shouldStop`) while the UI is `capacity` records behind.
    public func post(_ actions: [DashboardAction], shouldStop: () -> Bool = { false }) {
        guard !actions.isEmpty else { return }
        while pending.withLock({ $0.records }) > Self.capacity && !shouldStop() { usleep(1_000) }
        let records = actions.reduce(0) { count, action in
            if case .records(let results, _) = action { count + results.count } else { count }
        }
        pending.withLock {
            $0.actions.append(contentsOf: actions); $0.records += records
        }
        wake()
    }

    /// Makes a waiting `poll` return (a full pipe already means "awake").
    public func wake() {
        var byte: UInt8 = 1
        _ = write(wakeWriter, &byte, 1)
    }

    public var wakeDescriptor: Int32? { wakeReader }

    public func nextDue(wallNow: EpochMillis) -> EpochMillis? { nil }

    public func handle(_ input: TerminalInput, wallNow: EpochMillis) -> KeyOutcome { .ignored }

    /// Everything posted since the last call, oldest first; empties the wake-up pipe.
    public func take(wallNow: EpochMillis) -> [DashboardAction] {
        var buffer = [UInt8](repeating: 0, count: 256)
        while read(wakeReader, &buffer, buffer.count) > 0 {}
        return pending.withLock { pending in
            defer { pending = ([], 0) }; return pending.actions
        }
    }
}
