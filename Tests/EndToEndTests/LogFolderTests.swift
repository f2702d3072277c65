import Foundation
import KafkaFeed
import Logging
import Testing

/// The log goes where the XDG base-directory spec says, and a log that cannot be written is one warning, never a
/// failure; file problems are said in words, never as Foundation's error texts.
@Suite struct LogFolderTests {
    static let foundationTexts = ["NSCocoaErrorDomain", "Error Domain=", "The operation couldn"]

    /// A snapshot of a small session with this environment (no --log-file).
    func snapshot(environment: [String: String?]) throws -> CommandCatalog.Ending {
        try CommandCatalog.run(["snapshot", "--replay", try CommandCatalog.smallSession()], environment: environment)
    }

    @Test func withoutXDGStateHomeTheLogGoesUnderHOME() throws {
        let home = temporaryDirectory()
        let ending = try snapshot(environment: ["HOME": home.path, "XDG_STATE_HOME": nil])
        #expect(ending.status == 0 && ending.stderr.isEmpty, "\(ending.stderr)")
        let folder = home.appendingPathComponent(".local/state/psei-ticker")
        #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("psei-ticker.log").path))
        let mode = try FileManager.default.attributesOfItem(atPath: folder.path)[.posixPermissions] as? Int
        #expect(mode == 0o700)
    }

    /// The spec: a relative path in the variable is invalid and ignored.
    @Test func aRelativeXDGStateHomeIsIgnored() throws {
        let home = temporaryDirectory()
        let ending = try snapshot(environment: ["HOME": home.path, "XDG_STATE_HOME": "relative/state"])
        #expect(ending.status == 0 && ending.stderr.isEmpty, "\(ending.stderr)")
        #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent(".local/state/psei-ticker/psei-ticker.log").path))
    }

    @Test func anAbsoluteXDGStateHomeIsUsed() throws {
        let state = temporaryDirectory()
        let ending = try snapshot(environment: ["HOME": "/nonexistent", "XDG_STATE_HOME": state.path])
        #expect(ending.status == 0 && ending.stderr.isEmpty, "\(ending.stderr)")
        #expect(FileManager.default.fileExists(atPath: state.appendingPathComponent("psei-ticker/psei-ticker.log").path))
    }

    /// A HOME where no folder can be made (here: a file; for `nobody`, /nonexistent): every command still does its
    /// work, after one warning.
    @Test func whenTheLogFolderCannotBeCreatedEveryCommandWarnsOnceAndCarriesOn() throws {
        let home = temporaryDirectory().appendingPathComponent("home-is-a-file")
        try Data().write(to: home)
        let environment: [String: String?] = ["HOME": home.path, "XDG_STATE_HOME": nil]
        let broker = try EmbeddedBroker(partitions: 1, logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        let commands: [[String]] = [
            ["snapshot", "--replay", try CommandCatalog.smallSession()],
            ["snapshot", "-b", broker.bootstrapServers],
            ["record", "-b", broker.bootstrapServers, "-o", "session.jsonl", "--until-caught-up"],
            ["feed", "-b", broker.bootstrapServers, "--pace", "max", "--to", "08:00"],
            ["broker", "--partitions", "1"],
        ]
        for command in commands {
            let ending = try CommandCatalog.run(command, environment: environment)
            #expect(ending.status == 0, "\(command): \(ending.stderr)")
            let warning = "psei-ticker: warning: not logging: \(home.path) is not a folder (--log-file chooses another file)"
            #expect(ending.stderrLines.first.map(String.init) == warning, "\(command): \(ending.stderr)")
            #expect(ending.stderrLines.count <= 2, "\(command): \(ending.stderr)")
            for text in Self.foundationTexts { #expect(!ending.stderr.contains(text), "\(command): \(ending.stderr)") }
        }
    }

    @Test func aThemeThatIsAFolderOrNotTextIsSaidInWords() throws {
        let folder = temporaryDirectory()
        let binary = folder.appendingPathComponent("binary.toml")
        try Data([0xFF, 0xFE, 0x00, 0xC3]).write(to: binary)
        let cases = [
            (folder.path, "Is a directory"), (binary.path, "not UTF-8 text"),
            (folder.appendingPathComponent("missing.toml").path, "No such file or directory"),
        ]
        for (path, reason) in cases {
            let ending = try CommandCatalog.run([
                "snapshot", "--replay", try CommandCatalog.smallSession(), "--theme", path,
                "--log-file", "/dev/null",
            ])
            #expect(ending.status == 1)
            #expect(ending.stderr == "psei-ticker: cannot read theme file \(path): \(reason)\n")
        }
    }
}
