import Foundation
import KafkaFeed
import Logging
import MarketData
import Recording
import Simulator
import Testing

/// `record` killed with -9 while records flow: the file keeps everything that arrived more than a second before
/// the kill, and replays up to the damage.
@Suite struct RecordKilledTests {
    @Test func aKilledRecordingLosesAtMostTheLastSecondAndStillReplays() throws {
        let logger = Logger(label: "test") { _ in SwiftLogNoOpLogHandler() }
        let broker = try EmbeddedBroker(partitions: 4, logger: logger)
        let producer = try KafkaProducer(bootstrapServers: broker.bootstrapServers, logger: logger)
        let directory = temporaryDirectory()
        let session = directory.appendingPathComponent("killed.jsonl").path
        let recorder = try ChildProcess(
            pseiTicker,
            [
                "record", "-b", broker.bootstrapServers, "-o", session,
                "--log-file", directory.appendingPathComponent("log").path,
            ])
        // 500 records a second for 4 seconds, noting when each was delivered to the broker.
        let records = Array(MarketSimulator(.init(seed: 5, date: "2026-11-25"))!.prefix(2_000)).map(\.record)
        var deliveredBy: [(count: Int, at: Date)] = []
        let start = Date()
        for (index, record) in records.enumerated() {
            Thread.sleep(until: start.addingTimeInterval(Double(index) / 500))
            try producer.send(record)
            if index % 50 == 49 {
                try producer.flush()
                deliveredBy.append((index + 1, Date()))
            }
        }
        let killedAt = Date()
        kill(recorder.process.processIdentifier, SIGKILL)
        recorder.process.waitUntilExit()

        let mustHave = deliveredBy.last { $0.at <= killedAt.addingTimeInterval(-1) }?.count ?? 0
        #expect(mustHave >= 1_000)
        let reader = try SessionReader(path: session)
        let kept = Set(Array(reader).map(\.value))
        #expect(reader.error == nil, "\(String(describing: reader.error))")
        #expect(
            records.prefix(mustHave).allSatisfy { kept.contains($0.value) },
            "\(records.prefix(mustHave).filter { !kept.contains($0.value) }.count) of the first \(mustHave) records are missing")

        let replay = try runToEnd(
            pseiTicker, ["snapshot", "--replay", session, "--log-file", directory.appendingPathComponent("log2").path])
        #expect(replay.status == 0, "\(replay.stderr)")
        #expect(replay.stdout.contains("SNAPSHOT"))
    }
}
