import Foundation
import Testing

/// The `!` form of the real `demo` under tmux: a rule added on the selected stock fires on screen, is kept in
/// `alerts.toml` (its comment kept), and is watched again after a restart. The configuration folder is a fresh
/// temporary one, never the user's.
@Suite(.serialized) struct AlertFormDashboardTests {
    typealias Pane = InteractiveDashboardTests.Pane

    @Test func bangAddsARuleThatFiresIsSavedInAlertsTomlAndIsLoadedAgain() throws {
        let pane = try Pane()
        let home = try WatchlistDashboardTests.ConfigHome(watchlists: nil, pane: pane)
        let alertsFile = home.configFolder.appendingPathComponent("psei-ticker/alerts.toml")
        try "# added with !\n".write(to: alertsFile, atomically: true, encoding: .utf8)
        let demo = WatchlistDashboardTests()
        try demo.startDemo(in: pane, home: home)

        try pane.type("/ALI")
        try pane.tmux(["send-keys", "-t", "main", "Enter"])
        let selected = pane.waitFor(seconds: 5) { WatchlistDashboardTests.selectedSymbol($0) == "ALI" && !$0.contains("/ALI_") }
        #expect(WatchlistDashboardTests.selectedSymbol(selected) == "ALI", "\(selected)")

        try pane.type("!")
        let form = pane.waitFor(seconds: 5) { $0.contains("New alert · ALI") }
        #expect(form.contains("New alert · ALI") && form.contains("←→ kind  Enter add  Esc cancel"), "\(form)")
        #expect(form.range(of: #"> ALI above [0-9]+(\.[0-9]+)? "#, options: .regularExpression) != nil, "\(form)")

        // A level every trade is beyond: the next ALI trade fires it.
        try pane.tmux(["send-keys", "-t", "main", "-N", "30", "BSpace"])
        try pane.type("ALI above 1")
        let typed = pane.waitFor(seconds: 5) { $0.contains("> ALI above 1 ") }
        #expect(typed.contains("> ALI above 1 "), "\(typed)")
        try pane.tmux(["send-keys", "-t", "main", "Enter"])
        let fired = pane.waitFor(seconds: 30) { $0.range(of: #"⚑ [0-9:]{8} ALI [0-9.]+ above 1\.00"#, options: .regularExpression) != nil }
        #expect(fired.range(of: #"⚑ [0-9:]{8} ALI [0-9.]+ above 1\.00"#, options: .regularExpression) != nil, "\(fired)")
        #expect(!fired.contains("New alert · ALI"), "\(fired)")
        #expect((try? String(contentsOf: alertsFile, encoding: .utf8)) == "# added with !\nrules = [\"ALI above 1\"]\n")
        try demo.quit(pane)

        // A new run loads the rule: the alerts view watches it.
        try demo.startDemo(in: pane, home: home)
        try pane.type("A")
        let alerts = pane.waitFor(seconds: 10) { $0.contains("1 rule") && $0.contains("ALI above 1") }
        #expect(alerts.contains("1 rule") && alerts.contains("ALI above 1"), "\(alerts)")
        try demo.quit(pane)
    }
}
