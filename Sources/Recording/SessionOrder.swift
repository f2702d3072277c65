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
        let referenceDays = records.map(referenceDay)
        // Each day's first record time, gathered over runs of records of one day (a file is mostly one long run).
        var firstOfDay: [TradingDay: EpochMillis] = [:]
        var run = (day: TradingDay?.none, first: EpochMillis.max)
        func endRun() { if let day = run.day { firstOfDay[day] = min(firstOfDay[day] ?? run.first, run.first) } }
        for (record, referenceDay) in zip(records, referenceDays) where referenceDay == nil {
            let day = TradingDay(containing: record.timestamp)
            if day != run.day {
                endRun()
                run = (day, record.timestamp)
            }
            run.first = min(run.first, record.timestamp)
        }
        endRun()
        // A key's place is its time, then reference data first, then file order: the last two in one integer.
        var keys = records.indices.map { index -> (time: EpochMillis, place: Int) in
            let record = records[index]
            guard let day = referenceDays[index] else { return (record.timestamp, records.count + index) }
            return (min(record.timestamp, firstOfDay[day] ?? record.timestamp), index)
        }
        keys.sort { $0.time != $1.time ? $0.time < $1.time : $0.place < $1.place }
        return (keys.map { $0.place % records.count }, keys.map(\.time))
    }

    /// The trading day a reference-data record applies to; nil for every other record (and for reference data that
    /// does not decode, which then takes effect at its own time like any record).
    private static func referenceDay(_ record: FeedRecord) -> TradingDay? {
        guard FeedTopic(topicName: record.topic) == .reference,
            case .success(.reference(let reference)) = WireCodec.decode(record)
        else { return nil }
        return TradingDay(date: reference.date)
    }
}
