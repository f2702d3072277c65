import Logging
import MarketData

/// Decodes records, logging each rejection with its coordinates.
public func decode(_ records: [FeedRecord], logger: Logger) -> [Result<MarketEvent, DecodeError>] {
    let decoded = WireCodec.decode(records)
    logRejections(decoded, logger: logger)
    return decoded
}

/// Logs each rejection among `decoded` with its coordinates.
public func logRejections(_ decoded: [Result<MarketEvent, DecodeError>], logger: Logger) {
    for case .failure(let error) in decoded { logger.warning("rejected record: \(error)") }
}
