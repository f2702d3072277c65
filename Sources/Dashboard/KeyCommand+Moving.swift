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
}
