import Dashboard

/// The commented example configuration that `psei-ticker config init` writes and the README shows: every key, a
/// `default` profile for a broker on this machine and a `prod` profile whose password comes from the environment.
public enum SettingsExample {
    /// The example's text; its values are taken from `vocabulary` and `topics` (the feed's topics) so that it
    /// always passes `config check`.
    public static func text(vocabulary: SettingsVocabulary, topics: [String]) -> String {
        let columns = vocabulary.columnTitles.map { "\"\($0)\"" }.joined(separator: ", ")
        let sortKeys = vocabulary.sortKeys.map { "\"\($0)\"" }.joined(separator: ", ")
        let topicList = topics.map { "\"\($0)\"" }.joined(separator: ", ")
        let range = vocabulary.staleAfterMinutes
        return """
            # psei-ticker configuration. `psei-ticker config check` shows what it makes of it.
            # Flags on the command line win over this file. In any text, ${NAME} is replaced by the environment
            # variable NAME (one that is not set is an error); write $${ for a literal ${.

            # The theme: default, light, mono, the name of a file in ~/.config/psei-ticker/themes, or a path.
            theme = "default"

            # Minutes without a trade or quote, while the market is open, before a stock is marked STALE
            # (\(SettingsFile.shown(range.lowerBound)) to \(SettingsFile.shown(range.upperBound))).
            stale_after_minutes = 5

            # The view shown at start: PSEi, All, a sector (FIN, IND, HDG, PRO, SVC, M-O) or a list in watchlists.toml.
            default_view = "PSEi"

            # The stock table's columns, in this order (the symbol, the day's sparkline and the flags always show;
            # columns that do not fit the terminal's width are left out from the right). Known: \(vocabulary.columnTitles.joined(separator: ", ")).
            columns = [\(columns)]

            # The table's order, one of \(sortKeys); highest (or Z) first when true.
            sort = "\(vocabulary.sortKeys.first ?? "")"
            sort_descending = true

            # Alert rules, one per string (README: Alerts); they flash in the status bar, mark the row and are listed
            # in the alerts view (A). The forms:
            #   \(AlertRule.grammar.joined(separator: "\n#   "))
            # each optionally followed by margin PCT% (how far back before it fires again) and cooldown Nm (fire
            # again after that long while still beyond).
            alerts = ["PSEi change 2%", "any halt", "feed down 30s"]
            # Ring the terminal's bell, and send a desktop notification through the terminal (OSC 777 / OSC 9),
            # when an alert fires.
            alert_bell = false
            alert_notify = false
            # A command run (by /bin/sh -c) for each alert, with the alert as JSON on its standard input and in
            # PSEI_ALERT_* environment variables; the dashboard never waits for it.
            # on_alert = 'notify-send psei-ticker "$PSEI_ALERT_MESSAGE"'

            # Cluster profiles: --cluster NAME picks one, and the one named "default" is used when none is named.
            # -b, -t, -g and -X on the command line override a profile (-X after the profile's properties).

            # A Kafka broker on this machine (`psei-ticker broker` prints the address of its own embedded one).
            [clusters.default]
            bootstrap_servers = "127.0.0.1:9092"
            topics = [\(topicList)]

            # A secured cluster: SASL over TLS, reading as a consumer group.
            [clusters.prod]
            bootstrap_servers = "kafka-1.example.com:9093,kafka-2.example.com:9093"
            topics = [\(topicList)]
            group = "psei-ticker"

            # librdkafka properties, the keys -X takes (docs.confluent.io: librdkafka CONFIGURATION.md).
            [clusters.prod.properties]
            "security.protocol" = "sasl_ssl"
            "sasl.mechanisms" = "SCRAM-SHA-512"
            "sasl.username" = "psei"
            # The password stays out of this file: export KAFKA_PASSWORD before `psei-ticker watch --cluster prod`.
            "sasl.password" = "${KAFKA_PASSWORD}"

            """
    }
}
