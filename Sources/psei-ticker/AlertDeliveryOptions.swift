import ArgumentParser
import LiveDashboard
import Logging
import Settings

/// How the dashboard commands deliver an alert besides the screen: `--bell`, `--notify`, `--on-alert`, each over
/// the configuration's `alert_bell`, `alert_notify` and `on_alert`; all off by default.
struct AlertDeliveryOptions: ParsableArguments {
    @Flag(
        inversion: .prefixedNo,
        help: "Ring the terminal's bell when an alert fires (default: the configuration's alert_bell, else off).")
    var bell: Bool?

    @Flag(
        inversion: .prefixedNo,
        help:
            "Show a desktop notification for each alert, through the terminal (OSC 777, or OSC 9 for iTerm2, WezTerm and kitty; inside tmux through its passthrough) (default: the configuration's alert_notify, else off)."
    )
    var notify: Bool?

    @Option(
        name: .customLong("on-alert"),
        help: ArgumentHelp(
            "A command /bin/sh -c runs for each alert, the alert as a JSON line on its standard input and in PSEI_ALERT_* variables; never waited for, its failures logged (default: the configuration's on_alert; '' for none).",
            valueName: "command"))
    var onAlert: String?

    /// The delivery chosen: the flags over the configuration; the hook starts from `environment` and logs to `logger`.
    func delivery(settings: Settings, environment: [String: String], logger: Logger) -> AlertDelivery {
        let command = onAlert ?? settings.onAlert ?? ""
        return AlertDelivery(
            ringsBell: bell ?? settings.alertBell ?? false,
            notification: (notify ?? settings.alertNotify ?? false) ? TerminalNotification(environment: environment) : nil,
            hook: command.isEmpty ? nil : AlertHook(command: command, environment: environment, logger: logger))
    }
}
