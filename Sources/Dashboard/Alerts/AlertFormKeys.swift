import MarketData

/// What keys do while the `!` form is open: ←/→ (Tab) choose the kind, typing and Backspace edit the rule, Enter
/// adds it, Esc closes the form; Ctrl-C still quits, every other key waits for the form to close.
enum AlertFormKeys {
    /// Opens the form on the stock of the stock screen, else of the selected row (not over the alerts or Kafka view,
    /// which show no stock).
    static func open(in state: inout DashboardState) {
        guard !state.ui.alertsShown && !state.ui.clusterShown else { return }
        let rows = state.rows
        guard let symbol = state.ui.stockScreen ?? (rows.indices.contains(state.ui.selected) ? rows[state.ui.selected].symbol : nil)
        else { return }
        state.ui.helpShown = false
        state.ui.alertForm = AlertForm(symbol: symbol, stock: state.shown.stocks[symbol])
    }

    /// Handles `key` when the form is open; false when it is not, or for quitting.
    static func handle(_ key: KeyCommand, in state: inout DashboardState) -> Bool {
        guard var form = state.ui.alertForm else { return false }
        switch key {
        case .nextAlertKind, .previousAlertKind:
            form.kind = form.kind.moved(by: key == .nextAlertKind ? 1 : -1)
            form.text = form.kind.suggestion(for: form.symbol, stock: state.shown.stocks[form.symbol])
            form.problem = nil
        case .typeAlertForm(let character):
            guard form.text.count < AlertForm.textLength, !character.unicodeScalars.contains(where: TerminalSafe.isUnsafe) else { break }
            form.text.append(character)
        case .eraseAlertForm:
            form.text = String(form.text.dropLast())
        case .acceptAlertForm:
            do throws(AlertRuleError) {
                let rule = try AlertRule(parsing: form.text)
                state.ui.alertForm = nil
                state.ui.notice =
                    state.alerts.add(rule) ? "alert added: \(rule.name)" : "\(rule.name) is already an alert rule"
                return true
            } catch {
                form.problem = error.problem
            }
        case .dismiss:
            state.ui.alertForm = nil
            return true
        case .quit:
            return false
        default:
            break
        }
        state.ui.alertForm = form
        return true
    }
}
