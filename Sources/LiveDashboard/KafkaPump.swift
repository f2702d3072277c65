import Dashboard
import Foundation
import KafkaFeed
import Logging
import MarketData

/// Reads Kafka on its own thread, decodes each batch and posts it (with connection changes) to the UI loop.
public struct KafkaPump: Sendable {
    let consumer: KafkaConsumer
    let inbox: ActionInbox
    let logger: Logger

    public init(consumer: KafkaConsumer, inbox: ActionInbox, logger: Logger) {
        self.consumer = consumer; self.inbox = inbox; self.logger = logger
    }

    /// Starts the thread; it runs until `shouldStop` returns true.
    public func start(shouldStop: @escaping @Sendable () -> Bool) {
        let thread = Thread {
            while !shouldStop() {
                let batch = consumer.poll(timeoutMs: 100)
                inbox.post(actions(for: batch, logger: logger), shouldStop: shouldStop)
            }
        }
        thread.name = "kafka"
        thread.start()
    }
}

/// Decodes a consumer batch into dashboard actions (the cluster's statistics too); rejected records are logged with
/// their coordinates.
func actions(for batch: KafkaConsumer.Batch, logger: Logger) -> [DashboardAction] {
    var actions = batch.events.compactMap { event -> DashboardAction? in
        if case .lag(let lag) = event {
            return .lag(ConsumerLag(partitions: Dictionary(uniqueKeysWithValues: lag.map { ($0.key.description, $0.value) })))
        }
        logger.info("kafka event: \(event)")
        return connectionState(for: event).map { .connection($0) }
    }
    if !batch.records.isEmpty {
        actions.append(.records(decode(batch.records, logger: logger), receivedAt: wallClockMillis()))
    }
    if let cluster = batch.cluster { actions.append(.cluster(cluster)) }
    return actions
}

/// What a Kafka event means for the status bar.
func connectionState(for event: KafkaEvent) -> ConnectionState? {
    switch event {
    case .connected: .live
    case .brokerDown(let reason): .reconnecting(reason)
    case .allBrokersDown(let reason): .disconnected(reason)
    case .topicMissing(let topic): .waitingForTopic(topic)
    case .error, .lag: nil
    }
}
