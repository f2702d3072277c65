import Foundation
import Glibc
import Logging
import Settings
import Synchronization

/// Sends every log line to one file (mode 0600: it may hold broker addresses and user names), never to the
/// terminal, which belongs to the dashboard.
final class LogFile: Sendable {
    private let handle: Mutex<FileHandle>

    private init(handle: FileHandle) { self.handle = Mutex(handle) }

    /// `psei-ticker/psei-ticker.log` in the XDG state folder.
    static func defaultPath(environment: [String: String]) -> String {
        BaseDirectories(environment: environment).stateHome + "/psei-ticker/psei-ticker.log"
    }

    /// Opens (appending) or creates `path`, and any missing folders on the way (mode 0700, as XDG asks).
    static func open(path: String) throws(FileSystem.Failure) -> LogFile {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent().path
        try FileSystem.createDirectories(folder, mode: 0o700)
        let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else {
            throw FileSystem.Failure(description: "cannot open \(path): \(String(cString: strerror(errno)))")
        }
        // An existing log file made by an older version may be wider open; devices (/dev/null) are left alone.
        var status = stat()
        if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG { fchmod(descriptor, 0o600) }
        return LogFile(handle: FileHandle(fileDescriptor: descriptor, closeOnDealloc: true))
    }

    func write(_ line: String) {
        handle.withLock { $0.write(Data(line.utf8)) }
    }
}

/// A swift-log handler writing `timestamp level label: message key=value…` lines to a `LogFile`.
struct FileLogHandler: LogHandler {
    let label: String
    let file: LogFile
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .info

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        let merged = metadata.merging(event.metadata ?? [:]) { _, new in new }
        let fields = merged.sorted { $0.key < $1.key }.map { " \($0.key)=\($0.value)" }.joined()
        let stamp = ISO8601DateFormatter.string(
            from: Date(), timeZone: TimeZone(identifier: "UTC")!,
            formatOptions: [.withInternetDateTime, .withFractionalSeconds])
        file.write("\(stamp) \(event.level) \(label): \(event.message)\(fields)\n")
    }
}
