import Foundation
import MarketData

/// The session file format (DESIGN.md): JSON Lines, a header line, then one Kafka record per line with its
/// payload inlined verbatim when it is a single-line JSON object, else base64 in `v64`.
public enum SessionFormat {
    public static let version = 1

    /// `{"psei-session":1,"recorded":"…","source":"…"}`
    public static func headerLine(recorded: String, source: String) -> [UInt8] {
        var json = JSONObjectWriter()
        json.field("psei-session", Int64(version))
        json.field("recorded", recorded)
        json.field("source", source)
        return json.finish()
    }

    /// `{"t":…,"topic":"pse.trades","p":0,"o":123,"k":"ALI","v":{…}}`; keys that are not UTF-8 go in `k64`.
    public static func recordLine(_ record: FeedRecord) -> [UInt8] {
        var line: [UInt8] = []
        appendRecordLine(record, to: &line)
        return line
    }

    /// Appends `recordLine(record)` to `bytes`.
    public static func appendRecordLine(_ record: FeedRecord, to bytes: inout [UInt8]) {
        var json = JSONObjectWriter(appendingTo: &bytes)
        json.field("t", record.timestamp)
        json.field("topic", record.topic)
        json.field("p", Int64(record.partition))
        json.field("o", record.offset)
        if let key = record.key {
            if let text = String(validating: key, as: UTF8.self) {
                json.field("k", text)
            } else {
                json.field("k64", Data(key).base64EncodedString())
            }
        }
        if JSONFields.isSingleLineObject(record.value) {
            json.field("v", rawJSON: record.value)
        } else {
            json.field("v64", Data(record.value).base64EncodedString())
        }
        bytes = json.finish()
    }

    /// The header's fields, or nil when the line is not a session header.
    static func parseHeader(_ line: [UInt8]) -> SessionHeader? {
        guard let fields = JSONFields.parse(line), let version = fields["psei-session"]?.integer else { return nil }
        return SessionHeader(version: Int(version), recorded: fields["recorded"]?.string ?? "", source: fields["source"]?.string ?? "")
    }

    /// A record line back into the record, or a reason it is not one: a line as `recordLine` writes it read in one
    /// pass over its fixed shape (`CompactRecordLine`), any other by `parseAnyRecord`.
    static func parseRecord(_ line: UnsafeBufferPointer<UInt8>) -> Result<FeedRecord, LineProblem> {
        if let record = CompactRecordLine.parse(line) { return .success(record) }
        return parseAnyRecord(line)
    }

    /// `parseRecord` for every shape of line: the members in any order, spaced or not, texts escaped or not. The
    /// members are read in one pass as byte ranges, only the envelope's own converted (a repeated member counts as
    /// its last occurrence); the payload is copied out once.
    static func parseAnyRecord(_ line: UnsafeBufferPointer<UInt8>) -> Result<FeedRecord, LineProblem> {
        var members = RecordMembers()
        // The payload is matched, not checked, here: the wire codec checks it whole when it decodes the record, so a
        // damaged payload is that record's decode error (counted and shown) instead of being read twice.
        guard JSONFields.forEachRawMember(of: line, checkingNested: false, { members.take($0) }) else {
            return .failure(LineProblem("not a JSON object"))
        }
        guard let timestamp = members.t?.integer else { return .failure(LineProblem("no integer \"t\"")) }
        guard let topic = members.topic?.string else { return .failure(LineProblem("no \"topic\"")) }
        guard let partition = members.p?.integer, let offset = members.o?.integer else {
            return .failure(LineProblem("no \"p\" or \"o\""))
        }
        var key = members.k?.stringBytes
        if let encoded = members.k64?.string {
            guard let data = Data(base64Encoded: encoded) else { return .failure(LineProblem("bad base64 in \"k64\"")) }
            key = Array(data)
        }
        let value: [UInt8]
        if let payload = members.v?.nestedBytes {
            value = payload
        } else if let encoded = members.v64?.string {
            guard let data = Data(base64Encoded: encoded) else { return .failure(LineProblem("bad base64 in \"v64\"")) }
            value = Array(data)
        } else {
            return .failure(LineProblem("no \"v\" object or \"v64\""))
        }
        return .success(
            FeedRecord(
                topic: topic, partition: Int32(truncatingIfNeeded: partition), offset: offset,
                timestamp: timestamp, key: key, value: value))
    }
}

/// The members of a record line that the envelope defines, each its last occurrence.
private struct RecordMembers {
    var t: JSONRawMember?, topic: JSONRawMember?, p: JSONRawMember?, o: JSONRawMember?
    var k: JSONRawMember?, k64: JSONRawMember?, v: JSONRawMember?, v64: JSONRawMember?

    mutating func take(_ member: JSONRawMember) {
        if member.isNamed("t") {
            t = member
        } else if member.isNamed("topic") {
            topic = member
        } else if member.isNamed("p") {
            p = member
        } else if member.isNamed("o") {
            o = member
        } else if member.isNamed("k") {
            k = member
        } else if member.isNamed("v") {
            v = member
        } else if member.isNamed("k64") {
            k64 = member
        } else if member.isNamed("v64") {
            v64 = member
        }
    }
}

/// Why a line is not a record line.
struct LineProblem: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// What line 1 of a session file says.
public struct SessionHeader: Hashable, Sendable {
    public let version: Int
    /// When recording began, ISO 8601 with the Manila offset.
    public let recorded: String
    /// Where it was recorded from (broker list and topics).
    public let source: String

    public init(version: Int, recorded: String, source: String) {
        self.version = version; self.recorded = recorded; self.source = source
    }
}
