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

    /// Values that are valid for an option may run the command: then it ends by itself (or, a broker, when stopped).
    @Test func everyOptionGivenAHostileNumberEndsInAnExitWithAtMostOneLine() throws {
        let fixture = try Fixture()
        let options = try CommandCatalog.options()
        #expect(options.count > 40, "the dump lists only \(options.count) options")
        for option in options {
            guard let base = fixture.base(option) else {
                Issue.record("no base arguments for '\(option.command)': add them to CommandCatalog.baseArguments")
                continue
            }
            for value in Self.hostileValues {
                let arguments = CommandCatalog.arguments(option, value, base: base)
                let ending = try CommandCatalog.run(arguments)
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
        let fixture = try Fixture()
        let ranged = try CommandCatalog.options().compactMap { option in Self.range(in: option.abstract).map { (option, $0) } }
        #expect(ranged.count >= 10, "only \(ranged.count) options show a range")
        for (option, range) in ranged {
            let base = try #require(fixture.base(option))
            for value in [range.low, range.high] {
                let ending = try CommandCatalog.run(CommandCatalog.arguments(option, value, base: base))
                #expect(
                    ending.isOrderly && !ending.stderr.contains("is invalid for '\(option.name)"), "\(option) \(value): \(ending.stderr)")
            }
            for value in [range.below, range.above] {
                let ending = try CommandCatalog.run(CommandCatalog.arguments(option, value, base: base))
                #expect(ending.status == 64, "\(option) \(value): status \(ending.status)")
                #expect(
                    ending.stderrLines.count == 1
                        && ending.stderr.hasPrefix("psei-ticker: The value '\(value)' is invalid for '\(option.name) ")
                        && ending.stderr.hasSuffix(": out of range (expected \(range.low)…\(range.high)\(range.rest)\n"),
                    "\(option) \(value): \(ending.stderr)")
            }
        }
    }

    /// The range an option's help shows, `(LOW…HIGH…`, with the values just outside it (one unit of its last digit).
    static func range(in help: String) -> (low: String, high: String, below: String, above: String, rest: String)? {
        guard let match = help.firstMatch(of: /\((-?[0-9.]+)…([0-9.]+)([^;)]*)/) else { return nil }
        let (low, high) = (String(match.1), String(match.2))
        let decimals = [low, high].map { $0.split(separator: ".").dropFirst().first?.count ?? 0 }.max()!
        let step = Decimal(sign: .plus, exponent: -decimals, significand: 1)
        return (low, high, "\(Decimal(string: low)! - step)", "\(Decimal(string: high)! + step)", String(match.3) + ")")
    }
}
