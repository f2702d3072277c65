import Dashboard
import Foundation
import MarketData
import Recording
import Rendering
import Simulator

/// The dashboard after a whole simulated day.
func fullDayState() -> DashboardState {
    var state = DashboardState(source: "bench")
    let events = MarketSimulator(.init(seed: 1, date: "2026-11-25"))!.map { Swift.Result<MarketEvent, DecodeError>.success($0.event) }
    Dashboard.reduce(into: &state, action: .records(events, receivedAt: 0))
    return state
}

/// `render WxH`: composing one full frame of a busy day, in µs.
func renderBenchmark(state: DashboardState, width: Int, height: Int, repetitions: Int) -> BenchmarkResult {
    let samples = repeated(repetitions) {
        let frames = 20
        let time = seconds { for _ in 0..<frames { _ = Renderer.render(state, width: width, height: height, context: RenderContext()) } }
        return time / Double(frames) * 1e6
    }
    return BenchmarkResult(name: "render \(width)x\(height)", unit: "µs", samples: samples, reference: nil, referenceSamples: nil)
}

/// `replay`: the shipped session read (gzip), decoded and reduced to its closing state, in records/s.
func replayBenchmark(session: String, repetitions: Int) throws -> BenchmarkResult {
    let samples = try repeated(repetitions) {
        var count = 0
        let time = try seconds {
            let reader = try SessionReader(path: session)
            var state = DashboardState(source: "bench")
            var batch: [FeedRecord] = []
            for record in reader {
                batch.append(record)
                if batch.count == 10_000 {
                    Dashboard.reduce(into: &state, action: .records(batch.map(WireCodec.decode), receivedAt: 0))
                    count += batch.count
                    batch.removeAll(keepingCapacity: true)
                }
            }
            Dashboard.reduce(into: &state, action: .records(batch.map(WireCodec.decode), receivedAt: 0))
            count += batch.count
            if let error = reader.error { throw error }
            _ = Renderer.render(state, width: 120, height: 40, context: RenderContext())
        }
        return Double(count) / time
    }
    return BenchmarkResult(name: "replay", unit: "records/s", samples: samples, reference: nil, referenceSamples: nil)
}
