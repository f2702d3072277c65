import Foundation
import Synchronization

/// SIGINT, SIGTERM and SIGHUP as a flag and a wait: the signals are blocked in every thread (set up before any
/// thread starts, so librdkafka's threads inherit the mask) and taken by one thread with `sigwait`.
final class ShutdownSignal: Sendable {
    private let requested = Atomic<Int32>(0)
    private let waiters = DispatchSemaphore(value: 0)

    /// Call first thing in a command, before creating threads or Kafka handles.
    init() {
        var signals = ShutdownSignal.signalSet()
        pthread_sigmask(SIG_BLOCK, &signals, nil)
        let thread = Thread { [self] in
            var signals = ShutdownSignal.signalSet()
            var received: Int32 = 0
            sigwait(&signals, &received)
            requested.store(received, ordering: .releasing)
            waiters.signal()
        }
        thread.name = "signals"
        thread.start()
    }

    /// True once a shutdown signal arrived.
    var isRequested: Bool { requested.load(ordering: .acquiring) != 0 }

    /// Blocks until a shutdown signal arrives.
    func wait() {
        waiters.wait()
        waiters.signal()
    }

    private static func signalSet() -> sigset_t {
        var signals = sigset_t()
        sigemptyset(&signals)
        for signal in [SIGINT, SIGTERM, SIGHUP] { sigaddset(&signals, signal) }
        return signals
    }
}
