import CRdKafka

/// Owns one `rd_kafka_t` and the context its callbacks use; destroys the handle before the context.
final class KafkaHandle: @unchecked Sendable {
    let pointer: OpaquePointer
    let context: ClientContext

    /// Creates a producer or consumer from `configuration`; librdkafka's own message on failure.
    init(_ type: rd_kafka_type_t, _ configuration: KafkaConfiguration, context: ClientContext, role: String) throws(KafkaError) {
        let conf = try configuration.makeConf()
        context.install(on: conf)
        var errorText = [CChar](repeating: 0, count: 512)
        guard let handle = rd_kafka_new(type, conf, &errorText, errorText.count) else {
            rd_kafka_conf_destroy(conf)
            let reason = String(decoding: errorText.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            throw KafkaError(code: RD_KAFKA_RESP_ERR__FAIL.rawValue, message: reason, context: "cannot create Kafka \(role)")
        }
        pointer = handle
        self.context = context
    }

    deinit { rd_kafka_destroy(pointer) }

    /// Metadata for every topic of the cluster, or librdkafka's error (e.g. all brokers down) after `timeoutMs`.
    func topicPartitions(timeoutMs: Int32) throws(KafkaError) -> [String: Int32] {
        var metadata: UnsafePointer<rd_kafka_metadata>?
        try rdkafka("cannot fetch Kafka metadata") { rd_kafka_metadata(pointer, 1, nil, &metadata, timeoutMs) }
        defer { rd_kafka_metadata_destroy(metadata) }
        var result: [String: Int32] = [:]
        guard let metadata = metadata?.pointee else { return result }
        for index in 0..<Int(metadata.topic_cnt) {
            let topic = metadata.topics[index]
            guard topic.err == RD_KAFKA_RESP_ERR_NO_ERROR, topic.partition_cnt > 0 else { continue }
            result[String(cString: topic.topic)] = topic.partition_cnt
        }
        return result
    }
}
