import ArgumentParser
import Dashboard
import Foundation
import Logging
import MarketData
import Rendering

/// `psei-ticker wrap`: the end-of-day summary PSE market wraps print, from the same state the dashboard shows.
struct WrapCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "wrap",
        abstract: "Print the market wrap — indices, turnover, breadth, foreign flow, movers, limits, blocks, halts — then exit.",
        discussion: """
            Reads the day as snapshot does (with -b, every partition up to its end; with --replay, the session up to \
            --at, default its end) through the dashboard's own reducer, so the wrap says what the screen showed. \
            --format json is for scripts (fields in docs/WRAP.md); a cron job can keep one a day and give earlier \
            ones to --history to compare today's turnover with their average.
            """
    )

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, md }

    @OptionGroup var config: ConfigOptions
    @OptionGroup var input: DayInputOptions
    @Option(help: "text (aligned columns), json (for scripts) or md (Markdown for a chat channel).") var format: Format = .text
    @Option(
        parsing: .upToNextOption,
        help:
            "Earlier days' wraps (--format json output): today's turnover is compared with their average (files of this day or later are left out)."
    )
    var history: [String] = []
    @OptionGroup var logging: LoggingOptions

    func run() throws {
        _ = logging.bootstrap()
        let logger = Logger(label: "wrap")
        let settings = try config.load()
        let earlier = try history.map(Self.readEarlierSession)
        let state = try input.state(command: "wrap", settings: settings, logger: logger) { DashboardState(source: $0) }
        let wrap = MarketWrap(state).compared(with: earlier)
        let glyphs = Glyphs.forLocale(ProcessInfo.processInfo.environment)
        let output =
            switch format {
            case .text: WrapText.text(wrap, glyphs: glyphs)
            case .md: WrapMarkdown.markdown(wrap, glyphs: .unicode)
            case .json: try Self.json(wrap)
            }
        FileHandle.standardOutput.write(Data(output.utf8))
    }

    /// The wrap as pretty-printed JSON with its keys sorted (the same day gives the same bytes).
    static func json(_ wrap: MarketWrap) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(wrap), as: UTF8.self) + "\n"
    }

    /// The date and turnover of the wrap JSON at `path`; a file that cannot be read or is not a wrap is a failure
    /// naming it.
    private static func readEarlierSession(_ path: String) throws -> MarketWrap.EarlierSession {
        let shown = TerminalSafe.sanitize(path)
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw CommandFailure("--history \(shown): cannot be read (\((error as NSError).localizedDescription))")
        }
        do {
            return try JSONDecoder().decode(MarketWrap.EarlierSession.self, from: data)
        } catch {
            throw CommandFailure("--history \(shown): not a wrap's JSON (no date or turnover)")
        }
    }
}
