import Logging
import MarketData

/// Decodes records, logging each rejection with its coordinates.
public func decode(_ records: [FeedRecord], logger: Logger) -> [Result<MarketEvent, DecodeError>] {
    let decoded = records.map(WireCodec.decode)
    for case .failure(let error) in decoded { logger.warning("rejected record: \(error)") }
    return decoded
}
