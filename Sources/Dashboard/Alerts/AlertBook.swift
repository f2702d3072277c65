import MarketData

/// The alert rules, their arming, and the day's alerts, oldest first (`DashboardState.alerts`). Part of the state the
/// reducer builds from the records, so a replay or a snapshot fires exactly what the live day fired.
public struct AlertBook: Hashable, Sendable {
    /// The day's alerts kept; older ones are dropped first (`firedCount` still counts them).
    public static let capacity = 1_000

    public let rules: [AlertRule]
    var triggers: [AlertTrigger]
    /// Rule positions by what they watch, so a trade checks only its own stock's rules.
    private let bySymbol: [Symbol: [Int]]
    private let byIndex: [IndexCode: [Int]]
    /// Rules about any stock (a halt, a block sale anywhere) and about the feed.
    let anyStock: [Int]
    let feedRules: [Int]
    public private(set) var fired: [Alert] = []
    public private(set) var firedCount = 0
    /// The newest alert about each subject (a symbol, an index, `feed`), for the rows' badges.
    public private(set) var latestBySubject: [String: Alert] = [:]
    /// When the feed was first seen down, for `feedDown`.
    var feedDownSince: EpochMillis?

    public init(rules: [AlertRule] = []) {
        self.rules = rules
        triggers = Array(repeating: AlertTrigger(), count: rules.count)
        var bySymbol: [Symbol: [Int]] = [:]
        var byIndex: [IndexCode: [Int]] = [:]
        var anyStock: [Int] = []
        var feedRules: [Int] = []
        for (position, rule) in rules.enumerated() {
            switch rule.condition {
            case .indexLevel(let code, _), .indexChangePercent(let code, _): byIndex[code, default: []].append(position)
            case .feedDown, .feedLag, .malformed: feedRules.append(position)
            case .halt(nil), .blockSale(nil): anyStock.append(position)
            default: if let symbol = rule.condition.symbol { bySymbol[symbol, default: []].append(position) }
            }
        }
        self.bySymbol = bySymbol; self.byIndex = byIndex; self.anyStock = anyStock; self.feedRules = feedRules
    }

    /// Adds `rule` (the `!` form's), keeping every other rule's arming and the day's alerts; false, and nothing
    /// added, when the book has the rule already.
    @discardableResult
    public mutating func add(_ rule: AlertRule) -> Bool {
        guard !rules.contains(rule) else { return false }
        var book = AlertBook(rules: rules + [rule])
        book.triggers = triggers + [AlertTrigger()]
        book.fired = fired
        book.firedCount = firedCount
        book.latestBySubject = latestBySubject
        book.feedDownSince = feedDownSince
        self = book
        return true
    }

    /// The positions of the rules about one stock, then those about any stock.
    func rules(for symbol: Symbol) -> [Int] { (bySymbol[symbol] ?? []) + anyStock }

    func rules(for index: IndexCode) -> [Int] { byIndex[index] ?? [] }

    mutating func record(_ alert: Alert) {
        if fired.count == Self.capacity { fired.removeFirst() }
        fired.append(alert)
        firedCount += 1
        latestBySubject[alert.subject] = alert
    }
}
