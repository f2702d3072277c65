/// A run-time failure of a command: `PseiTicker.main` prints it as one `psei-ticker: …` line and exits with
/// `exitCode` (1 unless the failure says otherwise).
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    let exitCode: Int32

    init(_ description: String, exitCode: Int32 = 1) {
        self.description = description
        self.exitCode = exitCode
    }
}
