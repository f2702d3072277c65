import CZlib
import Foundation
import MarketData

/// Streams a session file (plain or gzip-compressed, read through zlib either way) one record at a time.
///
/// A file whose first line is not a session header is rejected in one line; a torn last line (as `kill -9`
/// of `record` leaves) is a warning; any other bad line is an error naming the file and line. A gzip stream that
/// ends before its trailer (a truncated download or copy) is an error naming the last complete record's time,
/// unless the caller allows a partial file (one still being written).
public final class SessionReader: Sequence, IteratorProtocol {
    /// Lines longer than this are damage, not records (a record's payload is at most 64 KiB, 88 KiB as base64).
    public static let maxLineBytes = 1 << 20

    public let path: String
    public let header: SessionHeader
    /// Read a truncated gzip stream up to where it breaks off, with a warning, instead of failing.
    public let allowPartial: Bool
    public private(set) var warnings: [String] = []
    /// The error that stopped reading, if any; records before it were all delivered.
    public private(set) var error: SessionError?
    private let file: gzFile
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    private var lineNumber = 0
    /// The line and time of the last record read, to say where a truncated file stops.
    private var lastRecord: (line: Int, time: EpochMillis)?
    private var truncationReported = false

    public init(path: String, allowPartial: Bool = false) throws(SessionError) {
        self.path = path
        self.allowPartial = allowPartial
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw SessionError(file: path, message: "no such file")
        }
        guard !isDirectory.boolValue else { throw SessionError(file: path, message: "is a directory, not a session file") }
        guard let file = gzopen(path, "rb") else {
            throw SessionError(file: path, message: "cannot open: \(String(cString: strerror(errno)))")
        }
        self.file = file
        gzbuffer(file, 1 << 17)
        guard let first = try Self.nextLine(file: file, path: path, buffer: &buffer, start: &start, atEnd: &atEnd, lineNumber: 1) else {
            gzclose(file)
            throw SessionError(file: path, message: "empty file, not a psei-ticker session")
        }
        lineNumber = 1
        guard let header = SessionFormat.parseHeader(Array(buffer[first.line])) else {
            gzclose(file)
            throw SessionError(file: path, message: "not a psei-ticker session file (line 1 is not a session header)")
        }
        guard header.version == SessionFormat.version else {
            gzclose(file)
            throw SessionError(file: path, line: 1, message: "session format version \(header.version) is not supported")
        }
        self.header = header
    }

    deinit { gzclose(file) }

    /// Every record of the session at `path` in file order, with the warnings reading it gave; throws the first error.
    public static func readAll(path: String, allowPartial: Bool) throws(SessionError) -> (records: [FeedRecord], warnings: [String]) {
        let reader = try SessionReader(path: path, allowPartial: allowPartial)
        let records = Array(reader)
        if let error = reader.error { throw error }
        return (records, reader.warnings)
    }

    /// The next record; nil at the end, after a torn last line (see `warnings`) or after an error (see `error`).
    public func next() -> FeedRecord? {
        guard error == nil else { return nil }
        do throws(SessionError) {
            while let (line, terminated) = try Self.nextLine(
                file: file, path: path, buffer: &buffer, start: &start,
                atEnd: &atEnd, lineNumber: lineNumber + 1)
            {
                lineNumber += 1
                if line.isEmpty { continue }
                let parsed = buffer.withUnsafeBufferPointer { SessionFormat.parseRecord(UnsafeBufferPointer(rebasing: $0[line])) }
                switch parsed {
                case .success(let record) where terminated || !truncatedStream:
                    lastRecord = (lineNumber, record.timestamp)
                    return record
                case .success: break
                case .failure(let reason):
                    if !terminated && !truncatedStream {
                        warnings.append("\(path):\(lineNumber): last line is incomplete (\(reason)); ignored")
                        return nil
                    }
                    if terminated { throw SessionError(file: path, line: lineNumber, message: "not a record line (\(reason))") }
                }
            }
            if truncatedStream { try reportTruncation() }
        } catch {
            self.error = error
        }
        return nil
    }

    /// True when the gzip stream ended before its trailer; its last line, complete or not, is not trusted.
    private var truncatedStream: Bool {
        guard atEnd else { return false }
        var code: Int32 = 0
        _ = gzerror(file, &code)
        return code == Z_BUF_ERROR
    }

    private func reportTruncation() throws(SessionError) {
        guard !truncationReported else { return }
        truncationReported = true
        let last =
            lastRecord.map { "the last complete record is line \($0.line), at \(ManilaTime(epochMillis: $0.time).clockText) PHT" }
            ?? "it holds no complete record"
        let message = "compressed stream is truncated (the file ends before the gzip trailer); \(last)"
        guard allowPartial else { throw SessionError(file: path, message: message + "; --allow-partial reads it anyway") }
        warnings.append("\(path): \(message); read up to there (--allow-partial)")
    }

    /// Reads the next line: where its bytes are in `buffer` (until the next call) and whether a newline ended it
    /// (false only for the file's last line).
    private static func nextLine(
        file: gzFile, path: String, buffer: inout [UInt8], start: inout Int, atEnd: inout Bool,
        lineNumber: Int
    ) throws(SessionError) -> (line: Range<Int>, terminated: Bool)? {
        while true {
            let searchFrom = start
            let newline = buffer.withUnsafeBufferPointer { bytes -> Int? in
                guard searchFrom < bytes.count,
                    let found = memchr(bytes.baseAddress! + searchFrom, Int32(UInt8(ascii: "\n")), bytes.count - searchFrom)
                else { return nil }
                return UnsafeRawPointer(bytes.baseAddress!).distance(to: UnsafeRawPointer(found))
            }
            if let newline {
                start = newline + 1
                return (searchFrom..<newline, true)
            }
            if buffer.count - start > maxLineBytes {
                throw SessionError(file: path, line: lineNumber, message: "line longer than \(maxLineBytes / 1024) KiB")
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                start = buffer.count
                return (searchFrom..<buffer.count, false)
            }
            buffer.removeFirst(start)
            start = 0
            let filled = buffer.count
            buffer.append(contentsOf: repeatElement(0, count: chunkBytes))
            let count = buffer.withUnsafeMutableBufferPointer { gzread(file, $0.baseAddress! + filled, UInt32(chunkBytes)) }
            buffer.removeLast(chunkBytes - Int(Swift.max(count, 0)))
            if count < 0 {
                var code: Int32 = 0
                let message = gzerror(file, &code).map { String(cString: $0) } ?? "read error"
                throw SessionError(file: path, line: lineNumber, message: "cannot read: \(message)")
            }
            if count == 0 { atEnd = true }
        }
    }

    /// How much inflated text one read adds to the buffer.
    private static let chunkBytes = 1 << 16
}
