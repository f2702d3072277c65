import ArgumentParser
import Foundation
import KafkaFeed
import LiveDashboard
import Logging
import MarketData
import Recording
import Synchronization

/// `psei-ticker record`: writes what a Kafka cluster carries to a session file, raw, for replay.
struct RecordCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "record",
        abstract: "Record the pse.* topics of any Kafka cluster to a session file (JSON Lines) for replay.",
        discussion: """
            Stops at the end of the topics (--until-caught-up), after --duration, once every partition has passed --to \
            (or, with this machine's clock past --to, has been read to its end), or on Ctrl-C; syncs to disk every \
            second. With --from/--to only the records with from ≤ timestamp ≤ to are written, reading each partition \
            from --from on. -t takes ^regex patterns too, e.g. -t '^pse\\..*'.
            """
    )

    @OptionGroup var config: ConfigOptions
    @OptionGroup var kafka: KafkaOptions
    @OptionGroup var topics: TopicOptions
    @OptionGroup var topicWait: TopicWaitOptions
    @Option(name: .shortAndLong, help: "The session file to write (.jsonl).") var output: String
    @Flag(help: "Stop once every partition has been read to its end.") var untilCaughtUp = false
    @Option(help: "Stop after this many seconds.", accepting: OptionRanges.durationSeconds) var duration: Double?
    @Option(help: "Write only the records from this Manila time on, HH:MM[:SS]; each partition starts reading there.")
    var from: String?
    @Option(help: "Write only the records up to this Manila time, HH:MM[:SS], and stop once every partition has passed it.")
    var to: String?
    @Option(help: "The Manila date --from and --to fall on, YYYY-MM-DD (default: today in Manila).")
    var date: String?
    @Flag(help: "Replace the output file if it exists.") var force = false
    @Option(help: "Give up when the cluster has not answered after this many seconds.", accepting: OptionRanges.timeoutSeconds)
    var timeout: Double = 10
    @OptionGroup var logging: LoggingOptions

    func validate() throws {
        if untilCaughtUp && duration != nil { throw ValidationError("give --until-caught-up or --duration, not both") }
        try validateClockWindow(from: from, to: to)
        try validateCalendarDate(date)
        if date != nil && from == nil && to == nil { throw ValidationError("--date places --from and --to: give one of them") }
    }

    /// The window of `--from`/`--to` on `--date` (default: the Manila date of `now`).
    func window(now: EpochMillis) -> RecordWindow {
        let day = date ?? ManilaTime(epochMillis: now).dateText
        let instant = { (clock: String?) in
            clock.flatMap(ManilaTime.secondOfDay(parsing:)).flatMap { ManilaTime.epochMillis(date: day, secondOfDay: $0) }
        }
        return RecordWindow(from: instant(from), to: instant(to))
    }

    func run() throws {
        let shutdown = ShutdownSignal()
        _ = logging.bootstrap()
        let logger = Logger(label: "record")
        let connection = try config.load().connection(kafka: kafka, topics: topics)
        let recorded = ManilaTime(epochMillis: wallClockMillis())
        let source = "\(connection.bootstrap) \(connection.topics.joined(separator: ","))"
        let writer: SessionWriter
        do {
            writer = try SessionWriter(
                path: output, source: source,
                recorded: "\(recorded.dateText)T\(recorded.clockText)+08:00", overwrite: force)
        } catch { throw CommandFailure("\(error)") }
        let progress = Progress(enabled: isatty(STDERR_FILENO) == 1)
        let started = Date()
        // Kept and checked on the reading thread, where the batches come in.
        let recordWindow = window(now: wallClockMillis())
        let window = Mutex(recordWindow)
        do {
            let consumer = try KafkaConsumer(
                bootstrapServers: connection.bootstrap, topics: connection.topics,
                startOffset: recordWindow.from.map { KafkaConsumer.StartOffset.time($0) } ?? .beginning, overrides: connection.overrides,
                logger: logger)
            try KafkaDrain(
                consumer: consumer, bootstrap: connection.bootstrap, timeoutSeconds: timeout, waitForTopic: topicWait.waitForTopic
            ).run(
                untilCaughtUp: untilCaughtUp,
                shouldStop: { [duration] in
                    shutdown.isRequested || duration.map { Date().timeIntervalSince(started) >= $0 } ?? false
                        || window.withLock {
                            $0.isOver(assignment: consumer.assignment, atEnd: consumer.partitionsAtEnd, now: wallClockMillis())
                        }
                },
                prepare: { batch in window.withLock { $0.keep(batch.records) } }
            ) { records in
                try writer.append(records)
                progress.show(records: writer.recordCount, bytes: writer.byteCount, since: started)
            }
            try writer.close()
        } catch let error as KafkaError {
            try? writer.close()
            throw CommandFailure("\(error)")
        } catch let error as KafkaDrain.Failure {
            try? writer.close()
            throw CommandFailure("record \(error) (\(writer.recordCount) records written to \(output))")
        }
        progress.finish()
        let line = "recorded \(writer.recordCount) records (\(writer.byteCount) bytes) to \(output)\n"
        FileHandle.standardError.write(Data(line.utf8))
    }
}

/// A one-line progress display on stderr, redrawn in place, only when stderr is a terminal.
struct Progress {
    let enabled: Bool

    func show(records: Int, bytes: Int, since start: Date) {
        guard enabled else { return }
        let seconds = max(Date().timeIntervalSince(start), 0.001)
        let line =
            "\r\u{1B}[K\(Quantity(Int64(records)).grouped) records · \(Quantity(Int64(bytes / 1024)).grouped) KiB · "
            + "\(Quantity(Int64(Double(records) / seconds)).grouped) records/s"
        FileHandle.standardError.write(Data(line.utf8))
    }

    func finish() {
        if enabled { FileHandle.standardError.write(Data("\n".utf8)) }
    }
}
