import Dashboard
import MarketData
import Testing

/// The alert rule language: every kind reads to its condition and writes back to the same text; mistakes are named.
@Suite struct AlertRuleParsingTests {
    @Test(arguments: [
        ("ALI above 24", AlertCondition.last("ALI", .above(Price("24")!))),
        ("ALI below 21.5", .last("ALI", .below(Price("21.50")!))),
        ("ALI change 5%", .changePercent("ALI", beyond: 5)),
        ("ALI move 2.5% in 5m", .move("ALI", percent: 2.5, minutes: 5)),
        ("ALI volume 3x in 15m", .volumeSurge("ALI", factor: 3, minutes: 15)),
        ("ALI limit", .limit("ALI")), ("ALI halt", .halt("ALI")), ("any halt", .halt(nil)),
        ("ALI foreign 50000000", .netForeign("ALI", beyondPesos: 50_000_000)), ("ALI block", .blockSale("ALI")),
        ("any block", .blockSale(nil)), ("PSEi below 6300", .indexLevel(.psei, .below(Price("6300")!))),
        ("FIN change 2%", .indexChangePercent(.financials, beyond: 2)), ("feed down 30s", .feedDown(seconds: 30)),
        ("feed lag 10000", .feedLag(records: 10_000)), ("feed malformed", .malformed),
    ])
    func eachKindReadsAndWritesBack(text: String, condition: AlertCondition) throws {
        let rule = try AlertRule(parsing: text)
        #expect(rule.condition == condition)
        #expect(rule.name == text)
        #expect(try AlertRule(parsing: rule.name) == rule)
    }

    @Test func wordsAreCaseInsensitiveAndFiguresTakeTheirUsualForms() throws {
        #expect(try AlertRule(parsing: "ali FOREIGN ₱50M").condition == .netForeign("ALI", beyondPesos: 50_000_000))
        #expect(try AlertRule(parsing: "psei Above 6,300.50").condition == .indexLevel(.psei, .above(Price("6300.5")!)))
        let rule = try AlertRule(parsing: "ALI change 3% margin 20% cooldown 10m")
        #expect(rule.margin == 0.2 && rule.cooldownMillis == 600_000)
        #expect(rule.name == "ALI change 3% margin 20% cooldown 10m")
        #expect(try AlertRule(parsing: "feed malformed").cooldownMillis == 60_000)
    }

    @Test(arguments: [
        ("", "expected a subject and a condition"),
        ("ALI", "expected a subject and a condition"),
        ("ALI abov 24", "unknown condition \"abov\""),
        ("ALI above", "expected a price"),
        ("ALI above cheap", "\"cheap\" is not a price"),
        ("ALI change -5%", "\"-5%\" is not a percentage like 5%"),
        ("ALI move 2% 5m", "expected in Nm (minutes)"),
        ("ALI move 2% in 500m", "the window is 1m to 120m"),
        ("ALI volume 0.5x in 5m", "\"0.5x\" is not a factor like 3x"),
        ("PSEi limit", "an index rule is above, below or change, not \"limit\""),
        ("feed up", "a feed rule is down Ns, lag RECORDS or malformed, not \"up\""),
        ("any above 3", "an any rule is halt or block, not \"above\""),
        ("alí above 3", "\"alí\" is not a symbol"),
        ("ALI limit soon", "unexpected \"soon\""),
        ("ALI change 3% cooldown forever", "\"forever\" is not a duration like 30s or 10m"),
    ])
    func mistakesAreNamed(text: String, problem: String) {
        #expect {
            try AlertRule(parsing: text)
        } throws: { error in
            (error as? AlertRuleError).map { $0.problem.hasPrefix(problem) && "\($0)".hasPrefix("alert rule \"\(text)\": ") } ?? false
        }
    }
}
