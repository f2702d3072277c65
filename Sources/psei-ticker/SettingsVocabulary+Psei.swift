import Dashboard
import Rendering
import Settings

extension SettingsVocabulary {
    /// What psei-ticker's configuration may choose from: the stock table's columns, its sort keys, and the
    /// stale-after range of `--stale-after`.
    static let psei = SettingsVocabulary(
        columnTitles: StockTable.columnTitles, sortKeys: SortKey.allCases.map(\.rawValue),
        staleAfterMinutes: OptionRanges.staleAfterMinutes.bounds)
}
