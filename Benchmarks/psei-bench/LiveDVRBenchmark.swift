import LiveDashboard
import MarketData
import Simulator

/// `dvr`: the live DVR over a full simulated day with `--board full` (`smoke`: its first 20,000 events): the log's
/// bytes per event, and how long a rewind takes — the market rebuilt from the log at 14:30, in ms.
func liveDVRBenchmark(smoke: Bool, repetitions: Int) -> [BenchmarkResult] {
    var log = LiveLog()
    let day = MarketSimulator(.init(seed: 1, date: "2026-11-25", board: .full, oddLots: true))!.prefix(smoke ? 20_000 : .max)
    for simulated in day { log.append([.success(simulated.event)]) }
    let instant = ManilaTime.epochMillis(date: "2026-11-25", secondOfDay: 14 * 3600 + 30 * 60)!
    let rebuild = repeated(repetitions) { seconds { _ = log.market(at: instant) } * 1000 }
    return [
        BenchmarkResult(
            name: "dvr log (full board day, \(log.count) events)", unit: "bytes/event",
            samples: [Double(log.bytes) / Double(max(log.count, 1))], reference: nil, referenceSamples: nil),
        BenchmarkResult(name: "dvr rewind to 14:30", unit: "ms", samples: rebuild, reference: nil, referenceSamples: nil),
    ]
}
