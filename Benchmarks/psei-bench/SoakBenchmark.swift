import Foundation
import KafkaFeed
import Logging
import MarketData
import Simulator

/// `soak`: ten simulated trading days back to back (`days`), produced at full speed one after another into an
/// embedded broker while one real `psei-ticker watch` (under tmux, 200×60) reads them; after each day has been read
/// (the process quiet), its resident memory, open files and threads. Every day is the same simulated session (one
/// seed) on its own date, so each day's figures, tapes and DVR log are the same size and a difference between days
/// is growth, not a busier day (with a seed per day the RSS moved ±5 MiB with the days' trade counts). Rows: each
/// figure after the last day against the same after the first (the reference; a ratio of 1.00× means no growth).
func soakBenchmark(days: [String], until secondOfDay: Int, logger: Logger) throws -> [BenchmarkResult] {
    let broker = try EmbeddedBroker(partitions: 16, topics: FeedTopic.defaultNames, logger: logger)
    let producer = try KafkaProducer(bootstrapServers: broker.bootstrapServers, logger: logger)
    let watch = try WatchUnderTmux(bootstrap: broker.bootstrapServers, benchmark: "soak")
    defer { watch.stop() }
    var after: [(rssKiB: Int, files: Int, threads: Int)] = []
    for date in days {
        let end = ManilaTime.epochMillis(date: date, secondOfDay: secondOfDay)!
        var produced = 0
        for simulated in MarketSimulator(.init(seed: 1, date: date))! {
            guard simulated.timestamp <= end else { break }
            try producer.send(simulated.record)
            produced += 1
            if produced % 10_000 == 0 { producer.poll() }
        }
        try producer.flush(timeoutMs: 120_000)
        try waitUntilQuiet(pid: watch.pid, benchmark: "soak")
        after.append(
            (
                try processStatus(pid: watch.pid, field: "VmRSS"), try entries(in: "/proc/\(watch.pid)/fd"),
                try entries(in: "/proc/\(watch.pid)/task")
            ))
    }
    let perDay = after.enumerated().map { "day \($0.offset + 1): \($0.element.rssKiB / 1024) MiB" }
    FileHandle.standardError.write(Data("soak: \(perDay.joined(separator: ", "))\n".utf8))
    guard let first = after.first, let last = after.last else { return [] }
    let label = "after day \(days.count) (day 1 = reference)"
    return [
        BenchmarkResult(
            name: "soak RSS \(label)", unit: "MiB", samples: [Double(last.rssKiB) / 1024], reference: "day 1",
            referenceSamples: [Double(first.rssKiB) / 1024]),
        BenchmarkResult(
            name: "soak open files \(label)", unit: "files", samples: [Double(last.files)], reference: "day 1",
            referenceSamples: [Double(first.files)]),
        BenchmarkResult(
            name: "soak threads \(label)", unit: "threads", samples: [Double(last.threads)], reference: "day 1",
            referenceSamples: [Double(first.threads)]),
    ]
}

/// How many entries a directory of `/proc` has (open descriptors, threads).
private func entries(in directory: String) throws -> Int {
    try FileManager.default.contentsOfDirectory(atPath: directory).count
}
