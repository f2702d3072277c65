/// Why a record was rejected, with the coordinates of the record so it can be found again in Kafka.
public struct DecodeError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The kind of rejection; the dashboard counts rejections per reason.
    public enum Reason: String, CaseIterable, Hashable, Sendable {
        case oversized = "oversized record"
        case notJSON = "not JSON"
        case invalidUTF8 = "invalid UTF-8"
        case notAnObject = "not a JSON object"
        case tooDeep = "nesting too deep"
        case duplicateField = "duplicate field"
        case missingField = "missing field"
        case wrongType = "wrong type"
        case badNumber = "bad number"
        /// A number beyond what its field can hold or any PSE security can have (`WireBounds.maximumPrice`,
        /// `WireBounds.maximumQuantity`, or more than 64 bits).
        case outOfRange = "out of range"
        case nonPositivePrice = "negative or zero price"
        case negativeQuantity = "negative quantity"
        case zeroQuantity = "zero quantity"
        case badSymbol = "bad symbol"
        case keyMismatch = "key differs from symbol"
        case unknownVersion = "unknown version"
        case unknownTopic = "unknown topic"
        case unknownIndex = "unknown index code"
        case unknownPhase = "unknown phase"
        case badValue = "bad value"
        case crossedQuote = "crossed quote"
    }

    public var reason: Reason
    /// The field or value concerned, e.g. `px`; already stripped of control characters.
    public var detail: String
    public var topic: String
    public var partition: Int32
    public var offset: Int64

    public init(reason: Reason, detail: String = "", topic: String, partition: Int32, offset: Int64) {
        self.reason = reason
        self.detail = TerminalSafe.sanitize(detail)
        self.topic = TerminalSafe.sanitize(topic)
        self.partition = partition
        self.offset = offset
    }

    /// `missing field "px" at pse.trades[3]@1042`
    public var description: String {
        let what = detail.isEmpty ? reason.rawValue : "\(reason.rawValue) \"\(detail)\""
        return "\(what) at \(topic)[\(partition)]@\(offset)"
    }
}
