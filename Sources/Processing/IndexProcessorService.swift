import Foundation
import KafkaFeed
import Logging
import MarketData

/// Runs an `IndexProcessor` on Kafka: reads all of the reference topic (assigned, from the beginning) first, then
/// the trades and partials topics as a member of `group` (so the instances of one group share their partitions),
/// publishes partials and levels with the idempotent producer and commits no offsets, so that every partition an
/// instance is given is read from the beginning of the day. Rebalances are seen in the assignment after each poll.
public struct IndexProcessorService {
    /// Why the processor stopped: one line for the user.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String
    }

    let bootstrap: String
    let group: String
    let topics: IndexProcessorTopics
    let overrides: [(key: String, value: String)]
    let logger: Logger

    public init(
        bootstrap: String, group: String, topics: IndexProcessorTopics, overrides: [(key: String, value: String)], logger: Logger
    ) {
        self.bootstrap = bootstrap; self.group = group; self.topics = topics; self.overrides = overrides; self.logger = logger
    }

    /// Runs until `shouldStop`, then flushes what it has published.
    public func run(shouldStop: () -> Bool) throws {
        do {
            let producer = try KafkaProducer(
                bootstrapServers: bootstrap, overrides: overrides + [("enable.idempotence", "true")], logger: logger)
            guard let partitions = try tradePartitions(producer, shouldStop: shouldStop) else { return }
            var processor = IndexProcessor(tradePartitions: partitions)
            let reference = try KafkaConsumer(
                bootstrapServers: bootstrap, topics: [topics.reference], overrides: overrides, logger: logger)
            try KafkaDrain(consumer: reference, bootstrap: bootstrap, timeoutSeconds: 60, waitForTopic: true).read(
                untilCaughtUp: true, shouldStop: shouldStop
            ) { batch in takeReference(batch.records, into: &processor) }
            logger.info("reference data read: \(processor.book.computable.count) indices to compute over \(partitions) partitions")
            let consumer = try KafkaConsumer(
                bootstrapServers: bootstrap, topics: [topics.trades, topics.partials], mode: .group(group),
                overrides: overrides + [("enable.auto.commit", "false")], logger: logger)
            var assignment: Set<TopicPartition> = []
            while !shouldStop() {
                takeReference(reference.poll(timeoutMs: 0).records, into: &processor)
                let batch = consumer.poll(timeoutMs: 100)
                for event in batch.events where event.isWorthLogging { logger.info("kafka event: \(event)") }
                for record in batch.records { try take(record, into: &processor, producer: producer) }
                assignment = follow(consumer.assignment, from: assignment, processor: &processor)
                for partition in assignment where partition.topic == topics.trades {
                    guard let high = consumer.highWatermark(of: partition),
                        processor.nextOffset(ofTradePartition: partition.partition) >= high
                    else { continue }
                    try publish(processor.caughtUp(partition: partition.partition), producer: producer)
                }
                producer.poll()
            }
            try producer.flush()
        } catch let error as KafkaError {
            throw Failure(description: "\(error)")
        } catch let error as KafkaDrain.Failure {
            throw Failure(description: "reading \(topics.reference): \(error)")
        }
    }

    /// The trades topic's partition count, waiting for the topic to exist.
    private func tradePartitions(_ producer: KafkaProducer, shouldStop: () -> Bool) throws(KafkaError) -> Int32? {
        while !shouldStop() {
            if let count = try producer.partitionCounts()[topics.trades], count > 0 { return count }
            logger.info("waiting for topic \(TerminalSafe.sanitize(topics.trades))")
            Thread.sleep(forTimeInterval: 1)
        }
        return nil
    }

    private func takeReference(_ records: [FeedRecord], into processor: inout IndexProcessor) {
        for record in records {
            switch WireCodec.decode(record) {
            case .success(.reference(let reference)): processor.apply(reference)
            case .success: break
            case .failure(let error): logger.warning("rejected record: \(error)")
            }
        }
    }

    private func take(_ record: FeedRecord, into processor: inout IndexProcessor, producer: KafkaProducer) throws(KafkaError) {
        if record.topic == topics.partials {
            let partial: IndexPartial
            do {
                partial = try IndexPartial(wireValue: record.value)
            } catch {
                logger.warning("rejected partial at \(TerminalSafe.sanitize(record.topic))[\(record.partition)]@\(record.offset): \(error)")
                return
            }
            try publish(processor.apply(partial, partialsPartition: record.partition, offset: record.offset), producer: producer)
            return
        }
        switch WireCodec.decode(record) {
        case .success(.trade(let trade)):
            try publish(processor.apply(trade, partition: record.partition, offset: record.offset), producer: producer)
        case .success:
            processor.skip(partition: record.partition, offset: record.offset)
        case .failure(let error):
            logger.warning("rejected record: \(error)")
            processor.skip(partition: record.partition, offset: record.offset)
        }
    }

    /// Forgets the partitions taken away since the last poll and logs the change.
    private func follow(
        _ current: Set<TopicPartition>, from previous: Set<TopicPartition>, processor: inout IndexProcessor
    ) -> Set<TopicPartition> {
        guard current != previous else { return current }
        for revoked in previous.subtracting(current) {
            if revoked.topic == topics.trades {
                processor.revoke(tradePartition: revoked.partition)
            } else {
                processor.revoke(partialsPartition: revoked.partition)
            }
        }
        let names = current.sorted { ($0.topic, $0.partition) < ($1.topic, $1.partition) }.map(\.description)
        logger.info("assigned: \(names.joined(separator: " "))")
        return current
    }

    private func publish(_ partials: [IndexPartial], producer: KafkaProducer) throws(KafkaError) {
        for partial in partials {
            try producer.send(
                topic: topics.partials, key: Array(partial.code.rawValue.utf8), value: partial.wireValue,
                timestamp: max(partial.through - 1, 0))
        }
    }

    private func publish(_ levels: [IndexLevel], producer: KafkaProducer) throws(KafkaError) {
        for level in levels {
            try producer.send(
                topic: topics.output, key: Array(level.code.rawValue.utf8), value: WireCodec.encode(.index(level)),
                timestamp: level.timestamp)
        }
    }
}

extension KafkaEvent {
    /// Everything but the once-a-second lag report.
    fileprivate var isWorthLogging: Bool {
        if case .lag = self { false } else { true }
    }
}
