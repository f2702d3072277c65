import Dashboard
import MarketData
import Settings
import Testing

/// Every error class of the configuration file gives one line `file:line: key: message`.
@Suite struct SettingsFileTests {
    static let vocabulary = SettingsVocabulary(
        columnTitles: ["LAST", "CHG", "%CHG", "VOLUME", "VALUE"], sortKeys: ["index order", "symbol", "%chg", "value"],
        staleAfterMinutes: 0.1...1_440)
    static let environment = ["KAFKA_PASSWORD": "hunter2", "TEAM": "desk"]

    func load(_ text: String, environment: [String: String] = environment) throws(SettingsError) -> Settings {
        try SettingsFile.load(path: "config.toml", text: text, environment: environment, vocabulary: Self.vocabulary)
    }

    /// The one line `text` fails with.
    func failure(_ text: String, environment: [String: String] = environment) -> String? {
        do {
            _ = try load(text, environment: environment)
            return nil
        } catch {
            return error.description
        }
    }

    @Test func theExampleLoadsWithEveryKey() throws {
        let text = SettingsExample.text(vocabulary: Self.vocabulary, topics: ["pse.trades", "pse.quotes"])
        let settings = try load(text, environment: [:])
        #expect(settings.theme == "default" && settings.staleAfterMinutes == 5 && settings.defaultView == "PSEi")
        #expect(settings.columns == Self.vocabulary.columnTitles && settings.sort == "index order" && settings.sortDescending == true)
        #expect(settings.alerts?.map(\.name) == ["PSEi change 2%", "any halt", "feed down 30s"])
        #expect(settings.alertBell == false && settings.alertNotify == false && settings.onAlert == nil)
        #expect(settings.clusters.keys.sorted() == ["default", "prod"])
        #expect(try settings.profile(named: nil).bootstrapServers == "127.0.0.1:9092")
        #expect(settings.holdsSecret == false)
        #expect(throws: SettingsError.self) { try settings.profile(named: "prod") }
    }

    @Test func aProfileIsExpandedWhenUsedAndKeepsItsPropertiesInFileOrder() throws {
        let settings = try load(
            """
            [clusters.prod]
            bootstrap_servers = "k1:9093"
            group = "psei-${TEAM}"
            topics = ["pse.trades"]

            [clusters.prod.properties]
            "sasl.username" = "psei"
            "security.protocol" = "sasl_ssl"
            "fetch.wait.max.ms" = 100
            "enable.auto.commit" = false
            "sasl.password" = "${KAFKA_PASSWORD}"
            """)
        let profile = try settings.profile(named: "prod")
        #expect(profile.bootstrapServers == "k1:9093" && profile.group == "psei-desk" && profile.topics == ["pse.trades"])
        #expect(
            profile.properties.map(\.key) == [
                "sasl.username", "security.protocol", "fetch.wait.max.ms", "enable.auto.commit", "sasl.password",
            ])
        #expect(profile.properties.map(\.value) == ["psei", "sasl_ssl", "100", "false", "hunter2"])
        #expect(settings.clusters["prod"]?.properties.last?.value == "${KAFKA_PASSWORD}")
    }

    @Test func alertRulesAndTheirDeliveryAreRead() throws {
        let settings = try load(
            "alerts = [\"${WHO} above 24\"]\nalert_bell = true\non_alert = \"logger -t psei\"\n", environment: ["WHO": "ALI"])
        #expect(settings.alerts == [try AlertRule(parsing: "ALI above 24")])
        #expect(settings.alertBell == true && settings.onAlert == "logger -t psei")
    }

    @Test func aRulesFileNamesTheLineOfARuleItCannotRead() throws {
        let rules = try AlertRuleFile.parse("# mine\nALI above 24  # breakout\n\nPSEi change 2%\n", path: "rules.txt")
        #expect(rules.map(\.name) == ["ALI above 24", "PSEi change 2%"])
        #expect {
            try AlertRuleFile.parse("ALI above 24\nALI move 2%\n", path: "rules.txt")
        } throws: { error in
            "\(error)" == "rules.txt:2: alert rule \"ALI move 2%\": expected in Nm"
        }
    }

    @Test func withNoNameTheDefaultProfileIsUsedOrNone() throws {
        #expect(try load("[clusters.default]\ngroup = \"g\"\n").profile(named: nil).group == "g")
        #expect(try load("theme = \"mono\"\n").profile(named: nil).bootstrapServers == nil)
        #expect(try Settings(file: "none.toml").profile(named: nil).properties.isEmpty)
    }

    @Test(arguments: [
        // bad TOML
        ("theme = \"mono\"\nstale_after_minutes = \n", "config.toml:2: stale_after_minutes: not valid TOML: "),
        // unknown keys at every level, with did-you-mean
        ("# mine\nthem = \"mono\"\n", "config.toml:2: them: unknown key (did you mean 'theme'?)"),
        (
            "[clusters.prod]\nbootstrap = \"k:1\"\n",
            "config.toml:2: clusters.prod.bootstrap: unknown key (did you mean 'bootstrap_servers'?)"
        ),
        (
            "[clusters.prod]\n\nwibble = 1\n",
            "config.toml:3: clusters.prod.wibble: unknown key (known: bootstrap_servers, topics, group, properties)"
        ),
        // wrong types
        ("theme = 3\n", "config.toml:1: theme: expected a string, found an integer"),
        ("\n[theme]\nname = 1\n", "config.toml:2: theme: expected a string, found a table"),
        ("sort_descending = \"yes\"\n", "config.toml:1: sort_descending: expected true or false, found a string"),
        ("stale_after_minutes = \"5\"\n", "config.toml:1: stale_after_minutes: expected a number, found a string"),
        ("clusters = 1\n", "config.toml:1: clusters: expected a table, found an integer"),
        ("[clusters.prod]\ntopics = \"pse.trades\"\n", "config.toml:2: clusters.prod.topics: expected an array of strings, found a string"),
        (
            "[clusters.prod]\ntopics = [\"a\", 2]\n",
            "config.toml:2: clusters.prod.topics: expected an array of strings, found an integer in it"
        ),
        ("[clusters.prod]\ntopics = []\n", "config.toml:2: clusters.prod.topics: expected at least one topic"),
        (
            "group = 1\n",
            "config.toml:1: group: unknown key (known: theme, stale_after_minutes, default_view, columns, sort, sort_descending, alerts, alert_bell, alert_notify, on_alert, clusters)"
        ),
        (
            "[clusters.p.properties]\n\"a.b\" = 1.5\n",
            "config.toml:2: clusters.p.properties.\"a.b\": expected a string, an integer or a boolean, found a floating-point number"
        ),
        ("theme = \"\"\n", "config.toml:1: theme: expected a string, found an empty one"),
        // values out of what the modules accept
        ("stale_after_minutes = 0\n", "config.toml:1: stale_after_minutes: 0 is out of range (expected 0.1…1440)"),
        ("columns = [\"LAST\", \"VOLUM\"]\n", "config.toml:1: columns: unknown column 'VOLUM' (did you mean 'VOLUME'?)"),
        ("columns = [\"LAST\", \"LAST\"]\n", "config.toml:1: columns: column 'LAST' is listed twice"),
        ("sort = \"chg\"\n", "config.toml:1: sort: unknown sort key 'chg' (did you mean '%chg'?)"),
        (
            "theme = \"mono\"\nalerts = [\"ALI above 24\", \"ALI abov 24\"]\n",
            "config.toml:2: alerts: alert rule \"ALI abov 24\": unknown condition \"abov\" (above, below, change, move, volume, limit, halt, foreign, block)"
        ),
        ("alerts = \"ALI above 24\"\n", "config.toml:1: alerts: expected an array of strings, found a string"),
        ("alert_bell = 1\n", "config.toml:1: alert_bell: expected true or false, found an integer"),
        // environment variables
        ("theme = \"${THEME}\"\n", "config.toml:1: theme: environment variable THEME is not set"),
        ("default_view = \"${oops\"\n", "config.toml:1: default_view: '${oops' is not a ${NAME} reference (write $${ for a literal ${)"),
    ])
    func eachErrorIsOneLineNamingTheFileLineAndKey(text: String, expected: String) {
        let line = failure(text)
        #expect(line?.hasPrefix(expected) == true, "\(line ?? "no error")")
        #expect(line?.contains("\n") == false)
    }

    @Test func theFirstErrorInTheFileIsTheOneReported() {
        #expect(failure("sort = \"x\"\ntheme = 1\n")?.hasPrefix("config.toml:1: sort:") == true)
        #expect(failure("[clusters.b]\nx = 1\n[clusters.a]\ny = 1\n")?.hasPrefix("config.toml:2: clusters.b.x:") == true)
    }

    @Test func aMissingProfileIsNamedWithTheProfilesThereAre() throws {
        let settings = try load("theme = \"mono\"\n\n[clusters.default]\ngroup = \"g\"\n[clusters.prod]\ngroup = \"p\"\n")
        #expect(
            throws: SettingsError(
                file: "config.toml", line: 3, key: "clusters",
                message: "no cluster profile 'prd' (profiles: default, prod; did you mean 'prod'?)")
        ) {
            try settings.profile(named: "prd")
        }
        #expect(
            throws: SettingsError(
                file: "config.toml", line: 1, key: "clusters", message: "no cluster profile 'x' (the file has no [clusters.NAME] tables)")
        ) {
            try load("theme = \"mono\"\n").profile(named: "x")
        }
    }

    @Test func anUnsetVariableInAProfileIsAnErrorAtItsLineWhenTheProfileIsUsed() throws {
        let settings = try load("[clusters.prod.properties]\n\"sasl.password\" = \"${KAFKA_PASSWORD}\"\n", environment: [:])
        #expect(
            throws: SettingsError(
                file: "config.toml", line: 2, key: "clusters.prod.properties.\"sasl.password\"",
                message: "environment variable KAFKA_PASSWORD is not set")
        ) {
            try settings.profile(named: "prod")
        }
    }

    @Test func aSecretWrittenInAFileReadableByOthersGivesTheWarning() throws {
        let written = try load("[clusters.prod.properties]\n\"sasl.password\" = \"hunter2\"\n")
        #expect(written.holdsSecret)
        #expect(written.permissionWarning(mode: 0o644) == "config.toml is readable by others and holds a password (chmod 600 config.toml)")
        #expect(written.permissionWarning(mode: 0o640) != nil)
        #expect(written.permissionWarning(mode: 0o600) == nil)
        let referenced = try load("[clusters.prod.properties]\n\"sasl.password\" = \"${KAFKA_PASSWORD}\"\n\"sasl.username\" = \"u\"\n")
        #expect(referenced.permissionWarning(mode: 0o644) == nil)
    }

    @Test func errorsAboutValuesCheckedElsewhereNameTheirLine() throws {
        let settings = try load("theme = \"mono\"\ndefault_view = \"mine\"\n")
        #expect(settings.error(at: ["default_view"], "no view 'mine'").description == "config.toml:2: default_view: no view 'mine'")
    }

    @Test func controlCharactersNeverReachTheErrorLine() {
        let line = failure("\"th\\u001b[2Jeme\" = 1\n")
        #expect(line?.unicodeScalars.contains { TerminalSafe.isUnsafe($0) } == false, "\(line ?? "")")
    }
}
