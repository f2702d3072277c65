import Dashboard
import MarketData
import Recording
import Simulator
import Testing

/// A session file holds records in consumption order, which depends on how the consumer interleaved the partitions.
/// Whatever the interleaving, and even when the day's reference data is consumed last, the records put in effect
/// order (`SessionOrder`) must leave the dashboard in the same state: same prices, same counts, no spurious warnings.
@Suite struct ReorderedSessionTests {
    /// The morning of a simulated day with listings outside the PSEi (reference data, pre-open, the open, trades,
    /// quotes, a halt and its resumption).
    static let day: [FeedRecord] = MarketSimulator(.init(seed: 1, date: "2026-11-25", extraSymbols: 5))!
        .prefix { $0.timestamp < 1_795_577_400_000 }  // 11:30 PHT
        .map { event in
            var record = event.record
            record.partition = Int32(record.key!.reduce(0) { ($0 &* 31 &+ Int($1)) & 0xFFFF } % 16)
            return record
        }

    @Test(arguments: [1, 2, 3, 4, 5, 6, 7, 8] as [UInt64])
    func anyInterleavingOfPartitionsGivesTheSameState(seed: UInt64) {
        #expect(Self.day.contains { $0.topic == "pse.status" && String(decoding: $0.value, as: UTF8.self).contains("halted") })
        var random = SeededRandom(seed: seed)
        let reordered = Self.interleave(Self.day, referenceLast: seed % 2 == 0, random: &random)
        #expect(reordered != Self.day, "the interleaving should change the order")
        let expected = Self.state(after: Self.day)
        let actual = Self.state(after: reordered)
        #expect(actual.feed.counters.warnings.isEmpty, "warnings: \(actual.feed.counters.warnings)")
        #expect(actual.feed.counters.gaps == 0 && actual.feed.counters.duplicates == 0)
        #expect(actual.market.stocks == expected.market.stocks)
        #expect(actual.market.indices == expected.market.indices)
        #expect(actual.market.phase == expected.market.phase && actual.market.openedAt == expected.market.openedAt)
        #expect(actual.market.dataClock == expected.market.dataClock)
        #expect(actual.feed.counters.applied == Self.day.count)
    }

    @Test func referenceDataOfTheDayTakesEffectBeforeTheDaysFirstRecordEvenWhenPublishedLater() {
        let trade = FeedRecord(topic: "pse.trades", timestamp: 1_795_570_300_000, key: Array("ALI".utf8), value: [])
        let late = FeedRecord(
            topic: "pse.ref", timestamp: 1_795_580_000_000, key: Array("ALI".utf8),
            value: Array(#"{"sym":"ALI","prevClose":22.05,"date":"2026-11-25"}"#.utf8))
        let nextDay = FeedRecord(
            topic: "pse.ref", timestamp: 1_795_580_000_001, key: Array("ALI".utf8),
            value: Array(#"{"sym":"ALI","prevClose":22.10,"date":"2026-11-26"}"#.utf8))
        let (records, times) = SessionOrder.arrange([trade, nextDay, late])
        #expect(records == [late, trade, nextDay])
        #expect(times == [trade.timestamp, trade.timestamp, nextDay.timestamp])
    }

    /// The records as a consumer could have delivered them: each partition of each topic in its own order, the
    /// partitions interleaved at random (the reference topic after everything else when `referenceLast`).
    static func interleave(_ records: [FeedRecord], referenceLast: Bool, random: inout SeededRandom) -> [FeedRecord] {
        var queues: [String: ArraySlice<FeedRecord>] = [:]
        var names: [String] = []
        for record in records {
            let name = "\(record.topic)[\(record.partition)]"
            if queues[name] == nil { names.append(name) }
            queues[name, default: []].append(record)
        }
        var result: [FeedRecord] = []
        var deferred: [FeedRecord] = []
        while !names.isEmpty {
            let pick = random.int(in: 0...(names.count - 1))
            let take = random.int(in: 1...500)
            let chunk = queues[names[pick]]!.prefix(take)
            queues[names[pick]]!.removeFirst(chunk.count)
            if referenceLast && names[pick].hasPrefix("pse.ref") { deferred += chunk } else { result += chunk }
            if queues[names[pick]]!.isEmpty { names.remove(at: pick) }
        }
        return result + deferred
    }

    static func state(after records: [FeedRecord]) -> DashboardState {
        var state = DashboardState(source: "test")
        let ordered = SessionOrder.arrange(records).records
        Dashboard.reduce(into: &state, action: .records(ordered.map(WireCodec.decode), receivedAt: 0))
        return state
    }
}
