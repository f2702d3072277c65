import ArgumentParser
import Foundation
import LiveDashboard
import Logging
import MarketData
import Recording

/// How a command reads a recorded session: the whole file, or as much of a still-growing one as is there.
struct SessionOptions: ParsableArguments {
    @Flag(help: "Read a compressed session that ends early (a file still being written) up to where it breaks off.")
    var allowPartial = false

    /// Every record of the session at `path`, in file order, with its decoding (`SessionPipeline`: read and decoded
    /// on a thread of its own); each warning goes to `warn`.
    func read(_ path: String, warn: (String) -> Void) throws -> SessionPipeline.Batch {
        do {
            let (session, warnings) = try SessionPipeline.readAll(path: path, allowPartial: allowPartial)
            warnings.forEach(warn)
            return session
        } catch {
            throw CommandFailure("\(error)")
        }
    }

    /// Hands the records of the session at `path` in effect up to `at` (Manila `HH:MM[:SS]`; nil: the end), in effect
    /// order, decoded, to `apply` in batches (`ReplayFeed.inEffectOrder`; each rejection logged); returns the instant
    /// they end at.
    /// Warnings go to stderr.
    func replay(
        _ path: String, through at: String?, logger: Logger, apply: ([Result<MarketEvent, DecodeError>]) throws -> Void
    ) throws -> EpochMillis {
        let session = try read(path) { FileHandle.standardError.write(Data("psei-ticker: warning: \($0)\n".utf8)) }
        let feed = ReplayFeed(records: session.records, speed: 1, wallNow: 0)
        let end = at.flatMap(ManilaTime.secondOfDay(parsing:)).flatMap(feed.instant(secondOfDay:)) ?? feed.end
        try feed.inEffectOrder(session.decoded, through: end) { batch in
            logRejections(batch, logger: logger)
            try apply(batch)
        }
        return end
    }
}
