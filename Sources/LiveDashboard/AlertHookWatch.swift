import Dispatch
import Glibc
import Synchronization

/// Waits for a hook's process and kills its process group when it outlives its time. The process is reaped only
/// once the kill can no longer happen, so the kill never reaches a process id the system has given to another.
final class AlertHookWatch: Sendable {
    private let pid: pid_t
    private let state = Mutex<(exited: Bool, timedOut: Bool)>((false, false))

    /// Starts the clock on `pid`, the leader of its own process group.
    init(pid: pid_t, after timeout: Duration) {
        self.pid = pid
        let (seconds, attoseconds) = timeout.components
        DispatchQueue.global().asyncAfter(deadline: .now() + Double(seconds) + Double(attoseconds) / 1e18) { [self] in
            state.withLock { state in
                guard !state.exited else { return }
                kill(-pid, SIGKILL)
                state.timedOut = true
            }
        }
    }

    /// True when the process was killed for running too long.
    var timedOut: Bool { state.withLock { $0.timedOut } }

    /// Waits for the process to end and reaps it; its wait status.
    func waitForExit() -> Int32 {
        var info = siginfo_t()
        while waitid(P_PID, id_t(pid), &info, WEXITED | WNOWAIT) != 0 && errno == EINTR {}
        state.withLock { $0.exited = true }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return status
    }
}
