import Foundation
import KafkaFeed
import Logging
import Testing

/// Every option of every command, enumerated from the binary's own definitions: hostile numbers never trap or hang,
/// and a range shown in `--help` is exactly the range enforced.
@Suite(.serialized) struct HostileOptionsTests {
    static let hostileValues = ["nan", "inf", "-inf", "-1", "0", "1e308", "123456789012345678901234567890"]

    /// A broker for the commands that connect, and a small session for those that read one.
    struct Fixture {
        let broker: EmbeddedBroker
        let session: String

        init() throws {
            broker = try EmbeddedBroker(partitions: 1, logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
            session = try CommandCatalog.smallSession()
        }

        func base(_ option: CommandCatalog.Option) -> [[String]]? {
            CommandCatalog.baseArguments(option.command, broker: broker.bootstrapServers, session: session)
        }
    }

    /// One command line of a test and how it ended.
    struct Run {
        let arguments: [String]
        let ending: CommandCatalog.Ending
    }

    /// Every command line both tests check, run once for the suite, four at a time: most runs are little more than
    /// a start-up, and the ranges' runs go first so that the longest (`topics --interval 60` measures for a minute)
    /// overlaps the others.
    struct Runs {
        let options: [CommandCatalog.Option]
        /// Each option with its runs of `hostileValues`, in that order; nil for a command without base arguments.
        let hostile: [(option: CommandCatalog.Option, runs: [Run]?)]
        /// Each option whose help shows a range, with its runs of the range's low, high, below and above values;
        /// nil for a command without base arguments.
        let ranged: [(option: CommandCatalog.Option, range: ShownRange, runs: [Run]?)]

        init() throws {
            let fixture = try Fixture()
            options = try CommandCatalog.options()
            let rangedOptions = options.compactMap { option in HostileOptionsTests.range(in: option.abstract).map { (option, $0) } }
            let rangedLines = rangedOptions.map { option, range in
                fixture.base(option).map { base in
                    [range.low, range.high, range.below, range.above].map { CommandCatalog.arguments(option, $0, base: base) }
                }
            }
            let hostileLines = options.map { option in
                fixture.base(option).map { base in
                    HostileOptionsTests.hostileValues.map { CommandCatalog.arguments(option, $0, base: base) }
                }
            }
            let lines = (rangedLines + hostileLines).flatMap { $0 ?? [] }
            let endings = try concurrentMap(lines) { try CommandCatalog.run($0) }
            var next = 0
            func runs(_ lines: [[String]]?) -> [Run]? {
                guard let lines else { return nil }
                defer { next += lines.count }
                return zip(lines, endings[next...]).map { Run(arguments: $0, ending: $1) }
            }
            ranged = zip(rangedOptions, rangedLines).map { ($0.0, $0.1, runs($1)) }
            hostile = zip(options, hostileLines).map { ($0, runs($1)) }
        }
    }

    static let runs = Result { try Runs() }

    /// Values that are valid for an option may run the command: then it ends by itself (or, a broker, when stopped).
    @Test func everyOptionGivenAHostileNumberEndsInAnExitWithAtMostOneLine() throws {
        let runs = try Self.runs.get()
        #expect(runs.options.count > 40, "the dump lists only \(runs.options.count) options")
        for (option, optionRuns) in runs.hostile {
            guard let optionRuns else {
                Issue.record("no base arguments for '\(option.command)': add them to CommandCatalog.baseArguments")
                continue
            }
            for run in optionRuns {
                let (arguments, ending) = (run.arguments, run.ending)
                #expect(
                    ending.isOrderly,
                    "\(arguments.joined(separator: " ")): status \(ending.status) (exit: \(ending.byExit)) \(ending.stderr)")
                let lines = ending.stderrLines.count
                #expect(ending.status == 0 ? lines <= 1 : lines == 1, "\(arguments.joined(separator: " ")): \(ending.stderr)")
            }
        }
    }

    /// For every option whose help shows a range `(LOW…HIGH`: both ends are accepted, and values just outside them
    /// are refused as out of range, naming the option.
    @Test func everyRangeShownInTheHelpIsTheRangeEnforced() throws {
        let runs = try Self.runs.get()
        #expect(runs.ranged.count >= 10, "only \(runs.ranged.count) options show a range")
        for (option, range, optionRuns) in runs.ranged {
            let endings = try #require(optionRuns).map(\.ending)
            for (value, ending) in zip([range.low, range.high], endings.prefix(2)) {
                #expect(
                    ending.isOrderly && !ending.stderr.contains("is invalid for '\(option.name)"), "\(option) \(value): \(ending.stderr)")
            }
            for (value, ending) in zip([range.below, range.above], endings.suffix(2)) {
                #expect(ending.status == 64, "\(option) \(value): status \(ending.status)")
                #expect(
                    ending.stderrLines.count == 1
                        && ending.stderr.hasPrefix("psei-ticker: The value '\(value)' is invalid for '\(option.name) ")
                        && ending.stderr.hasSuffix(": out of range (expected \(range.low)…\(range.high)\(range.rest)\n"),
                    "\(option) \(value): \(ending.stderr)")
            }
        }
    }

    /// A range an option's help shows, with the values just outside it.
    typealias ShownRange = (low: String, high: String, below: String, above: String, rest: String)

    /// The range an option's help shows, `(LOW…HIGH…`, with the values just outside it (one unit of its last digit).
    static func range(in help: String) -> ShownRange? {
        guard let match = help.firstMatch(of: /\((-?[0-9.]+)…([0-9.]+)([^;)]*)/) else { return nil }
        let (low, high) = (String(match.1), String(match.2))
        let decimals = [low, high].map { $0.split(separator: ".").dropFirst().first?.count ?? 0 }.max()!
        let step = Decimal(sign: .plus, exponent: -decimals, significand: 1)
        return (low, high, "\(Decimal(string: low)! - step)", "\(Decimal(string: high)! + step)", String(match.3) + ")")
    }
}
