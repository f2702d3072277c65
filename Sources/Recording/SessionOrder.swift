import MarketData

/// The order in which a session's records take effect, whatever order the file holds them in.
///
/// A session is written in consumption order (partition by partition), so a status change or the day's reference
/// data can come after the trades it governs. Every reader that applies records — the interactive replay and
/// `snapshot --replay` alike — orders them here: by record time, and the reference data of a trading day before
/// any other record of that day (reference data describes the whole day; the time it was published at is not
/// when it starts to apply). Ties keep file order.
public enum SessionOrder {
    /// The records in effect order, each with the instant it takes effect.
    public static func arrange(_ records: [FeedRecord]) -> (records: [FeedRecord], times: [EpochMillis]) {
        let (order, times) = effectOrder(records)
        return (order.map { records[$0] }, times)
    }

    /// The effect order as indices into `records`, each with the instant that record takes effect (so callers can
    /// carry what they hold per record, such as its decoding, into the same order).
    public static func effectOrder(_ records: [FeedRecord]) -> (order: [Int], times: [EpochMillis]) {
        let referenceDates = records.map(referenceDate)
        var firstOfDay: [String: EpochMillis] = [:]
        for (record, referenceDate) in zip(records, referenceDates) where referenceDate == nil {
            let day = ManilaTime(epochMillis: record.timestamp).dateText
            firstOfDay[day] = min(firstOfDay[day] ?? record.timestamp, record.timestamp)
        }
        let keys = records.indices.map { index -> (time: EpochMillis, rank: Int, index: Int) in
            let record = records[index]
            guard let day = referenceDates[index] else { return (record.timestamp, 1, index) }
            return (min(record.timestamp, firstOfDay[day] ?? record.timestamp), 0, index)
        }.sorted { ($0.time, $0.rank, $0.index) < ($1.time, $1.rank, $1.index) }
        return (keys.map(\.index), keys.map(\.time))
    }

    /// The trading date a reference-data record applies to; nil for every other record (and for reference data
    /// that does not decode, which then takes effect at its own time like any record).
    private static func referenceDate(_ record: FeedRecord) -> String? {
        guard FeedTopic(topicName: record.topic) == .reference,
            case .success(.reference(let reference)) = WireCodec.decode(record)
        else { return nil }
        return reference.date
    }
}
