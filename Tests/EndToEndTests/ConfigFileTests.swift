import Foundation
import KafkaFeed
import Logging
import Testing

/// The configuration file through the built binary: `config init` and `config check`, one line for every error
/// class, the permission warning, masked secrets, and flags that win over the file.
@Suite struct ConfigFileTests {
    /// A fresh `$XDG_CONFIG_HOME` and the configuration file's path in it.
    struct Home {
        let folder = temporaryDirectory()
        var configFile: String { folder.appendingPathComponent("psei-ticker/config.toml").path }
        var environment: [String: String?] { ["XDG_CONFIG_HOME": folder.path, "KAFKA_PASSWORD": nil] }

        /// Writes `text` as the configuration file with `mode`.
        func write(_ text: String, mode: Int = 0o600) throws -> String {
            try FileManager.default.createDirectory(
                atPath: folder.appendingPathComponent("psei-ticker").path, withIntermediateDirectories: true)
            try text.write(toFile: configFile, atomically: false, encoding: .utf8)
            chmod(configFile, mode_t(mode))
            return configFile
        }

        func run(_ arguments: [String], environment extra: [String: String?] = [:]) throws -> CommandCatalog.Ending {
            try CommandCatalog.run(arguments, environment: environment.merging(extra) { $1 })
        }
    }

    @Test func theExampleWrittenByInitPassesCheckAndInitRefusesToOverwriteIt() throws {
        let home = Home()
        let written = try home.run(["config", "init"])
        #expect(written.status == 0 && written.stdout == "wrote \(home.configFile)\n", "\(written.stderr)")
        #expect(try FileManager.default.attributesOfItem(atPath: home.configFile)[.posixPermissions] as? Int == 0o600)
        let checked = try home.run(["config", "check"])
        #expect(checked.status == 0 && checked.stderr.isEmpty, "\(checked.stderr)")
        #expect(checked.stdout.contains("bootstrap_servers = \"127.0.0.1:9092\"\n"))
        let before = try String(contentsOfFile: home.configFile, encoding: .utf8)
        let again = try home.run(["config", "init"])
        #expect(again.status == 1)
        #expect(
            again.stderr
                == "psei-ticker: \(home.configFile) exists already; not overwriting it (psei-ticker config check shows what it holds)\n")
        #expect(try String(contentsOfFile: home.configFile, encoding: .utf8) == before)
    }

    /// The README shows exactly what `config init` writes; `PSEI_RECORD_SNAPSHOTS=1` rewrites its copy.
    @Test func theReadmeShowsTheExampleConfigInitWrites() throws {
        let home = Home()
        #expect(try home.run(["config", "init"]).status == 0)
        let example = "```toml\n" + (try String(contentsOfFile: home.configFile, encoding: .utf8)) + "```"
        let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../README.md").standardized
        let (begin, end) = ("<!-- config: written by psei-ticker config init -->\n", "\n<!-- /config -->")
        let text = try String(contentsOf: readme, encoding: .utf8)
        let start = try #require(text.range(of: begin), "README.md needs a '\(begin)' … '\(end)' block")
        let stop = try #require(text.range(of: end, range: start.upperBound..<text.endIndex))
        if ProcessInfo.processInfo.environment["PSEI_RECORD_SNAPSHOTS"] == "1" && text[start.upperBound..<stop.lowerBound] != example {
            try text.replacingCharacters(in: start.upperBound..<stop.lowerBound, with: example).write(
                to: readme, atomically: true, encoding: .utf8)
            return
        }
        #expect(
            String(text[start.upperBound..<stop.lowerBound]) == example,
            "README.md's example configuration is out of date: PSEI_RECORD_SNAPSHOTS=1 swift test --filter ConfigFileTests")
    }

    @Test func checkMasksSecretsAndWarnsWhenOthersCanReadThem() throws {
        let home = Home()
        let file = try home.write(
            "[clusters.prod]\nbootstrap_servers = \"k:9093\"\n[clusters.prod.properties]\n\"sasl.username\" = \"psei\"\n\"sasl.password\" = \"hunter2\"\n",
            mode: 0o644)
        let checked = try home.run(["config", "check", "--cluster", "prod"])
        #expect(checked.status == 0)
        #expect(checked.stdout.contains("properties.\"sasl.password\" = \"******\"\n") && !checked.stdout.contains("hunter2"))
        #expect(checked.stdout.contains("properties.\"sasl.username\" = \"psei\"\n"))
        #expect(
            checked.stderr
                == "psei-ticker: warning: \(file) is readable by others and holds a password (chmod 600 \(file))\n")
        chmod(file, 0o600)
        #expect(try home.run(["config", "check", "--cluster", "prod"]).stderr.isEmpty)
    }

    @Test(arguments: [
        ("theme = \"mono\"\nstale_after_minutes = \n", ["config", "check"], ":2: stale_after_minutes: not valid TOML: "),
        (
            "[clusters.default]\nboostrap_servers = \"k:1\"\n", ["config", "check"],
            ":2: clusters.default.boostrap_servers: unknown key (did you mean 'bootstrap_servers'?)\n"
        ),
        ("# colours\ntheme = 3\n", ["config", "check"], ":2: theme: expected a string, found an integer\n"),
        (
            "[clusters.prod]\ngroup = \"g\"\n", ["config", "check", "--cluster", "prd"],
            ":1: clusters: no cluster profile 'prd' (profiles: prod; did you mean 'prod'?)\n"
        ),
        (
            "[clusters.prod.properties]\n\"sasl.password\" = \"${KAFKA_PASSWORD}\"\n", ["config", "check", "--cluster", "prod"],
            ":2: clusters.prod.properties.\"sasl.password\": environment variable KAFKA_PASSWORD is not set\n"
        ),
        (
            "[clusters.default]\nbootstrap_servers = \"k\"\n", ["config", "check"],
            ":2: clusters.default.bootstrap_servers: 'k' is not HOST:PORT\n"
        ),
        (
            "[clusters.default.properties]\n\"no.such.property\" = \"1\"\n", ["config", "check"],
            ":2: clusters.default.properties.\"no.such.property\": unknown Kafka configuration property"
        ),
        ("theme = \"neon\"\n", ["snapshot", "-b", "127.0.0.1:1"], ":1: theme: unknown theme 'neon'"),
    ])
    func everyErrorClassIsOneLineNamingTheFileLineAndKey(text: String, command: [String], expected: String) throws {
        let home = Home()
        let file = try home.write(text)
        let ending = try home.run(command + (command[0] == "config" ? [] : ["--log-file", "/dev/null"]))
        #expect(ending.status == 1 && ending.stdout.isEmpty)
        #expect(ending.stderrLines.count == 1 && ending.stderr.hasPrefix("psei-ticker: \(file)\(expected)"), "\(ending.stderr)")
    }

    @Test func aFileThatCannotBeReadIsOneLineAndAMissingDefaultFileIsNoSettings() throws {
        let home = Home()
        try FileManager.default.createDirectory(atPath: home.configFile, withIntermediateDirectories: true)
        let unreadable = try home.run(["config", "check"])
        #expect(unreadable.status == 1 && unreadable.stderr == "psei-ticker: \(home.configFile): cannot read: Is a directory\n")
        let missing = try home.run(["config", "check", "--config", "/no/such/config.toml"])
        #expect(missing.stderr == "psei-ticker: /no/such/config.toml: cannot read: No such file or directory\n")
        let none = try Home().run(["snapshot", "--replay", try CommandCatalog.smallSession(), "--log-file", "/dev/null"])
        #expect(none.status == 0 && none.stderr.isEmpty, "\(none.stderr)")
    }

    /// The file's theme and stale-after apply, and the command line's flags win over them. The four snapshots run
    /// side by side.
    @Test func flagsOnTheCommandLineOverrideTheFile() throws {
        let home = Home()
        let file = try home.write("theme = \"light\"\nstale_after_minutes = 0.1\n")
        let session = SampleSessionTests.session
        let flags = [
            ["--config", file], ["--config", "/dev/null", "--theme", "light", "--stale-after", "0.1"],
            ["--config", file, "--theme", "mono", "--stale-after", "1440"],
            ["--config", "/dev/null", "--theme", "mono", "--stale-after", "1440"],
        ]
        let endings = try concurrentMap(flags) { flags in
            try home.run(["snapshot", "--replay", session, "--at", "11:00", "--format", "html", "--log-file", "/dev/null"] + flags)
        }
        for ending in endings { #expect(ending.status == 0, "\(ending.stderr)") }
        let (fromFile, fromFlags) = (endings[0].stdout, endings[1].stdout)
        #expect(fromFile == fromFlags)
        #expect(fromFile.contains("STALE"))
        let (overridden, overriddenByFlags) = (endings[2].stdout, endings[3].stdout)
        #expect(overridden == overriddenByFlags)
        #expect(!overridden.contains("STALE"))
    }

    /// A profile gives the bootstrap servers and topics of a command that has no -b.
    @Test func theDefaultProfileConnectsWithoutFlags() throws {
        let broker = try EmbeddedBroker(partitions: 1, logger: Logger(label: "test") { _ in SwiftLogNoOpLogHandler() })
        let home = Home()
        _ = try home.write("[clusters.default]\nbootstrap_servers = \"\(broker.bootstrapServers)\"\ntopics = [\"pse.trades\"]\n")
        let ending = try home.run(["snapshot", "--log-file", "/dev/null", "--timeout", "20"])
        #expect(ending.status == 0 && ending.stderr.isEmpty, "\(ending.stderr)")
        #expect(ending.stdout.contains(broker.bootstrapServers))
    }
}
