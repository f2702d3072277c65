import Foundation
import MarketData

/// One file of the hostile corpus in `Tests/Fixtures/hostile/`: `topic:`, `key:` and `expect:` lines, `---`, then
/// the payload bytes to the end.
public struct HostileCase: Sendable {
    /// The corpus's directory.
    public static let directory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../Fixtures/hostile").standardized

    public let name: String
    public let record: FeedRecord
    /// `accepted`, `rejected: <reason>` or `warning: <warning>`.
    public let expected: String

    /// Every case of the corpus, by file name.
    public static func all(in directory: URL = directory) throws -> [HostileCase] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".case") }.sorted().map { file in
            try HostileCase(name: file, bytes: Array(Data(contentsOf: directory.appendingPathComponent(file))))
        }
    }

    init(name: String, bytes: [UInt8]) throws {
        let separator = Array("\n---\n".utf8)
        guard let end = (0...(bytes.count - separator.count)).first(where: { bytes[$0..<($0 + separator.count)].elementsEqual(separator) })
        else {
            throw CocoaError(.fileReadCorruptFile, userInfo: [NSFilePathErrorKey: name])
        }
        var header: [String: String] = [:]
        for line in String(decoding: bytes[..<end], as: UTF8.self).split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            header[parts[0]] = parts.count > 1 ? parts[1] : ""
        }
        self.name = name
        expected = header["expect"] ?? ""
        let key = header["key"] ?? ""
        record = FeedRecord(
            topic: header["topic"] ?? "", partition: 0, offset: 7, timestamp: 0,
            key: Array(key.utf8), value: Array(bytes[(end + separator.count)...]))
    }
}
