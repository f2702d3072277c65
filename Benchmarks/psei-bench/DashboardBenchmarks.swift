import Dashboard
import Foundation
import MarketData
import Recording
import Rendering
import Simulator

/// A simulated day's events, decoded.
func simulatedDay() -> [SimulatedEvent] { Array(MarketSimulator(.init(seed: 1, date: "2026-11-25"))!) }

/// The dashboard after `events`.
func dashboardState(after events: some Sequence<SimulatedEvent>) -> DashboardState {
    var state = DashboardState(source: "bench")
    Dashboard.reduce(into: &state, action: .records(events.map { .success($0.event) }, receivedAt: 0))
    return state
}

/// `render WxH`: composing one full frame of a busy day, in µs.
func renderBenchmark(state: DashboardState, width: Int, height: Int, repetitions: Int) -> BenchmarkResult {
    BenchmarkResult(
        name: "render \(width)x\(height)", unit: "µs",
        samples: frameMicroseconds(state, width: width, height: height, repetitions: repetitions),
        reference: nil, referenceSamples: nil)
}

/// µs per frame of `state` at `width` × `height`, averaged over 20 frames, for each repetition.
func frameMicroseconds(_ state: DashboardState, width: Int, height: Int, repetitions: Int) -> [Double] {
    repeated(repetitions) {
        let frames = 20
        let time = seconds { for _ in 0..<frames { _ = Renderer.render(state, width: width, height: height, context: RenderContext()) } }
        return time / Double(frames) * 1e6
    }
}

/// `cells changed WxH`: in steady state (the afternoon session, one frame a second of market time with that
/// second's records applied), how many cells each frame changes — what the terminal backend writes.
func changedCellsBenchmark(day: [SimulatedEvent], width: Int, height: Int, frames: Int) -> BenchmarkResult {
    let start = ManilaTime.epochMillis(date: "2026-11-25", secondOfDay: 14 * 3600)!
    var state = dashboardState(after: day.prefix { $0.timestamp < start })
    var remaining = day.drop { $0.timestamp < start }[...]
    var previous = Renderer.render(state, width: width, height: height, context: RenderContext(now: start))
    var samples: [Double] = []
    for second in 1...frames {
        let now = start + EpochMillis(second) * 1000
        let due = remaining.prefix { $0.timestamp < now }
        remaining = remaining.dropFirst(due.count)
        Dashboard.reduce(into: &state, action: .records(due.map { .success($0.event) }, receivedAt: now))
        let grid = Renderer.render(state, width: width, height: height, context: RenderContext(now: now))
        samples.append(Double(grid.changedCells(since: previous)))
        previous = grid
    }
    return BenchmarkResult(
        name: "cells changed \(width)x\(height)", unit: "cells of \(width * height)", samples: samples,
        reference: nil, referenceSamples: nil)
}

/// `replay`: the shipped session read (gzip), decoded and reduced to its closing state, in records/s: reading and
/// decoding on `SessionPipeline`'s thread, reducing on this one.
func replayBenchmark(session: String, repetitions: Int) throws -> BenchmarkResult {
    let samples = try repeated(repetitions) {
        var count = 0
        let time = try seconds {
            var state = DashboardState(source: "bench")
            _ = try SessionPipeline.read(path: session, allowPartial: false) { batch in
                Dashboard.reduce(into: &state, action: .records(batch.decoded, receivedAt: 0))
                count += batch.decoded.count
            }
            _ = Renderer.render(state, width: 120, height: 40, context: RenderContext())
        }
        return Double(count) / time
    }
    return BenchmarkResult(name: "replay", unit: "records/s", samples: samples, reference: nil, referenceSamples: nil)
}
