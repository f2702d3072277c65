import CRdKafka
import Foundation
import MarketData

/// librdkafka properties in the order they are applied: our defaults first, then every `-X key=value`
/// verbatim, so a user's setting always wins. An unknown key or a bad value is a clear error.
public struct KafkaConfiguration: Sendable {
    public private(set) var properties: [(key: String, value: String)] = []

    public init(_ properties: [(key: String, value: String)] = []) { self.properties = properties }

    public mutating func set(_ key: String, _ value: String) { properties.append((key, value)) }

    /// Parses a `-X` argument `key=value`; nil when there is no `=` or the key is empty.
    public static func parseOverride(_ argument: String) -> (key: String, value: String)? {
        guard let equals = argument.firstIndex(of: "="), equals != argument.startIndex else { return nil }
        return (String(argument[..<equals]), String(argument[argument.index(after: equals)...]))
    }

    /// `key=value`, or `key=******` for secrets (`SecretProperty`).
    public static func describe(_ key: String, _ value: String) -> String {
        "\(key)=\(SecretProperty.shown(key, value))"
    }

    /// Why librdkafka refuses `key=value` (an unknown property, a bad value; a secret value masked), or nil when
    /// it takes it. Connects to nothing.
    public static func problem(key: String, value: String) -> String? {
        do {
            rd_kafka_conf_destroy(try KafkaConfiguration([(key, value)]).makeConf())
            return nil
        } catch {
            return error.description
        }
    }

    /// A new `rd_kafka_conf_t` with every property applied; the caller owns it.
    func makeConf() throws(KafkaError) -> OpaquePointer {
        let conf = rd_kafka_conf_new()!
        var errorText = [CChar](repeating: 0, count: 512)
        for (key, value) in properties {
            let result = rd_kafka_conf_set(conf, key, value, &errorText, errorText.count)
            guard result == RD_KAFKA_CONF_OK else {
                rd_kafka_conf_destroy(conf)
                var reason = String(decoding: errorText.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                if SecretProperty.isSecret(key), !value.isEmpty { reason = reason.replacingOccurrences(of: value, with: "******") }
                let what = result == RD_KAFKA_CONF_UNKNOWN ? "unknown Kafka configuration property" : "invalid Kafka configuration"
                throw KafkaError(
                    code: RD_KAFKA_RESP_ERR__INVALID_ARG.rawValue, message: reason,
                    context: "\(what) \(KafkaConfiguration.describe(key, value))")
            }
        }
        return conf
    }
}
