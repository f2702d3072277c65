import Foundation
import KafkaFeed
import Logging
import Testing

/// TLS and SASL through `-X`: clear errors fast, and secrets never on screen, in errors, in logs or in `--help`.
@Suite struct SecurityTests {
    static let secrets = ["hunter2", "s3cr3t-key-pass", "tok-123456", "jaas-secret"]
    static let secretFlags = [
        "-X", "sasl.mechanism=PLAIN", "-X", "sasl.username=alice", "-X", "sasl.password=hunter2",
        "-X", "ssl.key.password=s3cr3t-key-pass", "-X", "sasl.oauthbearer.config=tok-123456",
    ]

    static func broker() throws -> EmbeddedBroker {
        try EmbeddedBroker(partitions: 2, logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
    }

    @Test(arguments: ["snapshot", "record"])
    func tlsAgainstAPlaintextListenerIsAClearErrorNotAHang(command: String) throws {
        let broker = try Self.broker()
        let directory = temporaryDirectory()
        let output = command == "record" ? ["-o", directory.appendingPathComponent("s.jsonl").path] : []
        let started = Date()
        let result = try runToEnd(
            pseiTicker,
            [
                command, "-b", broker.bootstrapServers, "-X", "security.protocol=ssl",
                "--log-file", directory.appendingPathComponent("log").path,
            ] + output)
        let seconds = Date().timeIntervalSince(started)
        #expect(result.status != 0)
        #expect(result.stderr.contains("SSL handshake failed") && result.stderr.contains("PLAINTEXT broker listener"), "\(result.stderr)")
        #expect(result.stderr.split(separator: "\n").count == 1)
        #expect(seconds < 10, "took \(seconds) s")
    }

    @Test func saslSecretsAreNeverPrintedOrLogged() throws {
        let broker = try Self.broker()
        let directory = temporaryDirectory()
        let log = directory.appendingPathComponent("log").path
        // The embedded broker does not speak SASL: authentication fails, clearly, naming the mechanism.
        let result = try runToEnd(
            pseiTicker,
            [
                "snapshot", "-b", broker.bootstrapServers, "-X", "security.protocol=sasl_plaintext",
                "-X", "debug=security,conf", "--log-file", log,
            ] + Self.secretFlags)
        #expect(result.status != 0)
        #expect(result.stderr.contains("SASL"), "\(result.stderr)")
        let logged = try String(contentsOfFile: log, encoding: .utf8)
        #expect(!logged.isEmpty)
        for secret in Self.secrets {
            #expect(!result.stderr.contains(secret) && !result.stdout.contains(secret) && !logged.contains(secret), "\(secret) leaked")
        }
    }

    @Test func secretsInBadArgumentsAndInHelpAreMasked() throws {
        let cases: [[String]] = [
            ["snapshot", "-b", "127.0.0.1:1", "-X", "sasl.password:hunter2"],
            ["snapshot", "-b", "127.0.0.1:1", "-X", "sasl.jaas.config=jaas-secret"],
            ["watch", "-b", "127.0.0.1:1", "--help"] + Self.secretFlags,
            ["snapshot", "-b", "127.0.0.1:1", "--help"] + Self.secretFlags,
        ]
        for arguments in cases {
            let result = try runToEnd(pseiTicker, arguments + ["--log-file", temporaryDirectory().appendingPathComponent("log").path])
            for secret in Self.secrets {
                #expect(
                    !result.stderr.contains(secret) && !result.stdout.contains(secret), "\(arguments): \(result.stderr)\(result.stdout)")
            }
        }
        let malformed = try runToEnd(pseiTicker, ["snapshot", "-b", "127.0.0.1:1", "-X", "sasl.password:hunter2"])
        #expect(malformed.status != 0 && malformed.stderr.contains("-X expects key=value, not 'sasl.password"), "\(malformed.stderr)")
        let jaas = try runToEnd(
            pseiTicker,
            [
                "snapshot", "-b", "127.0.0.1:1", "-X", "sasl.jaas.config=jaas-secret",
                "--log-file", temporaryDirectory().appendingPathComponent("log").path,
            ])
        #expect(jaas.status != 0 && jaas.stderr.contains("sasl.jaas.config=******"), "\(jaas.stderr)")
    }

    @Test func theStatusBarShowsTheClusterButNoSecret() throws {
        let broker = try Self.broker()
        let pane = try InteractiveDashboardTests.Pane()
        let log = temporaryDirectory().appendingPathComponent("watch.log").path
        try pane.type(
            ([pseiTicker, "watch", "-b", broker.bootstrapServers, "-X", "security.protocol=sasl_plaintext", "--log-file", log]
                + Self.secretFlags).joined(separator: " "), enter: true)
        let screen = pane.waitFor(seconds: 15) { $0.contains("DISCONNECTED") || $0.contains("RECONNECTING") }
        #expect(screen.contains(broker.bootstrapServers) && screen.contains("SASL"), "\(screen)")
        for secret in Self.secrets { #expect(!screen.contains(secret)) }
        try pane.type("q")
        let logged = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        for secret in Self.secrets { #expect(!logged.contains(secret)) }
    }
}
