import Dashboard
import Foundation
import Glibc
import Logging
import MarketData
import Synchronization

/// The `--on-alert` command: `/bin/sh -c COMMAND` — the user's own string, never anything from the wire — with the
/// alert's JSON line on its standard input and its fields in `PSEI_ALERT_*` variables. `run` returns at once: each
/// command starts and is waited for on a thread of its own, at most `maximumRunning` at a time (an alert beyond
/// them is dropped and counted), and one still running after `timeout` is killed with its process group. Its output
/// is discarded; failures go to the log, never to the screen.
public final class AlertHook: Sendable {
    public static let maximumRunning = 8
    public static let defaultTimeout: Duration = .seconds(30)

    public let command: String
    /// The environment the commands start from (the dashboard's own); `PSEI_ALERT_*` replace any already there.
    private let environment: [String: String]
    private let timeout: Duration
    private let logger: Logger
    private let counts = Mutex<(running: Int, dropped: Int)>((0, 0))
    /// Held while a command's input pipe is made and the command started (`AlertHookSpawn`).
    private let spawning = Mutex<Void>(())

    public init(command: String, environment: [String: String], timeout: Duration = defaultTimeout, logger: Logger) {
        self.command = command; self.environment = environment; self.timeout = timeout; self.logger = logger
    }

    /// Commands started and not yet ended.
    public var running: Int { counts.withLock { $0.running } }

    /// Alerts dropped because `maximumRunning` commands were still running.
    public var dropped: Int { counts.withLock { $0.dropped } }

    /// Starts the command for `alert` and returns without waiting for it.
    public func run(_ alert: Alert) {
        let dropped: Int? = counts.withLock { counts in
            guard counts.running < Self.maximumRunning else { counts.dropped += 1; return counts.dropped }
            counts.running += 1
            return nil
        }
        if let dropped {
            logger.warning("on-alert: \(Self.maximumRunning) commands still running, alert \"\(alert.rule)\" dropped (\(dropped) so far)")
            return
        }
        let thread = Thread { [self] in
            execute(alert)
            counts.withLock { $0.running -= 1 }
        }
        thread.name = "on-alert"
        thread.start()
    }

    /// Spawns the command, feeds it the alert, waits for it (killing it after `timeout`) and logs how it ended.
    private func execute(_ alert: Alert) {
        // A command that exits without reading its input makes the write fail with EPIPE here instead of sending
        // the whole process SIGPIPE.
        var pipeSignal = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &pipeSignal, nil)
        let spawned = AlertHookSpawn.start(command: command, environment: variables(for: alert), lock: spawning)
        guard case .success(let (pid, input)) = spawned else {
            if case .failure(let error) = spawned { logger.error("on-alert command '\(command)' could not start: \(error)") }
            return
        }
        let watch = AlertHookWatch(pid: pid, after: timeout)
        // Fails quietly when the command has ended without reading it all: that is no fault of the command.
        let writer = FileHandle(fileDescriptor: input, closeOnDealloc: true)
        try? writer.write(contentsOf: Data((alert.jsonLine + "\n").utf8))
        try? writer.close()
        let status = watch.waitForExit()
        let ending = "on-alert command '\(command)' for alert \"\(alert.rule)\""
        if watch.timedOut {
            logger.warning("\(ending) still running after \(timeout): killed")
        } else if status & 0x7F != 0 {
            logger.warning("\(ending) ended by signal \(status & 0x7F)")
        } else if status >> 8 & 0xFF != 0 {
            logger.warning("\(ending) exited with status \(status >> 8 & 0xFF)")
        }
    }

    /// The dashboard's environment with the alert's fields (`Alert.fields`), each made safe for a terminal.
    func variables(for alert: Alert) -> [String: String] {
        var variables = environment.filter { !$0.key.hasPrefix("PSEI_ALERT_") }
        for field in alert.fields { variables[field.environmentName] = TerminalSafe.sanitize(field.value) }
        return variables
    }
}
