import Dashboard
import MarketData
import Testing

/// The `!` form: opened on the selected stock (a table row or its own screen) with the kind's figures filled in from
/// the stock, ←/→ through the kinds, typing and Backspace, Enter adding a rule that fires on the next records (and
/// refusing one that does not read, with the parser's words), Esc closing it.
@Suite struct AlertFormTests {
    /// ALI (previous close 22.00) traded at 22.00 with ₱21.6M of it bought by foreigners, selected in the table, and
    /// one rule already firing.
    static func state() -> AlertTests {
        var test = AlertTests(AlertRule(.last("ALI", .below(Price("21.00")!))))
        test.trade("22.00", at: "09:30", quantity: 1_000_000, foreign: .buy)
        test.trade("20.90", at: "09:31")  // fires ALI below 21
        test.trade("22.00", at: "09:32", quantity: 1_000_000, foreign: .sell)
        test.trade("22.00", at: "09:33", quantity: 980_000, foreign: .buy)
        test.state.ui.selected = test.state.rows.firstIndex { $0.symbol == "ALI" }!
        return test
    }

    static func press(_ keys: KeyCommand..., in state: inout DashboardState) {
        for key in keys { Dashboard.reduce(into: &state, action: .key(key)) }
    }

    static func type(_ text: String, in state: inout DashboardState) {
        for character in text { press(.typeAlertForm(character), in: &state) }
    }

    @Test func bangOpensTheFormOnTheSelectedStockWithThePriceOneTickUp() throws {
        var state = Self.state().state
        Self.press(.openAlertForm, in: &state)
        let form = try #require(state.ui.alertForm)
        #expect(form.symbol == "ALI" && form.kind == .above && form.text == "ALI above 22.05" && form.problem == nil)
    }

    @Test func eachKindIsFilledInFromTheStock() {
        var state = Self.state().state
        Self.press(.openAlertForm, in: &state)
        var texts: [String] = []
        for _ in AlertFormKind.allCases {
            texts.append(state.ui.alertForm!.text)
            Self.press(.nextAlertKind, in: &state)
        }
        #expect(
            texts == [
                "ALI above 22.05", "ALI below 21.95", "ALI change 5%", "ALI move 2% in 5m", "ALI volume 3x in 15m", "ALI limit",
                "ALI halt", "ALI foreign 22M", "ALI block",
            ])
        #expect(state.ui.alertForm?.kind == .above)  // round the list
        Self.press(.previousAlertKind, in: &state)
        #expect(state.ui.alertForm?.kind == .block)
    }

    @Test func aBandEdgeStepsOnTheNextBandsTick() {
        var test = AlertTests()
        test.trade("20.00", at: "09:30")
        #expect(AlertFormKind.below.suggestion(for: "ALI", stock: test.state.market.stocks["ALI"]) == "ALI below 19.98")
        #expect(AlertFormKind.above.suggestion(for: "ALI", stock: test.state.market.stocks["ALI"]) == "ALI above 20.05")
    }

    @Test func theStockScreensStockIsTheOneTheFormIsAbout() {
        var state = Self.state().state
        state.ui.selected = 0
        state.ui.stockScreen = "ALI"
        Self.press(.openAlertForm, in: &state)
        #expect(state.ui.alertForm?.symbol == "ALI")
    }

    @Test func enterAddsTheEditedRuleWhichFiresOnTheNextTradesKeepingTheOtherRulesAlerts() {
        var test = Self.state()
        Self.press(.openAlertForm, .eraseAlertForm, .eraseAlertForm, in: &test.state)
        Self.type("10", in: &test.state)
        #expect(test.state.ui.alertForm?.text == "ALI above 22.10")
        Self.press(.acceptAlertForm, in: &test.state)
        #expect(test.state.ui.alertForm == nil)
        #expect(test.state.ui.notice == "alert added: ALI above 22.1")
        #expect(test.state.alerts.rules.map(\.name) == ["ALI below 21", "ALI above 22.1"])
        #expect(test.messages == ["ALI 20.90 below 21.00"])
        test.trade("22.05", at: "09:40")
        test.trade("22.15", at: "09:41")
        test.trade("20.80", at: "09:42")  // the first rule is still armed (22.00 came back above 21 by its margin)
        #expect(test.messages == ["ALI 20.90 below 21.00", "ALI 22.15 above 22.10", "ALI 20.80 below 21.00"])
    }

    @Test func theSameRuleTwiceIsANoticeNotASecondCopy() {
        var state = Self.state().state
        Self.press(.openAlertForm, .nextAlertKind, .eraseAlertForm, .eraseAlertForm, .eraseAlertForm, .eraseAlertForm, in: &state)
        Self.type("1", in: &state)
        Self.press(.acceptAlertForm, in: &state)
        #expect(state.ui.notice == "ALI below 21 is already an alert rule")
        #expect(state.alerts.rules.count == 1)
    }

    @Test func aRuleThatDoesNotReadStaysInTheFormWithTheParsersProblem() throws {
        var state = Self.state().state
        Self.press(.openAlertForm, .eraseAlertForm, .eraseAlertForm, .eraseAlertForm, .eraseAlertForm, .eraseAlertForm, in: &state)
        Self.type("cheap", in: &state)
        Self.press(.acceptAlertForm, in: &state)
        let form = try #require(state.ui.alertForm)
        #expect(form.problem == "\"cheap\" is not a price")
        #expect(state.alerts.rules.count == 1)
        Self.press(.nextAlertKind, in: &state)
        #expect(state.ui.alertForm?.problem == nil)
    }

    @Test func escClosesTheFormAddingNothingAndOtherKeysWaitForIt() {
        var state = Self.state().state
        let selected = state.ui.selected
        Self.press(.openAlertForm, .down, .toggleHeatmap, .typeAlertForm("\u{1B}"), in: &state)
        #expect(state.ui.alertForm?.text == "ALI above 22.05")
        #expect(state.ui.selected == selected && !state.ui.heatmapShown)
        Self.press(.dismiss, in: &state)
        #expect(state.ui.alertForm == nil && state.alerts.rules.count == 1)
    }

    @Test func theAlertsViewHasNoStockToOpenTheFormOn() {
        var state = Self.state().state
        Self.press(.toggleAlerts, .openAlertForm, in: &state)
        #expect(state.ui.alertForm == nil)
    }

    @Test func addingARuleToTheBookKeepsEveryOtherRulesArming() {
        var test = AlertTests(AlertRule(.last("ALI", .above(Price("23.00")!))))
        test.trade("23.10", at: "09:30")  // fires, disarmed
        let added = test.state.alerts.add(AlertRule(.halt(nil)))
        #expect(added)
        test.trade("23.20", at: "09:31")  // still disarmed: no second alert
        #expect(test.messages == ["ALI 23.10 above 23.00"])
        let addedAgain = test.state.alerts.add(AlertRule(.halt(nil)))
        #expect(!addedAgain)
        #expect(test.state.alerts.firedCount == 1)
    }
}
