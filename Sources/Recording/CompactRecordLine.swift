import MarketData

/// Reads a record line exactly as `SessionFormat.recordLine` writes it — `{"t":…,"topic":"…","p":…,"o":…,"k":"…",`
/// `"v":{…}}`, no whitespace, the key optional, the texts plain ASCII — in one forward pass, for the lines that are
/// nearly all of every session. Nil for anything else, which the general reader (`SessionFormat.parseRecord`)
/// then reads; where this gives a record, the general reader gives the same one (`CompactRecordLineTests`).
enum CompactRecordLine {
    static func parse(_ line: UnsafeBufferPointer<UInt8>) -> FeedRecord? {
        var reader = Reader(bytes: line)
        guard reader.skip(#"{"t":"#), let timestamp = reader.integer(),
            reader.skip(#","topic":""#), let topic = reader.plainText(),
            reader.skip(#","p":"#), let partition = reader.integer(), let partition = Int32(exactly: partition),
            reader.skip(#","o":"#), let offset = reader.integer()
        else { return nil }
        var key = [UInt8]?.none
        if reader.skip(#","k":""#) {
            guard let text = reader.plainText() else { return nil }
            key = Array(text)
        }
        // The payload is matched by its brackets, as the general reader matches it; the wire codec checks it whole.
        guard reader.skip(#","v":"#), reader.index < line.count, line[reader.index] == UInt8(ascii: "{"),
            let end = JSONFields.nestedEnd(in: line, from: reader.index), end == line.count - 1,
            line[end] == UInt8(ascii: "}")
        else { return nil }
        return FeedRecord(
            topic: String(decoding: topic, as: UTF8.self), partition: partition, offset: offset, timestamp: timestamp,
            key: key, value: Array(line[reader.index..<end]))
    }

    /// A position in a line and the readers of the pieces of its shape.
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var index = 0

        /// True, stepping over it, when `literal` is next.
        @inline(__always)
        mutating func skip(_ literal: StaticString) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard index + count <= bytes.count else { return false }
            for offset in 0..<count where bytes[index + offset] != literal.utf8Start[offset] { return false }
            index += count
            return true
        }

        /// A plain JSON integer.
        @inline(__always)
        mutating func integer() -> Int64? {
            guard let (value, end) = JSONFields.plainInteger(in: bytes, from: index) else { return nil }
            index = end
            return value
        }

        /// The bytes of a string's rest up to its closing quote (stepped over), when they are printable ASCII other
        /// than a backslash (so the text is the bytes).
        @inline(__always)
        mutating func plainText() -> UnsafeBufferPointer<UInt8>? {
            let start = index
            while index < bytes.count, bytes[index] != UInt8(ascii: "\"") {
                guard bytes[index] >= 0x20, bytes[index] < 0x7F, bytes[index] != UInt8(ascii: "\\") else { return nil }
                index += 1
            }
            guard index < bytes.count else { return nil }
            index += 1
            return UnsafeBufferPointer(rebasing: bytes[start..<(index - 1)])
        }
    }
}
