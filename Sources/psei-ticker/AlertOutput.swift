import Dashboard
import Foundation
import KafkaFeed
import LiveDashboard
import Logging

/// Where `alerts` sends each alert as it fires: standard output, one JSON line written at once, or a Kafka topic,
/// the JSON line as the value and the alert's subject as the key.
enum AlertOutput {
    case standardOutput
    case topic(String, KafkaProducer)

    /// Publishing to `topic` on `cluster` through the project's (idempotent) producer.
    static func publishing(to topic: String, on cluster: ClusterConnection, logger: Logger) throws -> AlertOutput {
        do {
            return .topic(topic, try KafkaProducer(bootstrapServers: cluster.bootstrap, overrides: cluster.overrides, logger: logger))
        } catch {
            throw failure(topic, error)
        }
    }

    /// Sends one alert; a record the producer refuses, or a delivery that failed, is a failure naming the topic.
    func send(_ alert: Alert) throws {
        switch self {
        case .standardOutput:
            FileHandle.standardOutput.write(Data((alert.jsonLine + "\n").utf8))
        case .topic(let topic, let producer):
            do throws(KafkaError) {
                try producer.send(
                    topic: topic, key: Array(alert.subject.utf8), value: Array(alert.jsonLine.utf8),
                    timestamp: alert.dataTime ?? wallClockMillis())
                producer.poll()
                if let error = producer.deliveryReport.firstError { throw error }
            } catch {
                throw Self.failure(topic, error)
            }
        }
    }

    /// Waits until every alert sent is delivered (a topic), or fails naming the topic.
    func finish() throws {
        guard case .topic(let topic, let producer) = self else { return }
        do throws(KafkaError) { try producer.flush() } catch { throw Self.failure(topic, error) }
    }

    private static func failure(_ topic: String, _ error: KafkaError) -> CommandFailure {
        CommandFailure("--produce \(topic): \(error)")
    }
}
