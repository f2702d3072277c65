import Dashboard
import MarketData
import Rendering
import TerminalUI

/// A screen in memory (benchmarks, tests): keeps the last frame, counts changed cells, reads no keys, hands every
/// frame to `onFrame`, and keeps the bytes emitted besides the frames.
public final class InMemoryScreen: FrameBackend {
    public let size: (width: Int, height: Int)
    private let onFrame: (CellGrid) -> Void
    private var previous: CellGrid?
    /// Every `emit`, oldest first.
    public private(set) var emitted: [[UInt8]] = []

    public init(width: Int, height: Int, onFrame: @escaping (CellGrid) -> Void = { _ in }) {
        size = (width, height)
        self.onFrame = onFrame
    }

    public var inputDescriptor: Int32? { nil }
    public func readInput() -> TerminalInput? { nil }
    public func emit(_ bytes: [UInt8]) { emitted.append(bytes) }

    public func draw(_ grid: CellGrid) -> Int {
        onFrame(grid)
        defer { previous = grid }
        return grid.changedCells(since: previous)
    }
}

/// An inbox that tells `onTake` what each `take` hands to the loop (benchmarks and tests watch the feed with it).
public final class ObservedSource: DashboardSource {
    private let inbox: ActionInbox
    private let onTake: ([DashboardAction]) -> Void

    public init(_ inbox: ActionInbox, onTake: @escaping ([DashboardAction]) -> Void) {
        self.inbox = inbox
        self.onTake = onTake
    }

    public var wakeDescriptor: Int32? { inbox.wakeDescriptor }
    public func nextDue(wallNow: EpochMillis) -> EpochMillis? { inbox.nextDue(wallNow: wallNow) }
    public func handle(_ input: TerminalInput, wallNow: EpochMillis) -> KeyOutcome { inbox.handle(input, wallNow: wallNow) }

    public func take(wallNow: EpochMillis) -> [DashboardAction] {
        let actions = inbox.take(wallNow: wallNow)
        onTake(actions)
        return actions
    }
}
