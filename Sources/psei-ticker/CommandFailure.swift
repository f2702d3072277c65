/// A run-time failure of a command: ArgumentParser prints it as one `Error: …` line and exits non-zero.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) { self.description = description }
}
