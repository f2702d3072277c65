/// The five kinds of message in wire schema v1, each with its default topic name.
public enum FeedTopic: String, CaseIterable, Hashable, Sendable {
    case trades = "pse.trades"
    case quotes = "pse.quotes"
    case index = "pse.index"
    case status = "pse.status"
    case reference = "pse.ref"

    /// The default topic names, in the order the dashboard subscribes to them.
    public static var defaultNames: [String] { allCases.map(\.rawValue) }

    /// Maps a topic name to its message kind: the default names, or any name ending in `.trades`, `.quotes`,
    /// `.index`, `.status` or `.ref` (so a `staging.pse.trades` topic decodes as trades), also followed by
    /// `.computed` (`pse.index.computed`: the index processor's output).
    @inline(__always)
    public init?(topicName: String) {
        // The busiest default names first: comparing two short strings is a comparison of two words (literals, as
        // `rawValue` builds its string on each call).
        if topicName == "pse.trades" {
            self = .trades
            return
        }
        if topicName == "pse.quotes" {
            self = .quotes
            return
        }
        var name = topicName
        guard let topic = name.withUTF8(FeedTopic.init(nameBytes:)) else { return nil }
        self = topic
    }

    /// By the last non-empty part between dots (the one before it when that is `computed`), found in the bytes
    /// without splitting (this runs for every record).
    private init?(nameBytes bytes: UnsafeBufferPointer<UInt8>) {
        func lastPart(before limit: Int) -> Range<Int> {
            var end = limit
            while end > 0, bytes[end - 1] == UInt8(ascii: ".") { end -= 1 }
            var start = end
            while start > 0, bytes[start - 1] != UInt8(ascii: ".") { start -= 1 }
            return start..<end
        }
        var part = lastPart(before: bytes.count)
        if case "computed" = FieldName(bytes: UnsafeBufferPointer(rebasing: bytes[part])) {
            let earlier = lastPart(before: part.lowerBound)
            if !earlier.isEmpty { part = earlier }
        }
        switch FieldName(bytes: UnsafeBufferPointer(rebasing: bytes[part])) {
        case "trades": self = .trades
        case "quotes": self = .quotes
        case "index": self = .index
        case "status": self = .status
        case "ref": self = .reference
        default: return nil
        }
    }
}

/// One raw record as any source delivers it: Kafka, a recorded session, or the simulator.
public struct FeedRecord: Hashable, Sendable {
    public var topic: String
    public var partition: Int32
    public var offset: Int64
    /// The record's own timestamp (epoch ms); producers here set it to the event `ts`.
    public var timestamp: EpochMillis
    public var key: [UInt8]?
    public var value: [UInt8]

    public init(
        topic: String, partition: Int32 = 0, offset: Int64 = 0, timestamp: EpochMillis,
        key: [UInt8]?, value: [UInt8]
    ) {
        self.topic = topic; self.partition = partition; self.offset = offset; self.timestamp = timestamp
        self.key = key; self.value = value
    }
}
