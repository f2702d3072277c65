import Foundation
import KafkaFeed
import Logging

/// Reads a cluster until every partition is read to its end (or `shouldStop`), handing each batch over;
/// a cluster that does not answer, or topics that never finish, end in one clear error at the deadline.
struct KafkaDrain {
    let consumer: KafkaConsumer
    let bootstrap: String
    let timeoutSeconds: Double

    /// - Parameter untilCaughtUp: false to keep reading (until `shouldStop`) after the end is reached.
    func run(untilCaughtUp: Bool = true, shouldStop: () -> Bool = { false },
             onBatch: (KafkaConsumer.Batch) throws -> Void) throws {
        let deadline = Date().addingTimeInterval(timeoutSeconds)
        var connected = false
        var lastProblem = "no answer from \(bootstrap)"
        while !shouldStop() {
            if untilCaughtUp && connected && consumer.isCaughtUp { return }
            // A cluster that never answers fails at the deadline; when reading to the end, so do topics that never end.
            if (!connected || untilCaughtUp) && Date() >= deadline {
                throw CommandFailure("gave up after \(Int(timeoutSeconds)) s: \(lastProblem)")
            }
            let batch = consumer.poll(timeoutMs: 100)
            for event in batch.events {
                switch event {
                case .connected: connected = true
                case .allBrokersDown(let reason), .brokerDown(let reason): lastProblem = reason
                case .topicMissing(let topic): lastProblem = "topic \(topic) does not exist"
                case .error(let error): lastProblem = error.description
                case .lag: break
                }
            }
            try onBatch(batch)
        }
    }
}
