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

/// `replay`: what `snapshot --replay` and `replay` do with the shipped session before their first frame, in
/// records/s: read it (`SessionPipeline.readAll`: inflate and line parse on the pipeline's thread, decode on this
/// one), put it in effect order (`ReplayFeed`), and reduce every record in that order (`ReplayFeed.inEffectOrder`)
/// to the closing frame; then each of the three parts alone, ms (medians of the same runs).
func replayBenchmarks(session: String, repetitions: Int) throws -> [BenchmarkResult] {
    var (whole, reading, ordering, reducing) = ([Double](), [Double](), [Double](), [Double]())
    for run in 0...repetitions {
        let start = DispatchTime.now().uptimeNanoseconds
        let (batch, _) = try SessionPipeline.readAll(path: session, allowPartial: false)
        let read = DispatchTime.now().uptimeNanoseconds
        let feed = ReplayFeed(records: batch.records, speed: 1, wallNow: 0)
        let ordered = DispatchTime.now().uptimeNanoseconds
        var state = DashboardState(source: "bench")
        feed.inEffectOrder(batch.decoded, through: feed.end) { Dashboard.reduce(into: &state, action: .records($0, receivedAt: 0)) }
        _ = Renderer.render(state, width: 120, height: 40, context: RenderContext())
        let reduced = DispatchTime.now().uptimeNanoseconds
        guard run > 0 else { continue }  // the warm-up
        whole.append(Double(batch.records.count) / (Double(reduced - start) / 1e9))
        reading.append(Double(read - start) / 1e6)
        ordering.append(Double(ordered - read) / 1e6)
        reducing.append(Double(reduced - ordered) / 1e6)
    }
    return [
        BenchmarkResult(name: "replay (read, order, reduce)", unit: "records/s", samples: whole, reference: nil, referenceSamples: nil),
        BenchmarkResult(name: "replay   read and decode", unit: "ms", samples: reading, reference: nil, referenceSamples: nil),
        BenchmarkResult(name: "replay   effect order", unit: "ms", samples: ordering, reference: nil, referenceSamples: nil),
        BenchmarkResult(name: "replay   reduce and frame", unit: "ms", samples: reducing, reference: nil, referenceSamples: nil),
    ]
}
