/// The values a configuration file may choose from, given by the modules that own them (the table's columns,
/// its sort keys, the stale-after range) so that `Settings` checks them without depending on those modules.
public struct SettingsVocabulary: Sendable {
    /// The stock table's column titles, `LAST`, `CHG`, …
    public let columnTitles: [String]
    /// The sort keys' names.
    public let sortKeys: [String]
    /// Minutes without a trade or quote before a stock is stale.
    public let staleAfterMinutes: ClosedRange<Double>

    public init(columnTitles: [String], sortKeys: [String], staleAfterMinutes: ClosedRange<Double>) {
        self.columnTitles = columnTitles
        self.sortKeys = sortKeys
        self.staleAfterMinutes = staleAfterMinutes
    }
}
