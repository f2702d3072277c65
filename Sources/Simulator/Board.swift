/// Which securities the simulated day plays.
public enum Board: String, CaseIterable, Hashable, Sendable {
    /// The 30 PSEi constituents only.
    case psei
    /// The constituents and about 250 simulated listings across the PSE sectors, most of them thinly traded
    /// (`FullBoard`).
    case full
}
