import CZlib
import Foundation
import MarketData

/// Streams a session file (plain or gzip-compressed, read through zlib either way) one record at a time.
///
/// A file whose first line is not a session header is rejected in one line; a torn last line (as `kill -9`
/// of `record` leaves) is a warning; any other bad line is an error naming the file and line.
public final class SessionReader: Sequence, IteratorProtocol {
    /// Lines longer than this are damage, not records (a record's payload is at most 64 KiB, 88 KiB as base64).
    public static let maxLineBytes = 1 << 20

    public let path: String
    public let header: SessionHeader
    public private(set) var warnings: [String] = []
    /// The error that stopped reading, if any; records before it were all delivered.
    public private(set) var error: SessionError?
    private let file: gzFile
    private var buffer: [UInt8] = []
    private var start = 0
    private var atEnd = false
    private var lineNumber = 0

    public init(path: String) throws(SessionError) {
        self.path = path
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
        guard let header = SessionFormat.parseHeader(first.line) else {
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

    /// The next record; nil at the end, after a torn last line (see `warnings`) or after an error (see `error`).
    public func next() -> FeedRecord? {
        guard error == nil else { return nil }
        do throws(SessionError) {
            while let (line, terminated) = try Self.nextLine(file: file, path: path, buffer: &buffer, start: &start,
                                                             atEnd: &atEnd, lineNumber: lineNumber + 1) {
                lineNumber += 1
                if line.isEmpty { continue }
                switch SessionFormat.parseRecord(line) {
                case .success(let record): return record
                case .failure(let reason):
                    if !terminated {
                        warnings.append("\(path):\(lineNumber): last line is incomplete (\(reason)); ignored")
                        return nil
                    }
                    throw SessionError(file: path, line: lineNumber, message: "not a record line (\(reason))")
                }
            }
        } catch {
            self.error = error
        }
        return nil
    }

    /// Reads the next line: its bytes and whether a newline ended it (false only for the file's last line).
    private static func nextLine(file: gzFile, path: String, buffer: inout [UInt8], start: inout Int, atEnd: inout Bool,
                                 lineNumber: Int) throws(SessionError) -> (line: [UInt8], terminated: Bool)? {
        while true {
            if let newline = buffer[start...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = Array(buffer[start..<newline])
                start = newline + 1
                return (line, true)
            }
            if buffer.count - start > maxLineBytes {
                throw SessionError(file: path, line: lineNumber, message: "line longer than \(maxLineBytes / 1024) KiB")
            }
            if atEnd {
                guard start < buffer.count else { return nil }
                let line = Array(buffer[start...])
                start = buffer.count
                return (line, false)
            }
            buffer.removeFirst(start)
            start = 0
            var chunk = [UInt8](repeating: 0, count: 1 << 16)
            let count = gzread(file, &chunk, UInt32(chunk.count))
            if count < 0 {
                var code: Int32 = 0
                let message = gzerror(file, &code).map { String(cString: $0) } ?? "read error"
                throw SessionError(file: path, line: lineNumber, message: "cannot read: \(message)")
            }
            if count == 0 { atEnd = true } else { buffer += chunk[0..<Int(count)] }
        }
    }
}
