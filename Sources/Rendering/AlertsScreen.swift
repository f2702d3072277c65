import Dashboard
import MarketData

/// The day's alerts (`A` on the table), newest first, one a line: the data time (Manila), what the alert is about,
/// the rule, what happened and the reading. The title counts them and the rules; a list longer than the screen
/// scrolls (`UIState.alertsScroll`) and the title says which part is shown. With no rules it says how to add some;
/// with rules but no alert yet, it lists the rules watched.
public enum AlertsScreen {
    /// The alerts that fit at a terminal size: the body under the header and the tabs, less the box and the
    /// column titles.
    public struct Layout: Hashable, Sendable {
        public let rows: Int

        public init(width: Int, height: Int) { rows = AlertsScreen.rows(bodyHeight: height - 1 - Renderer.Layout.chartTop) }
    }

    /// The alerts that fit in a body of `bodyHeight` lines: less the box's two borders and the column titles.
    static func rows(bodyHeight: Int) -> Int { max(bodyHeight - 3, 1) }

    static let timeWidth = 8, valueWidth = 10, gap = 2
    /// The rule column goes when it would leave the message fewer columns than this.
    static let messageMinimum = 30

    static func draw(_ state: DashboardState, in rect: BoxFrame.Rect, into grid: inout CellGrid, context: RenderContext) {
        let alerts = state.alerts
        let rows = rows(bodyHeight: rect.height)
        let first = max(min(state.ui.alertsScroll, alerts.fired.count - rows), 0)
        let shown = Array(alerts.fired.reversed().dropFirst(first).prefix(rows))
        let inner = BoxFrame.draw(
            rect, title: title(alerts, first: first, shown: shown.count, separator: context.glyphs.separator), into: &grid,
            glyphs: context.glyphs)
        guard !alerts.rules.isEmpty else {
            drawLines(noRulesLines, in: inner, into: &grid)
            return
        }
        guard !shown.isEmpty else {
            drawLines(["No alert yet today. Watching:"] + alerts.rules.map { "  \($0.name)" }, in: inner, into: &grid)
            return
        }
        let columns = Columns(shown, width: inner.width)
        columns.drawTitles(x: inner.x, y: inner.y, into: &grid)
        for (offset, alert) in shown.enumerated() {
            let condition = alerts.rules.first { $0.name == alert.rule }?.condition
            columns.draw(alert, condition: condition, x: inner.x, y: inner.y + 1 + offset, into: &grid, glyphs: context.glyphs)
        }
    }

    /// `Alerts · 12 today · 3 rules`, then which alerts are shown when not all of them fit: `· 18–34 of 40`.
    static func title(_ alerts: AlertBook, first: Int, shown: Int, separator: String) -> String {
        func count(_ value: Int, _ noun: String) -> String { "\(Quantity(Int64(value)).grouped) \(noun)\(value == 1 ? "" : "s")" }
        var title = "Alerts\(separator)\(Quantity(Int64(alerts.firedCount)).grouped) today"
        if alerts.firedCount > alerts.fired.count { title += " (the newest \(Quantity(Int64(alerts.fired.count)).grouped) kept)" }
        title += separator + count(alerts.rules.count, "rule")
        if shown < alerts.fired.count {
            title += "\(separator)\(first + 1)–\(first + shown) of \(Quantity(Int64(alerts.fired.count)).grouped)"
        }
        return title
    }

    /// What the view says when there are no rules: that, how to add them, and the rule language.
    static let noRulesLines =
        [
            "No alert rules.", "",
            "Add them with --alert 'RULE' (repeatable), --rules FILE (one rule a line), or the config file's",
            "alerts = [\"ALI above 24\", \"any halt\"]. A rule is one of:", "",
        ] + AlertRule.grammar.map { "  \($0)" }

    private static func drawLines(_ lines: [String], in rect: BoxFrame.Rect, into grid: inout CellGrid) {
        for (row, line) in lines.prefix(rect.height).enumerated() {
            grid.put(" " + line, x: rect.x, y: rect.y + row, role: row == 0 ? .normal : .label, maxWidth: rect.width)
        }
    }

    /// The columns at one width: the subject and rule columns as wide as their widest shown text (the rule column
    /// dropped when the message would be too narrow), the message taking the rest.
    struct Columns {
        let subjectWidth: Int, ruleWidth: Int?, messageWidth: Int

        init(_ alerts: [Alert], width: Int) {
            subjectWidth = min(max(alerts.map(\.subject.count).max() ?? 0, "SUBJECT".count), 12)
            let rule = min(max(alerts.map(\.rule.count).max() ?? 0, "RULE".count), 28)
            let fixed = 1 + timeWidth + gap + subjectWidth + gap + gap + valueWidth + 1
            let withRule = width - fixed - rule - gap
            ruleWidth = withRule >= AlertsScreen.messageMinimum ? rule : nil
            messageWidth = ruleWidth == nil ? width - fixed : withRule
        }

        /// The x of each column after the time: subject, rule (when shown), message, and the value's right edge.
        private func positions(x: Int) -> (subject: Int, rule: Int, message: Int, valueEnd: Int) {
            let subject = x + 1 + timeWidth + gap
            let rule = subject + subjectWidth + gap
            let message = rule + (ruleWidth.map { $0 + gap } ?? 0)
            return (subject, rule, message, message + messageWidth + gap + valueWidth)
        }

        func drawTitles(x: Int, y: Int, into grid: inout CellGrid) {
            let at = positions(x: x)
            grid.put(" TIME", x: x, y: y, role: .label)
            grid.put("SUBJECT", x: at.subject, y: y, role: .label)
            if ruleWidth != nil { grid.put("RULE", x: at.rule, y: y, role: .label) }
            grid.put("MESSAGE", x: at.message, y: y, role: .label)
            grid.putRight("VALUE", right: at.valueEnd, y: y, role: .label)
        }

        func draw(_ alert: Alert, condition: AlertCondition?, x: Int, y: Int, into grid: inout CellGrid, glyphs: Glyphs) {
            let at = positions(x: x)
            grid.put(" " + (alert.dataTime.map { Format.clock($0, seconds: true) } ?? glyphs.missing), x: x, y: y, role: .normal)
            grid.put(Format.truncated(alert.subject, width: subjectWidth, glyphs: glyphs), x: at.subject, y: y, role: .alert)
            if let ruleWidth { grid.put(Format.truncated(alert.rule, width: ruleWidth, glyphs: glyphs), x: at.rule, y: y, role: .label) }
            grid.put(Format.truncated(alert.message, width: messageWidth, glyphs: glyphs), x: at.message, y: y, role: .normal)
            if let value = alert.value, let condition {
                grid.putRight(AlertValueText.text(value, condition: condition, glyphs: glyphs, width: valueWidth), right: at.valueEnd, y: y)
            }
        }
    }
}
