extension KeyCommand {
    /// Where a navigation key moves a position in a list shown `page` rows at a time: ↑/↓ one, PgUp/PgDn a page,
    /// Home to the first, End to `.max` (the list's owner clamps it to its last); nil for any other key. One rule for
    /// the table's selection, the alerts view's scroll and the Kafka view's selection.
    func moving(_ position: Int, page: Int) -> Int? {
        switch self {
        case .up: position - 1
        case .down: position + 1
        case .pageUp: position - page
        case .pageDown: position + page
        case .home: 0
        case .end: .max
        default: nil
        }
    }

    /// A full-screen list's keys (the alerts view, the Kafka view): a navigation key moves `position` (see `moving`);
    /// search, time & sales and the stock screen do nothing there, as the list has no stocks; false for any other
    /// key, which then works as on the table.
    func movesList(_ position: inout Int, page: Int) -> Bool {
        if let moved = moving(position, page: page) {
            position = moved
            return true
        }
        switch self {
        case .startSearch, .toggleDetail, .openStock: return true
        default: return false
        }
    }
}
