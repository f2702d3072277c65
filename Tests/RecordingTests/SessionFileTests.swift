import Foundation
import MarketData
import Recording
import Simulator
import Testing

@Suite struct SessionFileTests {
    let directory: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("psei-session-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }()

    /// Simulated records with Kafka coordinates, plus the awkward ones: non-JSON, multi-line JSON, no key, a key
    /// that is not UTF-8, an empty payload.
    static let records: [FeedRecord] = {
        var records = Array(MarketSimulator(.init(seed: 5, date: "2026-11-25"))!.prefix(2_000)).enumerated().map { index, event in
            var record = event.record
            record.partition = Int32(index % 16)
            record.offset = Int64(index / 16)
            return record
        }
        records.append(
            FeedRecord(
                topic: "pse.trades", partition: 3, offset: 999, timestamp: 1, key: Array("ALI".utf8),
                value: Array("not json \u{1B}[2J".utf8)))
        records.append(
            FeedRecord(
                topic: "pse.trades", partition: 3, offset: 1000, timestamp: 2, key: nil,
                value: Array("{\"sym\":\n\"ALI\"}".utf8)))
        records.append(FeedRecord(topic: "pse.quotes", partition: 0, offset: 7, timestamp: 3, key: [0xFF, 0x00, 0x41], value: []))
        return records
    }()

    func write(_ records: [FeedRecord], to name: String) throws -> String {
        let path = directory.appendingPathComponent(name).path
        let writer = try SessionWriter(path: path, source: "test", recorded: "2026-11-25T09:00:00+08:00")
        try writer.append(Array(records.prefix(1_000)))
        try writer.append(Array(records.dropFirst(1_000)))
        try writer.close()
        return path
    }

    func readAll(_ path: String) throws -> (records: [FeedRecord], reader: SessionReader) {
        let reader = try SessionReader(path: path)
        return (Array(reader), reader)
    }

    @Test func writeThenReadIsExactForEveryRecord() throws {
        let path = try write(Self.records, to: "day.jsonl")
        let (read, reader) = try readAll(path)
        #expect(read == Self.records)
        #expect(reader.header == SessionHeader(version: 1, recorded: "2026-11-25T09:00:00+08:00", source: "test"))
        #expect(reader.warnings.isEmpty && reader.error == nil)
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.contains(#","v":{"sym":"#) && text.contains(#""v64":"#) && text.contains(#""k64":"#))
    }

    @Test func gzipFilesAreReadTransparently() throws {
        let path = try write(Self.records, to: "day.jsonl")
        let gzip = Process()
        gzip.executableURL = URL(fileURLWithPath: "/bin/gzip")
        gzip.arguments = ["-k", path]
        try gzip.run()
        gzip.waitUntilExit()
        #expect(try readAll(path + ".gz").records == Self.records)
    }

    @Test func aPayloadDamagedInsideItsBracketsIsThatRecordsDecodeError() throws {
        let path = try write(Self.records, to: "damaged-payload.jsonl")
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        lines[11] = #"{"t":1764037502123,"topic":"pse.trades","p":0,"o":5,"k":"ALI","v":{"sym":"ALI",,"px":[}}}"#
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let (read, reader) = try readAll(path)
        try #require(reader.error == nil && read.count == Self.records.count, "\(String(describing: reader.error))")
        #expect(read[10].value == Array(#"{"sym":"ALI",,"px":[}}"#.utf8))
        guard case .failure(let error) = WireCodec.decode(read[10]) else {
            Issue.record("a damaged payload decoded")
            return
        }
        #expect(error.reason == .notJSON && error.offset == 5)
        #expect(Array(read.prefix(10)) == Array(Self.records.prefix(10)) && Array(read.dropFirst(11)) == Array(Self.records.dropFirst(11)))
    }

    @Test func aTornLastLineIsAWarningAndEverythingBeforeItIsKept() throws {
        let path = try write(Self.records, to: "torn.jsonl")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(#"{"t":1764037502123,"topic":"pse.trades","p":0,"o":5,"k":"ALI","v":{"sym":"A"#.utf8))
        try handle.close()
        let (read, reader) = try readAll(path)
        #expect(read == Self.records)
        #expect(reader.error == nil)
        #expect(reader.warnings.count == 1 && reader.warnings[0].contains("torn.jsonl:\(Self.records.count + 2): last line is incomplete"))
    }

    @Test func aCorruptMiddleLineIsAnErrorNamingTheLine() throws {
        let path = try write(Self.records, to: "corrupt.jsonl")
        var lines = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        lines[11] = "garbage"
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)
        let (read, reader) = try readAll(path)
        #expect(read == Array(Self.records.prefix(10)))
        #expect(reader.error?.description.hasPrefix("\(path):12: not a record line") == true)
    }

    @Test func overlongLinesAreDamageNotRecords() throws {
        let path = try write(Array(Self.records.prefix(3)), to: "long.jsonl")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data(repeating: UInt8(ascii: "x"), count: 3 << 20))
        try handle.close()
        let (read, reader) = try readAll(path)
        #expect(read.count == 3)
        #expect(reader.error?.description == "\(path):5: line longer than 1024 KiB")
    }

    @Test func filesThatAreNotSessionsSaySoInOneLine() throws {
        let empty = directory.appendingPathComponent("empty.jsonl").path
        FileManager.default.createFile(atPath: empty, contents: Data())
        let other = directory.appendingPathComponent("other.txt").path
        FileManager.default.createFile(atPath: other, contents: Data("hello\nworld\n".utf8))
        let cases: [(String, String)] = [
            (empty, "\(empty): empty file, not a psei-ticker session"),
            (other, "\(other): not a psei-ticker session file (line 1 is not a session header)"),
            (directory.path, "\(directory.path): is a directory, not a session file"),
            (directory.appendingPathComponent("missing").path, "\(directory.appendingPathComponent("missing").path): no such file"),
        ]
        for (path, message) in cases {
            #expect { _ = try SessionReader(path: path) } throws: { "\($0)" == message }
        }
    }

    @Test func aWriterRefusesToOverwriteUnlessAsked() throws {
        let path = try write(Array(Self.records.prefix(3)), to: "once.jsonl")
        #expect { _ = try SessionWriter(path: path, source: "x", recorded: "y") } throws: {
            "\($0)" == "\(path): already exists (use --force to overwrite)"
        }
        let writer = try SessionWriter(path: path, source: "x", recorded: "y", overwrite: true)
        try writer.close()
        #expect(try readAll(path).records.isEmpty)
    }
}
