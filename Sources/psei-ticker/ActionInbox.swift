import Dashboard
import Foundation
import MarketData
import Synchronization
import TerminalUI

/// Hands actions from the feed thread to the UI loop and wakes it through a pipe the loop can `poll`.
final class ActionInbox: Sendable, DashboardSource {
    private let pending = Mutex<[DashboardAction]>([])
    /// Read end (polled by the UI loop) and write end of the wake-up pipe.
    private let wakeReader: Int32
    private let wakeWriter: Int32

    init() {
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

    func post(_ actions: [DashboardAction]) {
        guard !actions.isEmpty else { return }
        pending.withLock { $0.append(contentsOf: actions) }
        wake()
    }

    /// Makes a waiting `poll` return (a full pipe already means "awake").
    func wake() {
        var byte: UInt8 = 1
        _ = write(wakeWriter, &byte, 1)
    }

    var wakeDescriptor: Int32? { wakeReader }

    func nextDue(wallNow: EpochMillis) -> EpochMillis? { nil }

    func handle(_ input: TerminalInput, wallNow: EpochMillis) -> KeyOutcome { .ignored }

    /// Everything posted since the last call, oldest first; empties the wake-up pipe.
    func take(wallNow: EpochMillis) -> [DashboardAction] {
        var buffer = [UInt8](repeating: 0, count: 256)
        while read(wakeReader, &buffer, buffer.count) > 0 {}
        return pending.withLock { actions in defer { actions = [] }; return actions }
    }
}
