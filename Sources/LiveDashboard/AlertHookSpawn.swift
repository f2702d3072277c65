import Foundation
import Glibc
import Synchronization

/// Starting `/bin/sh -c COMMAND` with `posix_spawn`: the given standard input, output and errors to `/dev/null`,
/// none of the dashboard's other descriptors (Kafka's sockets and pipes), its own process group (so a timeout can
/// kill what it started, and the terminal's Ctrl-C does not reach it), no blocked signals, and the usual
/// dispositions of the signals the dashboard blocks or ignores.
enum AlertHookSpawn {
    /// Why a command did not start.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    static let shell = "/bin/sh"

    /// Starts the command with a new pipe's read end as its standard input; its process id and the pipe's write end
    /// (close-on-exec, as the pipe is made and the command started under `lock`, so no other command started
    /// meanwhile holds it and keeps this one from seeing the end of its input).
    static func start(command: String, environment: [String: String], lock: borrowing Mutex<Void>) -> Result<
        (pid: pid_t, input: Int32), Failure
    > {
        lock.withLock { _ in
            var ends: [Int32] = [-1, -1]
            guard pipe(&ends) == 0 else { return .failure(Failure(description: "no pipe: \(String(cString: strerror(errno)))")) }
            for end in ends { _ = fcntl(end, F_SETFD, FD_CLOEXEC) }
            defer { close(ends[0]) }
            let started = start(command: command, environment: environment, standardInput: ends[0])
            if case .failure = started { close(ends[1]) }
            return started.map { (pid: $0, input: ends[1]) }
        }
    }

    private static func start(command: String, environment: [String: String], standardInput: Int32) -> Result<pid_t, Failure> {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, standardInput, STDIN_FILENO)
        posix_spawn_file_actions_addopen(&actions, STDOUT_FILENO, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, STDERR_FILENO, "/dev/null", O_WRONLY, 0)
        // Every other descriptor closed in the child, those another thread opens meanwhile included.
        addCloseFrom(&actions, STDERR_FILENO + 1)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        posix_spawnattr_setpgroup(&attributes, 0)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for signal in [SIGPIPE, SIGINT, SIGQUIT, SIGTERM, SIGHUP] { sigaddset(&defaults, signal) }
        posix_spawnattr_setsigdefault(&attributes, &defaults)

        let arguments = [shell, "-c", command].map { (argument: String) in strdup(argument) } + [nil]
        let variables = environment.map { (name: String, value: String) in strdup("\(name)=\(value)") } + [nil]
        defer { (arguments + variables).forEach { free($0) } }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, shell, &actions, &attributes, arguments, variables)
        guard result == 0 else { return .failure(Failure(description: String(cString: strerror(result)))) }
        return .success(pid)
    }
}

/// glibc's `posix_spawn_file_actions_addclosefrom_np` (2.34 and later; Debian 12 has 2.36), which spawn.h declares only
/// under `_GNU_SOURCE`, which Swift's Glibc module does not set.
@_silgen_name("posix_spawn_file_actions_addclosefrom_np")
@discardableResult
private func addCloseFrom(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ lowest: Int32) -> Int32
