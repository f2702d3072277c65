import CRdKafka

/// A librdkafka failure: what we were doing, librdkafka's error code and its own message.
public struct KafkaError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The raw `rd_kafka_resp_err_t` value (negative for client-local errors).
    public let code: Int32
    public let message: String
    public let context: String

    public init(code: Int32, message: String, context: String) {
        self.code = code; self.message = message; self.context = context
    }

    init(_ error: rd_kafka_resp_err_t, context: String) {
        self.init(code: error.rawValue, message: String(cString: rd_kafka_err2str(error)), context: context)
    }

    public var description: String { "\(context): \(message)" }

    /// True for a failed TLS handshake or SASL authentication: retrying with the same settings cannot help.
    public var isSecurityFailure: Bool {
        code == RD_KAFKA_RESP_ERR__SSL.rawValue || code == RD_KAFKA_RESP_ERR__AUTHENTICATION.rawValue
    }
}

/// Runs one librdkafka call that reports failure through its return code, turning a failure into a
/// `KafkaError` with librdkafka's message (the model is swift-nio's `syscall` wrapper).
@discardableResult
func rdkafka(_ context: @autoclosure () -> String, _ call: () -> rd_kafka_resp_err_t) throws(KafkaError) -> rd_kafka_resp_err_t {
    let result = call()
    guard result == RD_KAFKA_RESP_ERR_NO_ERROR else { throw KafkaError(result, context: context()) }
    return result
}
