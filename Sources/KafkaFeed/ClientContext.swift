import CRdKafka
import Foundation
import Logging
import Synchronization

/// State shared with librdkafka's C callbacks (logs, errors, delivery reports, statistics), reached through the handle's
/// opaque pointer. It outlives the handle: `KafkaHandle` keeps it and destroys the handle first.
final class ClientContext: Sendable {
    let logger: Logger
    private let pending = Mutex<[KafkaEvent]>([])
    private let deliveries = Mutex(DeliveryReport())
    /// The latest specific connection problem, so "all brokers are down" can say why.
    private let lastProblem = Mutex<String?>(nil)
    /// The newest statistics report not taken yet (JSON).
    private let statistics = Mutex<Data?>(nil)

    init(logger: Logger) { self.logger = logger }

    func post(_ event: KafkaEvent) { pending.withLock { $0.append(event) } }

    /// The events posted since the last call.
    func takeEvents() -> [KafkaEvent] {
        pending.withLock { events in
            defer { events = [] }; return events
        }
    }

    func recordDelivery(_ error: rd_kafka_resp_err_t) {
        deliveries.withLock { report in
            if error == RD_KAFKA_RESP_ERR_NO_ERROR {
                report.delivered += 1
            } else {
                report.failed += 1
                if report.firstError == nil { report.firstError = KafkaError(error, context: "delivery failed") }
            }
        }
    }

    var deliveryReport: DeliveryReport { deliveries.withLock { $0 } }

    /// The newest statistics report since the last call, if any (older ones are dropped).
    func takeStatistics() -> Data? {
        statistics.withLock { report in
            defer { report = nil }; return report
        }
    }

    static func from(_ opaque: UnsafeMutableRawPointer?) -> ClientContext? {
        opaque.map { Unmanaged<ClientContext>.fromOpaque($0).takeUnretainedValue() }
    }

    /// Installs the log, error, delivery-report and statistics callbacks on `conf` and points its opaque at `self`.
    func install(on conf: OpaquePointer) {
        rd_kafka_conf_set_opaque(conf, Unmanaged.passUnretained(self).toOpaque())
        rd_kafka_conf_set_dr_msg_cb(conf) { _, message, opaque in
            guard let message, let context = ClientContext.from(opaque) else { return }
            context.recordDelivery(message.pointee.err)
        }
        rd_kafka_conf_set_stats_cb(conf) { _, json, length, opaque in
            guard let json, let context = ClientContext.from(opaque) else { return 0 }
            let report = Data(bytes: json, count: length)
            context.statistics.withLock { $0 = report }
            return 0  // librdkafka frees the JSON
        }
        rd_kafka_conf_set_log_cb(conf) { handle, level, facility, message in
            guard let handle, let context = ClientContext.from(rd_kafka_opaque(handle)) else { return }
            let text = "\(facility.map { String(cString: $0) } ?? ""): \(message.map { String(cString: $0) } ?? "")"
            context.logger.log(level: level <= 3 ? .error : level <= 5 ? .warning : .debug, "\(text)")
        }
        rd_kafka_conf_set_error_cb(conf) { _, error, reason, opaque in
            guard let context = ClientContext.from(opaque) else { return }
            let text = reason.map { String(cString: $0) } ?? ""
            context.logger.warning("kafka: \(text)")
            switch error {
            case RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN.rawValue:
                context.post(.allBrokersDown(context.lastProblem.withLock { $0 }.map { "\(text): \(withoutBrokerName($0))" } ?? text))
            case RD_KAFKA_RESP_ERR__TRANSPORT.rawValue:
                context.lastProblem.withLock { $0 = text }
                context.post(.brokerDown(text))
            default:
                context.lastProblem.withLock { $0 = text }
                context.post(.error(KafkaError(code: error, message: text, context: "kafka")))
            }
        }
    }
}

/// How many produced records the brokers acknowledged, and the first failure if any.
public struct DeliveryReport: Hashable, Sendable {
    public var delivered = 0
    public var failed = 0
    public var firstError: KafkaError?
}

/// librdkafka's message without its leading broker name (`sasl_ssl://host:9092/1: `), which the status bar
/// already shows as the bootstrap address.
func withoutBrokerName(_ message: String) -> String {
    guard let range = message.range(of: #"^[a-z_]+://[^ ]+/[^ :]+: "#, options: .regularExpression) else { return message }
    return String(message[range.upperBound...])
}
