import Dashboard
import Foundation
import MarketData
import Rendering
import Simulator
import Testing

/// The dashboard state after the simulated day (seed 42, 2026-11-25) up to `time` Manila, as a live feed sees it.
func simulatedState(until time: String, source: String = "127.0.0.1:9092") -> DashboardState {
    let end = ManilaTime.epochMillis(date: "2026-11-25", secondOfDay: ManilaTime.secondOfDay(parsing: time)!)!
    var state = DashboardState(source: source)
    let events = MarketSimulator(.init(seed: 42, date: "2026-11-25"))!.prefix { $0.timestamp <= end }
    Dashboard.reduce(into: &state, action: .records(events.map { .success($0.event) }, receivedAt: 0))
    Dashboard.reduce(into: &state, action: .connection(.live))
    return state
}

/// Compares `actual` with the golden file `Snapshots/<name>`; with `PSEI_RECORD_SNAPSHOTS=1` it rewrites the
/// file instead (then look at `git diff`).
func assertSnapshot(_ actual: String, named name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Snapshots/\(name)")
    if ProcessInfo.processInfo.environment["PSEI_RECORD_SNAPSHOTS"] == "1" {
        try actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    let expected = try String(contentsOf: url, encoding: .utf8)
    #expect(actual == expected, "frame differs from Snapshots/\(name); re-record with PSEI_RECORD_SNAPSHOTS=1 make test",
            sourceLocation: sourceLocation)
}
