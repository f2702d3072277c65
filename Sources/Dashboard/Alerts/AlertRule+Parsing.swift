import MarketData

extension AlertRule {
    /// The rule language, one rule per line (the config's `alerts`, `--rules` files, the `!` form):
    ///
    ///     ALI above 24          ALI below 21.50       ALI change 5%         ALI move 2% in 5m
    ///     ALI volume 3x in 15m  ALI limit             ALI halt              ALI foreign 50M
    ///     ALI block             any halt              any block             PSEi below 6300
    ///     FIN change 2%         feed down 30s         feed lag 10000        feed malformed
    ///
    /// then optionally `margin 1%` (how far back inside before it fires again) and `cooldown 10m` (fire again after
    /// this long if still beyond). Words are case-insensitive; symbols and index codes as the feed writes them.
    public static let grammar = [
        "SYMBOL above|below PRICE", "SYMBOL change PCT%", "SYMBOL move PCT% in Nm", "SYMBOL volume Kx in Nm",
        "SYMBOL limit|halt|block", "SYMBOL foreign PESOS", "any halt|block", "INDEX above|below LEVEL",
        "INDEX change PCT%", "feed down Ns", "feed lag RECORDS", "feed malformed",
    ]

    /// Reads one rule; the error says what is wrong in words (`AlertRuleError`).
    public init(parsing text: String) throws(AlertRuleError) {
        var words = text.split(whereSeparator: \.isWhitespace).map(String.init)[...]
        func fail(_ problem: String) -> AlertRuleError { AlertRuleError(rule: text, problem: problem) }
        guard let subject = words.popFirst(), let verb = words.popFirst()?.lowercased() else {
            throw fail("expected a subject and a condition: \(Self.grammar.joined(separator: "; "))")
        }
        var reader = AlertRuleWords(words: words, fail: fail)
        let condition = try AlertCondition(subject: subject, verb: verb, reader: &reader)
        var margin: Double?
        var cooldown: EpochMillis?
        while let option = reader.words.popFirst()?.lowercased() {
            switch option {
            case "margin": margin = try reader.percent() / 100
            case "cooldown": cooldown = try reader.duration()
            default: throw fail("unexpected \"\(option)\" (options: margin PCT%, cooldown Nm)")
            }
        }
        self.init(condition, margin: margin, cooldownMillis: cooldown)
    }
}

/// An alert rule that cannot be read: the rule and what is wrong with it.
public struct AlertRuleError: Error, Hashable, Sendable, CustomStringConvertible {
    public let rule: String
    public let problem: String
    public var description: String { "alert rule \"\(TerminalSafe.sanitize(rule))\": \(problem)" }
}

extension AlertCondition {
    fileprivate init(subject: String, verb: String, reader: inout AlertRuleWords) throws(AlertRuleError) {
        let lowered = subject.lowercased()
        if lowered == "feed" {
            switch verb {
            case "down": self = .feedDown(seconds: Int(try reader.duration() / 1000))
            case "lag": self = .feedLag(records: Int64(try reader.number(suffixes: false)))
            case "malformed": self = .malformed
            default: throw reader.fail("a feed rule is down Ns, lag RECORDS or malformed, not \"\(verb)\"")
            }
        } else if lowered == "any" {
            switch verb {
            case "halt": self = .halt(nil)
            case "block": self = .blockSale(nil)
            default: throw reader.fail("an any rule is halt or block, not \"\(verb)\"")
            }
        } else if let code = IndexCode.allCases.first(where: { $0.rawValue.lowercased() == lowered }) {
            switch verb {
            case "above": self = .indexLevel(code, .above(try reader.price()))
            case "below": self = .indexLevel(code, .below(try reader.price()))
            case "change": self = .indexChangePercent(code, beyond: try reader.percent())
            default: throw reader.fail("an index rule is above, below or change, not \"\(verb)\"")
            }
        } else if let symbol = Symbol(subject.uppercased()) {
            switch verb {
            case "above": self = .last(symbol, .above(try reader.price()))
            case "below": self = .last(symbol, .below(try reader.price()))
            case "change": self = .changePercent(symbol, beyond: try reader.percent())
            case "move":
                let percent = try reader.percent()
                self = .move(symbol, percent: percent, minutes: try reader.window())
            case "volume":
                let factor = try reader.factor()
                self = .volumeSurge(symbol, factor: factor, minutes: try reader.window())
            case "limit": self = .limit(symbol)
            case "halt": self = .halt(symbol)
            case "foreign": self = .netForeign(symbol, beyondPesos: try reader.number(suffixes: true))
            case "block": self = .blockSale(symbol)
            default:
                throw reader.fail(
                    "unknown condition \"\(verb)\" (above, below, change, move, volume, limit, halt, foreign, block)")
            }
        } else {
            throw reader.fail(
                "\"\(subject)\" is not a symbol, an index (\(IndexCode.allCases.map(\.rawValue).joined(separator: ", "))), any or feed")
        }
    }
}

/// The figures after a rule's condition word, read one by one.
private struct AlertRuleWords {
    var words: ArraySlice<String>
    let fail: (String) -> AlertRuleError

    private mutating func next(_ what: String) throws(AlertRuleError) -> String {
        guard let word = words.popFirst() else { throw fail("expected \(what)") }
        return word
    }

    mutating func price() throws(AlertRuleError) -> Price {
        let word = try next("a price")
        guard let price = Price(word.filter { $0 != "," }), price.units > 0 else { throw fail("\"\(word)\" is not a price") }
        return price
    }

    /// `5%` (or `5`) — a positive percentage.
    mutating func percent() throws(AlertRuleError) -> Double {
        let word = try next("a percentage")
        guard let value = Double(word.hasSuffix("%") ? String(word.dropLast()) : word), value > 0, value < 1_000 else {
            throw fail("\"\(word)\" is not a percentage like 5%")
        }
        return value
    }

    /// `3x` — a factor above 1.
    mutating func factor() throws(AlertRuleError) -> Double {
        let word = try next("a factor")
        guard let value = Double(word.lowercased().hasSuffix("x") ? String(word.dropLast()) : word), value > 1, value < 1_000 else {
            throw fail("\"\(word)\" is not a factor like 3x")
        }
        return value
    }

    /// `in 5m`: a window of 1 to 120 minutes.
    mutating func window() throws(AlertRuleError) -> Int {
        guard try next("in Nm").lowercased() == "in" else { throw fail("expected in Nm (minutes)") }
        let millis = try duration()
        guard millis % 60_000 == 0, (1...120).contains(millis / 60_000) else { throw fail("the window is 1m to 120m") }
        return Int(millis / 60_000)
    }

    /// `30s`, `10m`, `1h`.
    mutating func duration() throws(AlertRuleError) -> EpochMillis {
        let word = try next("a duration like 30s or 10m")
        let units: [Character: EpochMillis] = ["s": 1_000, "m": 60_000, "h": 3_600_000]
        guard let unit = word.last.flatMap({ units[Character($0.lowercased())] }), let count = Int64(word.dropLast()), count > 0,
            count <= 86_400
        else { throw fail("\"\(word)\" is not a duration like 30s or 10m") }
        return count * unit
    }

    /// A positive number, with `K`, `M`, `B` and a `₱` when `suffixes`: `50M`.
    mutating func number(suffixes: Bool) throws(AlertRuleError) -> Double {
        let word = try next("a number")
        var digits = word.filter { $0 != "," && $0 != "₱" }
        var scale = 1.0
        if suffixes, let last = digits.last, let multiple = ["k": 1e3, "m": 1e6, "b": 1e9][last.lowercased()] {
            scale = multiple
            digits.removeLast()
        }
        guard let value = Double(digits), value > 0, value * scale < 1e15 else { throw fail("\"\(word)\" is not a positive number") }
        return value * scale
    }
}

extension AlertText {
    /// A rule's figure without a trailing `.0`.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value)
    }

    /// A cool-down as the rule language writes it: `10m`, `45s`, `1h`.
    static func duration(_ millis: EpochMillis) -> String {
        millis % 3_600_000 == 0 ? "\(millis / 3_600_000)h" : millis % 60_000 == 0 ? "\(millis / 60_000)m" : "\(millis / 1000)s"
    }
}
