import Dashboard
import LiveDashboard
import MarketData
import Rendering
import TerminalUI

/// The inbox, telling `onTake` what each `take` hands to the loop.
final class ObservedSource: DashboardSource {
    private let inbox: ActionInbox
    private let onTake: ([DashboardAction]) -> Void

    init(_ inbox: ActionInbox, onTake: @escaping ([DashboardAction]) -> Void) { self.inbox = inbox; self.onTake = onTake }

    var wakeDescriptor: Int32? { inbox.wakeDescriptor }
    func nextDue(wallNow: EpochMillis) -> EpochMillis? { inbox.nextDue(wallNow: wallNow) }
    func handle(_ input: TerminalInput, wallNow: EpochMillis) -> KeyOutcome { inbox.handle(input, wallNow: wallNow) }

    func take(wallNow: EpochMillis) -> [DashboardAction] {
        let actions = inbox.take(wallNow: wallNow)
        onTake(actions)
        return actions
    }
}

/// A screen in memory: keeps the last frame, counts changed cells, reads no keys, calls `onFrame` for each frame.
final class InMemoryScreen: FrameBackend {
    let size: (width: Int, height: Int)
    private let onFrame: () -> Void
    private var previous: CellGrid?

    init(width: Int, height: Int, onFrame: @escaping () -> Void = {}) {
        size = (width, height)
        self.onFrame = onFrame
    }

    var inputDescriptor: Int32? { nil }
    func readInput() -> TerminalInput? { nil }

    func draw(_ grid: CellGrid) -> Int {
        onFrame()
        defer { previous = grid }
        return changedCells(from: previous, to: grid)
    }
}

/// Cells that differ between two frames (all of them when there is no previous frame or the size changed).
func changedCells(from previous: CellGrid?, to grid: CellGrid) -> Int {
    guard let previous, previous.width == grid.width, previous.height == grid.height else { return grid.width * grid.height }
    var changed = 0
    for y in 0..<grid.height {
        for x in 0..<grid.width where previous[x, y] != grid[x, y] { changed += 1 }
    }
    return changed
}
