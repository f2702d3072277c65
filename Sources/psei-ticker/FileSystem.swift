import Foundation

/// The file-system calls the commands make themselves, failing with plain words (`strerror`) instead of
/// Foundation's error texts (`NSCocoaErrorDomain error 256`).
enum FileSystem {
    /// What went wrong, in words: `Is a directory`, `cannot create /x: Permission denied`.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Creates `path` and any missing parents with `mode`; an existing directory is fine.
    static func createDirectories(_ path: String, mode: mode_t) throws(Failure) {
        var partial = path.hasPrefix("/") ? "" : "."
        for component in path.split(separator: "/") {
            partial += "/\(component)"
            var status = stat()
            if stat(partial, &status) == 0 {
                guard status.st_mode & S_IFMT == S_IFDIR else { throw Failure(description: "\(partial) is not a folder") }
                continue
            }
            guard mkdir(partial, mode) == 0 || errno == EEXIST else {
                throw Failure(description: "cannot create \(partial): \(String(cString: strerror(errno)))")
            }
        }
    }

    /// The whole text of the file at `path`, which must be UTF-8; a failure is the reason alone (`Is a directory`).
    static func text(of path: String) throws(Failure) -> String {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(description: String(cString: strerror(errno))) }
        defer { close(descriptor) }
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            let count = read(descriptor, &buffer, buffer.count)
            guard count >= 0 else { throw Failure(description: String(cString: strerror(errno))) }
            if count == 0 { break }
            bytes += buffer[..<count]
        }
        guard let text = String(validating: bytes, as: UTF8.self) else { throw Failure(description: "not UTF-8 text") }
        return text
    }
}
