import Dashboard
import Exchange
import MarketData
import Rendering
import Simulator

/// The records of a simulated day of `symbols` securities (the 30 constituents and `X0001`… beyond them) from the
/// pre-open up to `secondOfDay` (Manila time), as the reducer takes them.
func simulatedRecords(symbols: Int, until secondOfDay: Int) -> [Result<MarketEvent, DecodeError>] {
    let end = ManilaTime.epochMillis(date: "2026-11-25", secondOfDay: secondOfDay)!
    let day = MarketSimulator(.init(seed: 1, date: "2026-11-25", extraSymbols: symbols - PSERules.constituents.count))!
    return Array(day.lazy.prefix { $0.timestamp < end }.map { .success($0.event) })
}

/// The dashboard after `records`, showing `view` sorted by %chg (highest first), as the heatmap when `heatmap`.
func dashboardState(after records: [Result<MarketEvent, DecodeError>], view: MarketView, heatmap: Bool) -> DashboardState {
    var state = DashboardState(source: "bench")
    Dashboard.reduce(into: &state, action: .records(records, receivedAt: 0))
    state.ui.view = view
    state.ui.sort = .changePercent
    state.ui.descending = true
    state.ui.heatmapShown = heatmap
    return state
}

/// `render All view WxH` (or `heatmap All view WxH`): one frame of the All view of a many-symbol market sorted by
/// %chg, in µs, against the same frame of the 30-symbol PSEi view of the same market: the ratio is the cost of the
/// rows.
func allViewRenderBenchmark(
    records: [Result<MarketEvent, DecodeError>], symbols: Int, heatmap: Bool, width: Int, height: Int, repetitions: Int
) -> BenchmarkResult {
    let all = dashboardState(after: records, view: .all, heatmap: heatmap)
    let psei = dashboardState(after: records, view: .psei, heatmap: heatmap)
    return BenchmarkResult(
        name: "\(heatmap ? "heatmap" : "render") All view \(width)x\(height) (\(symbols) symbols)", unit: "µs",
        samples: frameMicroseconds(all, width: width, height: height, repetitions: repetitions),
        reference: "PSEi view",
        referenceSamples: frameMicroseconds(psei, width: width, height: height, repetitions: repetitions))
}

/// `reduce (N symbols)`: the reducer's cost per record over a many-symbol morning, in ns, against the same over
/// the 30-symbol one, both fed in batches of 1,000 records as the run loop drains its inbox.
func reducePerRecordBenchmark(
    records: [Result<MarketEvent, DecodeError>], symbols: Int, pseiRecords: [Result<MarketEvent, DecodeError>], repetitions: Int
) -> BenchmarkResult {
    func nanosecondsPerRecord(_ records: [Result<MarketEvent, DecodeError>]) -> [Double] {
        let batches = stride(from: 0, to: records.count, by: 1_000).map { Array(records[$0..<min($0 + 1_000, records.count)]) }
        return repeated(repetitions) {
            var state = DashboardState(source: "bench")
            let time = seconds { for batch in batches { Dashboard.reduce(into: &state, action: .records(batch, receivedAt: 0)) } }
            return time * 1e9 / Double(records.count)
        }
    }
    return BenchmarkResult(
        name: "reduce (\(symbols) symbols)", unit: "ns/record", samples: nanosecondsPerRecord(records),
        reference: "\(PSERules.constituents.count) symbols", referenceSamples: nanosecondsPerRecord(pseiRecords))
}

/// Renders `frames` frames of the All view of 3,000 symbols at 200×60 (as `render All view` measures it; the heatmap
/// when `heatmap`), for a profiler: `valgrind --tool=callgrind --collect-atstart=no
/// --toggle-collect='*renderLoopAllView*' psei-bench --render-loop all 20` counts the frames alone.
func runRenderLoop(heatmap: Bool, frames: Int) {
    let state = dashboardState(after: simulatedRecords(symbols: 3_000, until: 11 * 3600 + 30 * 60), view: .all, heatmap: heatmap)
    precondition(renderLoopAllView(state, frames: frames) == 200 * 60, "the frame is 200×60")
}

@inline(never)
func renderLoopAllView(_ state: DashboardState, frames: Int) -> Int {
    var cells = 0
    for _ in 0..<frames { cells = Renderer.render(state, width: 200, height: 60, context: RenderContext()).cells.count }
    return cells
}
