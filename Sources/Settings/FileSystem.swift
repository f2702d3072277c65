import Foundation

/// The file-system calls the commands and the settings make themselves, failing with plain words (`strerror`)
/// instead of Foundation's error texts (`NSCocoaErrorDomain error 256`).
public enum FileSystem {
    /// What went wrong, in words: `Is a directory`, `cannot create /x: Permission denied`.
    public struct Failure: Error, CustomStringConvertible {
        public let description: String

        public init(description: String) { self.description = description }
    }

    /// Creates `path` and any missing parents with `mode`; an existing directory is fine.
    public static func createDirectories(_ path: String, mode: mode_t) throws(Failure) {
        var partial = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            partial += "/\(component)"
            var status = stat()
            if stat(partial, &status) == 0 {
                guard status.st_mode & S_IFMT == S_IFDIR else { throw Failure(description: "\(partial) is not a folder") }
                continue
            }
            guard mkdir(partial, mode) == 0 || errno == EEXIST else {
                throw Failure(description: "cannot create \(partial): \(reason())")
            }
        }
    }

    /// The whole text of the file at `path`, which must be UTF-8; a failure is the reason alone (`Is a directory`).
    public static func text(of path: String) throws(Failure) -> String {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(description: reason()) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            guard count >= 0 else { throw Failure(description: reason()) }
            if count == 0 { break }
            bytes += buffer[..<count]
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw Failure(description: "not UTF-8 text") }
        return text
    }

    /// False only when nothing is at `path` (or a folder on the way is missing or is a file); another problem,
    /// such as a folder that cannot be searched, is left for the read to report.
    public static func exists(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 || (errno != ENOENT && errno != ENOTDIR)
    }

    /// The permission bits of the file at `path` (`0o644`), or nil when it cannot be looked at.
    public static func mode(of path: String) -> UInt32? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        return UInt32(status.st_mode & 0o7777)
    }

    /// Writes a new file at `path` with `mode`, its folders made (0700) as needed; an existing file is an error.
    public static func create(_ path: String, with text: String, mode: mode_t) throws(Failure) {
        try createDirectories(folder(of: path), mode: 0o700)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw Failure(description: "cannot create \(path): \(reason())") }
        defer { close(descriptor) }
        try write(text, to: descriptor, path: path)
    }

    /// Replaces the file at `path` with `text` atomically — a temporary file in the same folder, synced, then
    /// renamed over it — so a crash leaves the old file or the new one, never half of one. The old file's
    /// permissions are kept (0600 for a new file); a symbolic link is followed, so the file it names is replaced.
    public static func replace(_ path: String, with text: String) throws(Failure) {
        var target = path
        if let resolved = realpath(path, nil) {
            target = String(cString: resolved)
            free(resolved)
        }
        let folder = folder(of: target)
        try createDirectories(folder, mode: 0o700)
        let name = target.split(separator: "/").last.map(String.init) ?? target
        var template = Array("\(folder)/.\(name).XXXXXX".utf8CString)
        let descriptor = mkstemp(&template)
        guard descriptor >= 0 else { throw Failure(description: "cannot create a file in \(folder): \(reason())") }
        let temporary = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        do throws(Failure) {
            defer { close(descriptor) }
            guard fchmod(descriptor, mode_t(mode(of: target) ?? 0o600)) == 0 else {
                throw Failure(description: "cannot set the permissions of \(temporary): \(reason())")
            }
            try write(text, to: descriptor, path: temporary)
            guard fsync(descriptor) == 0 else { throw Failure(description: "cannot sync \(temporary): \(reason())") }
        } catch {
            unlink(temporary)
            throw error
        }
        guard rename(temporary, target) == 0 else {
            let failure = Failure(description: "cannot replace \(target): \(reason())")
            unlink(temporary)
            throw failure
        }
    }

    /// The folder holding `path` (`.` for a bare file name).
    private static func folder(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    private static func write(_ text: String, to descriptor: Int32, path: String) throws(Failure) {
        var bytes = Array(text.utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { Foundation.write(descriptor, $0.baseAddress, $0.count) }
            guard written > 0 else { throw Failure(description: "cannot write \(path): \(reason())") }
            bytes = bytes.dropFirst(written)
        }
    }

    private static func reason() -> String { String(cString: strerror(errno)) }
}
