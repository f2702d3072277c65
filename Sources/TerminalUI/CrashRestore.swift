import CNCursesW
import Foundation

/// On a crash (a Swift trap, a segmentation fault, an abort) the terminal is given back before the process dies.
/// The handler only makes async-signal-safe calls: it puts back the terminal modes saved before ncurses started,
/// writes the terminal's own "leave the alternate screen, show the cursor, plain text" sequences, prints one line
/// naming the log file, then hands the signal to the handler that was there before (the Swift runtime's
/// backtracer, or the default action).
enum CrashRestore {
    static let signals: [Int32] = [SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP]
    /// Prepared once up front: the handler may not allocate.
    nonisolated(unsafe) static var modes = termios()
    nonisolated(unsafe) static var resetSequence: UnsafeMutableBufferPointer<UInt8>?
    nonisolated(unsafe) static var message: UnsafeMutableBufferPointer<UInt8>?
    nonisolated(unsafe) static var previous = UnsafeMutablePointer<sigaction>.allocate(capacity: 65)

    /// Saves the terminal's modes; call before ncurses changes them.
    static func saveModes() { tcgetattr(STDIN_FILENO, &modes) }

    /// Installs the handler; call once ncurses is set up (its terminfo entry gives the reset sequences).
    static func install(message text: String) {
        let capabilities = ["rmcup", "cnorm", "sgr0"].flatMap { name -> [UInt8] in
            guard let value = tigetstr(name), Int(bitPattern: value) != -1 else { return [] }
            return Array(String(cString: value).utf8)
        }
        resetSequence = buffer(capabilities)
        message = buffer(Array(text.utf8))
        for signal in signals {
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { signal in CrashRestore.handle(signal) }
            sigemptyset(&action.sa_mask)
            sigaction(signal, &action, previous + Int(signal))
        }
    }

    private static func buffer(_ bytes: [UInt8]) -> UnsafeMutableBufferPointer<UInt8> {
        let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
        _ = buffer.initialize(from: bytes)
        return buffer
    }

    private static func handle(_ signal: Int32) {
        tcsetattr(STDIN_FILENO, TCSANOW, &modes)
        if let resetSequence { _ = write(STDOUT_FILENO, resetSequence.baseAddress, resetSequence.count) }
        if let message { _ = write(STDERR_FILENO, message.baseAddress, message.count) }
        sigaction(signal, previous + Int(signal), nil)
        raise(signal)
    }
}
