import Foundation
import MarketData

/// The wall clock in milliseconds since the epoch: the only clock the run loops read (the view-model and the
/// renderer are handed time, never read it).
public func wallClockMillis() -> EpochMillis { EpochMillis(Date().timeIntervalSince1970 * 1000) }
