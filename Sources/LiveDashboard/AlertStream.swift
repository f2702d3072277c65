import Dashboard
import Foundation
import MarketData

/// The `alerts` command's live loop — no screen, no keys: applies what the source posts, and the wall clock once a
/// second (for the feed's rules), through an `AlertFollower`, and hands each alert to `deliver` as it fires, until
/// `shouldStop`. Sleeps in `poll` between batches (no busy loop).
public struct AlertStream {
    let source: DashboardSource
    let shouldStop: () -> Bool

    public init(source: DashboardSource, shouldStop: @escaping () -> Bool) {
        self.source = source
        self.shouldStop = shouldStop
    }

    /// Runs until `shouldStop`; an error thrown by `deliver` ends the run.
    public func run(_ follower: inout AlertFollower, deliver: (Alert) throws -> Void) rethrows {
        var lastTick: EpochMillis = 0
        while !shouldStop() {
            var descriptors = source.wakeDescriptor.map { [pollfd(fd: $0, events: Int16(POLLIN), revents: 0)] } ?? []
            _ = poll(&descriptors, nfds_t(descriptors.count), 250)
            for action in source.take(wallNow: wallClockMillis()) {
                for alert in follower.apply(action) { try deliver(alert) }
            }
            let clock = wallClockMillis()
            if clock - lastTick >= 1000 {
                lastTick = clock
                for alert in follower.apply(.clock(clock)) { try deliver(alert) }
            }
        }
    }
}
