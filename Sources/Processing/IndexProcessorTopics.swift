/// The topics the index processor reads and writes.
public struct IndexProcessorTopics: Sendable {
    public static let defaultPartials = "pse.index.partials"
    public static let defaultOutput = "pse.index.computed"

    public var trades: String
    public var reference: String
    /// The internal topic of partial sums, keyed by index code: its partitions decide who owns which index.
    public var partials: String
    public var output: String

    public init(
        trades: String = "pse.trades", reference: String = "pse.ref", partials: String = Self.defaultPartials,
        output: String = Self.defaultOutput
    ) {
        self.trades = trades; self.reference = reference; self.partials = partials; self.output = output
    }
}
