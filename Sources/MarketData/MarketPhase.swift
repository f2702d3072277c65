/// A trading phase of the whole market (`pse.status` scope `MARKET`) or of one security (halts).
public enum MarketPhase: String, CaseIterable, Hashable, Sendable {
    case preopen, open, recess, preclose, runoff, closed, halted, suspended

    /// Continuous trading is happening, so a silent symbol is stale.
    public var isTrading: Bool { self == .open }
}
