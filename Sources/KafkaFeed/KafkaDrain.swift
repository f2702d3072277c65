import Foundation
import MarketData
import Synchronization

/// Reads a cluster until every partition is read to its end (or `shouldStop`), handing each batch over;
/// the reading runs on a thread of its own so that it overlaps with what the caller does with the batches. A cluster that does not answer (within `connectSeconds` at most), or topics that never finish, end in one clear
/// error at the deadline; a failed TLS handshake or SASL authentication ends it at once, and so does a topic that
/// does not exist (or a pattern that matches none) unless `waitForTopic`.
public struct KafkaDrain: Sendable {
    /// Why reading stopped short: one line for the user.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    static let connectSeconds = 8.0

    let consumer: KafkaConsumer
    let bootstrap: String
    let timeoutSeconds: Double
    let waitForTopic: Bool

    public init(consumer: KafkaConsumer, bootstrap: String, timeoutSeconds: Double, waitForTopic: Bool) {
        self.consumer = consumer; self.bootstrap = bootstrap; self.timeoutSeconds = timeoutSeconds; self.waitForTopic = waitForTopic
    }

    /// Batches waiting between the reading thread and the caller at most (each up to 10,000 records).
    static let batchesAhead = 8

    /// Reads on a thread of its own (it polls the consumer, and runs `prepare` on each batch: decoding, say) while
    /// the calling thread runs `consume` on the prepared batches in order, so the two overlap on two cores — the
    /// pipeline of `snapshot`, `wrap` and `record`, as the dashboard's (`KafkaPump`). `shouldStop` is asked on the
    /// reading thread. A failure of either side stops both and is thrown here, after the reading thread is done
    /// with the consumer.
    /// - Parameter untilCaughtUp: false to keep reading (until `shouldStop`) after the end is reached.
    public func run<Prepared: Sendable>(
        untilCaughtUp: Bool = true, shouldStop: @escaping @Sendable () -> Bool = { false },
        prepare: @escaping @Sendable (KafkaConsumer.Batch) -> Prepared, consume: (Prepared) throws -> Void
    ) throws {
        let handoff = BatchHandoff<Prepared>(capacity: Self.batchesAhead)
        let failure = Mutex<(any Error)?>(nil)
        let reader = Thread { [self] in
            do {
                try read(untilCaughtUp: untilCaughtUp, shouldStop: { shouldStop() || handoff.isCancelled }) { batch in
                    handoff.put(prepare(batch))
                }
            } catch {
                failure.withLock { $0 = error }
            }
            handoff.finish()
        }
        reader.name = "kafka"
        reader.start()
        do {
            while let prepared = handoff.take() { try consume(prepared) }
        } catch {
            handoff.cancelAndWaitForFinish()
            throw error
        }
        if let error = failure.withLock({ $0 }) { throw error }
    }

    /// The same reading on the calling thread, each batch handed to `onBatch` as it comes: for readers whose work
    /// per batch is small (a short look at the cluster, `ClusterProbe`; the index processor's reference data).
    public func read(
        untilCaughtUp: Bool, shouldStop: () -> Bool, onBatch: (KafkaConsumer.Batch) throws -> Void
    ) throws {
        let started = Date()
        let deadline = started.addingTimeInterval(timeoutSeconds)
        let connectDeadline = started.addingTimeInterval(min(timeoutSeconds, Self.connectSeconds))
        var connected = false
        var lastProblem = "no answer from \(bootstrap)"
        while !shouldStop() {
            if untilCaughtUp && connected && consumer.isCaughtUp { return }
            // A cluster that never answers fails at the deadline; when reading to the end, so do topics that never end.
            if !connected && Date() >= connectDeadline {
                throw Failure(
                    description: "could not reach \(bootstrap) in \(Int(min(timeoutSeconds, Self.connectSeconds))) s: \(lastProblem)")
            }
            if untilCaughtUp && Date() >= deadline {
                throw Failure(description: "gave up after \(Int(timeoutSeconds)) s: \(lastProblem)")
            }
            let batch = consumer.poll(timeoutMs: 100)
            for event in batch.events {
                switch event {
                case .connected: connected = true
                // librdkafka reports a TLS client meeting a plaintext listener as a transport error.
                case .allBrokersDown(let reason), .brokerDown(let reason):
                    if !connected && reason.contains("SSL handshake failed") { throw Failure(description: reason) }
                    lastProblem = reason
                case .topicMissing(let topic):
                    lastProblem =
                        topic.hasPrefix("^") ? "no topic on \(bootstrap) matches \(topic)" : "topic \(topic) does not exist on \(bootstrap)"
                    if !waitForTopic { throw Failure(description: "stopped: \(lastProblem) (give --wait-for-topic to wait)") }
                case .error(let error) where error.isSecurityFailure && !connected: throw Failure(description: error.message)
                case .error(let error): lastProblem = error.description
                case .lag: break
                }
            }
            try onBatch(batch)
        }
    }
}
