import ArgumentParser
import Foundation
import KafkaFeed

/// The `psei-ticker` command: a terminal dashboard for the Philippine Stock Exchange fed from Kafka.
@main
struct PseiTicker: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "psei-ticker",
        abstract: "A terminal market-ticker dashboard for the PSEi, fed from Kafka.",
        subcommands: [
            DemoCommand.self, WatchCommand.self, ReplayCommand.self, SnapshotCommand.self, WrapCommand.self, AlertsCommand.self,
            RecordCommand.self,
            TopicsCommand.self, BrokerCommand.self, IndexProcessorCommand.self,
            FeedCommand.self, ConfigCommand.self,
        ]
    )

    /// Runs the chosen command; a bad argument or a failure prints one `psei-ticker: …` line on stderr (none for
    /// a failure without a message) and exits non-zero (help goes to stdout and exits 0).
    static func main() {
        FreedMemory.mapLargeBlocksApart()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = (error as? CommandFailure)?.exitCode ?? exitCode(for: error).rawValue
            let text = message(for: error)
            if code == ExitCode.success.rawValue {
                print(fullMessage(for: error))
            } else if !text.isEmpty {
                FileHandle.standardError.write(Data("psei-ticker: \(text)\n".utf8))
            }
            Foundation.exit(code)
        }
    }
}
