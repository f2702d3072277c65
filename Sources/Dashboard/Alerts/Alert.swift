import MarketData

/// An alert that fired: which rule, about what, the reading that fired it and when (data time).
public struct Alert: Hashable, Sendable {
    /// The rule's name (`AlertRule.name`).
    public let rule: String
    /// The rule's kind (`AlertCondition.kind`): `price-above`, `halt`, `feed-down`, …
    public let kind: String
    /// What it is about: a symbol, an index code, or `feed`.
    public let subject: String
    /// What happened, in words, already safe for a terminal (wire text such as a halt reason is sanitised).
    public let message: String
    /// The reading that fired it (a price, a percentage, a factor, pesos, seconds, records), if it has one.
    public let value: Double?
    /// The data clock when it fired (nil before the first timestamped record).
    public let dataTime: EpochMillis?
    /// The wall time of the live records that fired it; 0 when it fired while a replay seeked, a snapshot was
    /// computed or a replay rebuilt its state — such alerts are listed but not announced (flash, bell, hook).
    public let announcedAt: EpochMillis

    public init(
        rule: String, kind: String, subject: String, message: String, value: Double?, dataTime: EpochMillis?, announcedAt: EpochMillis
    ) {
        self.rule = rule; self.kind = kind; self.subject = subject; self.message = message; self.value = value
        self.dataTime = dataTime; self.announcedAt = announcedAt
    }

    /// True when the alert is to be announced (it fired on live or played records).
    public var isAnnounced: Bool { announcedAt > 0 }
}
