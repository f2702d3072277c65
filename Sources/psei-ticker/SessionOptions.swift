import ArgumentParser
import MarketData
import Recording

/// How a command reads a recorded session: the whole file, or as much of a still-growing one as is there.
struct SessionOptions: ParsableArguments {
    @Flag(help: "Read a compressed session that ends early (a file still being written) up to where it breaks off.")
    var allowPartial = false

    /// Every record of the session at `path`, in file order; each warning goes to `warn`.
    func read(_ path: String, warn: (String) -> Void) throws -> [FeedRecord] {
        do {
            let (records, warnings) = try SessionReader.readAll(path: path, allowPartial: allowPartial)
            warnings.forEach(warn)
            return records
        } catch {
            throw CommandFailure("\(error)")
        }
    }
}
