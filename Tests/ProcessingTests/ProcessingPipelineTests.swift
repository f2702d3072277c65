import Dashboard
import MarketData
import Processing
import Testing

/// The processor's output, defined as the last level published per index and minute, is the same whether one
/// instance does all the work or several share it (killed and replaced midway), and equals the dashboard's own
/// computed level at the end of each minute.
@Suite struct ProcessingPipelineTests {
    static let day = SimulatedTradingDay(partitions: 4)

    /// One instance reading every partition in turn (a batch of each), then owning every index.
    @Test func oneInstanceMatchesTheDashboardEveryMinute() throws {
        var instance = Self.processor()
        var partials: [IndexPartial] = []
        for slice in Self.interleaved(Self.day.trades, batch: 7) {
            partials += instance.apply(slice.trade, partition: slice.partition, offset: slice.offset)
        }
        for partition in 0..<Self.day.partitions { partials += instance.caughtUp(partition: partition) }
        var output = OutputView()
        for (offset, partial) in partials.enumerated() { output.take(instance.apply(partial, partialsPartition: 0, offset: Int64(offset))) }

        let expected = Self.day.dashboardLevels()
        try #require(expected.count > 1_000, "a day of minutes for several indices")
        #expect(output.points.count == expected.count)
        let differing = expected.filter { output.points[$0.key] != $0.value }.keys.sorted { $0.time < $1.time }
        #expect(differing.isEmpty, "first differing points: \(differing.prefix(5))")
    }

    /// Two instances split the partitions and the indices; one is killed halfway and a third rebuilds its
    /// partitions from the beginning and re-reads the partials of the indices it now owns.
    @Test func sharedWorkWithAKilledInstanceGivesTheSameOutput() {
        var (first, second, third) = (Self.processor(), Self.processor(), Self.processor())
        // Partials topic: two partitions; index codes of even raw-value length go to partition 0.
        var partialsLog: [[IndexPartial]] = [[], []]
        func publish(_ partials: [IndexPartial]) {
            for partial in partials { partialsLog[partial.code.rawValue.count % 2].append(partial) }
        }
        let trades = Self.interleaved(Self.day.trades, batch: 5)
        let half = trades.count / 2
        for slice in trades[..<half] {
            publish(
                slice.partition % 2 == 0
                    ? first.apply(slice.trade, partition: slice.partition, offset: slice.offset)
                    : second.apply(slice.trade, partition: slice.partition, offset: slice.offset))
        }
        // The owners so far: the first owns partials partition 0, the second partition 1.
        var output = OutputView()
        for (index, partial) in partialsLog[0].enumerated() {
            output.take(first.apply(partial, partialsPartition: 0, offset: Int64(index)))
        }
        for (index, partial) in partialsLog[1].enumerated() {
            output.take(second.apply(partial, partialsPartition: 1, offset: Int64(index)))
        }
        let read = [partialsLog[0].count, partialsLog[1].count]

        // The first is killed: the third takes its trades partitions from the beginning and partials partition 0.
        let readByFirst = Dictionary(trades[..<half].map { ($0.partition, $0.offset) }, uniquingKeysWith: max)
        let reread = Self.day.trades.filter { $0.partition % 2 == 0 && $0.offset <= readByFirst[$0.partition] ?? -1 }
        for slice in Self.interleaved(reread, batch: 3) {
            publish(third.apply(slice.trade, partition: slice.partition, offset: slice.offset))
        }
        for slice in trades[half...] {
            publish(
                slice.partition % 2 == 0
                    ? third.apply(slice.trade, partition: slice.partition, offset: slice.offset)
                    : second.apply(slice.trade, partition: slice.partition, offset: slice.offset))
        }
        for partition in 0..<Self.day.partitions {
            publish(partition % 2 == 0 ? third.caughtUp(partition: partition) : second.caughtUp(partition: partition))
        }
        for (index, partial) in partialsLog[0].enumerated() {
            output.take(third.apply(partial, partialsPartition: 0, offset: Int64(index)))
        }
        for (index, partial) in partialsLog[1].enumerated().dropFirst(read[1]) {
            output.take(second.apply(partial, partialsPartition: 1, offset: Int64(index)))
        }

        let expected = Self.day.dashboardLevels()
        #expect(output.points.count == expected.count)
        let differing = expected.filter { output.points[$0.key] != $0.value }.keys.sorted { $0.time < $1.time }
        #expect(differing.isEmpty, "first differing points: \(differing.prefix(5))")
    }

    @Test func aPartitionReadAgainFromTheBeginningStartsOver() {
        var processor = Self.processor()
        let trades = Self.day.trades.filter { $0.partition == 0 }.prefix(400)
        var firstRun: [IndexPartial] = []
        for slice in trades { firstRun += processor.apply(slice.trade, partition: 0, offset: slice.offset) }
        var secondRun: [IndexPartial] = []
        for slice in trades { secondRun += processor.apply(slice.trade, partition: 0, offset: slice.offset) }
        #expect(!firstRun.isEmpty && firstRun == secondRun)
    }

    @Test func caughtUpIsReportedOncePerChange() {
        var processor = Self.processor()
        let slice = Self.day.trades.first { $0.partition == 1 }!
        _ = processor.apply(slice.trade, partition: 1, offset: slice.offset)
        let report = processor.caughtUp(partition: 1)
        #expect(!report.isEmpty && report.allSatisfy(\.caughtUp))
        #expect(processor.caughtUp(partition: 1).isEmpty, "nothing new since")
        #expect(processor.caughtUp(partition: 2).allSatisfy { $0.traded.isEmpty && $0.firstMinute == nil }, "an empty partition")
    }

    @Test func noLevelUntilEveryPartitionHasReported() {
        var processor = Self.processor()
        var partials: [IndexPartial] = []
        for slice in Self.day.trades where slice.partition != 3 {
            partials += processor.apply(slice.trade, partition: slice.partition, offset: slice.offset)
        }
        var levels: [IndexLevel] = []
        for (offset, partial) in partials.enumerated() { levels += processor.apply(partial, partialsPartition: 0, offset: Int64(offset)) }
        #expect(!partials.isEmpty && levels.isEmpty)
    }

    static func processor() -> IndexProcessor {
        var processor = IndexProcessor(tradePartitions: day.partitions)
        for reference in day.references { processor.apply(reference) }
        return processor
    }

    /// The trades as a consumer of every partition gets them: `batch` of one partition, then of the next, in turn.
    static func interleaved(
        _ trades: [(trade: Trade, partition: Int32, offset: Int64)], batch: Int
    ) -> [(trade: Trade, partition: Int32, offset: Int64)] {
        var queues = Dictionary(grouping: trades, by: \.partition).mapValues { ArraySlice($0) }
        var result: [(trade: Trade, partition: Int32, offset: Int64)] = []
        while !queues.isEmpty {
            for partition in queues.keys.sorted() {
                result += queues[partition]!.prefix(batch)
                queues[partition] = queues[partition]!.dropFirst(batch)
                if queues[partition]!.isEmpty { queues[partition] = nil }
            }
        }
        return result
    }
}
