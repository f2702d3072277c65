import Foundation
import MarketData

/// Appends Kafka records to a session file: each batch is written and flushed to the OS at once, and the file
/// is fsync'ed at least once a second and on close, so `kill -9` loses at most the last second.
public final class SessionWriter {
    public let path: String
    private let descriptor: Int32
    private var lastSync: DispatchTime
    private var closed = false
    public private(set) var recordCount = 0
    public private(set) var byteCount = 0
    /// The lines of a batch, kept between batches so each is written into pages already there.
    private var buffer: [UInt8] = []

    /// Creates `path` (refusing to replace an existing file unless `overwrite`) and writes the header line.
    public init(path: String, source: String, recorded: String, overwrite: Bool = false) throws {
        self.path = path
        let flags = O_WRONLY | O_CREAT | O_CLOEXEC | (overwrite ? O_TRUNC : O_EXCL)
        descriptor = open(path, flags, 0o644)
        guard descriptor >= 0 else {
            let reason = errno == EEXIST ? "already exists (use --force to overwrite)" : String(cString: strerror(errno))
            throw SessionError(file: path, message: reason)
        }
        lastSync = .now()
        try write(SessionFormat.headerLine(recorded: recorded, source: source) + [UInt8(ascii: "\n")])
    }

    deinit { try? close() }

    /// Writes one batch (one line per record) with a single `write`; syncs when a second has passed.
    public func append(_ records: [FeedRecord]) throws {
        guard !records.isEmpty else { return }
        buffer.removeAll(keepingCapacity: true)
        for record in records {
            SessionFormat.appendRecordLine(record, to: &buffer)
            buffer.append(UInt8(ascii: "\n"))
        }
        try write(buffer)
        recordCount += records.count
        if DispatchTime.now().uptimeNanoseconds - lastSync.uptimeNanoseconds >= 1_000_000_000 { try sync() }
    }

    /// Flushes to disk and closes; safe to call twice.
    public func close() throws {
        guard !closed else { return }
        closed = true
        try sync()
        Foundation.close(descriptor)
    }

    private func sync() throws {
        guard fsync(descriptor) == 0 else { throw SessionError(file: path, message: "fsync failed: \(String(cString: strerror(errno)))") }
        lastSync = .now()
    }

    private func write(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { throw SessionError(file: path, message: "write failed: \(String(cString: strerror(errno)))") }
            offset += written
        }
        byteCount += bytes.count
    }
}
