import Dashboard

/// The run loop's place in the day's alerts: which of `AlertBook.fired` are new since it last looked. A book that
/// starts over (a replay seeking back restarts the state) is followed with `init`.
struct AlertCursor {
    private var seen: Int

    init(_ book: AlertBook) { seen = book.firedCount }

    /// The alerts fired since the last look, oldest first (at most those the book still keeps).
    mutating func newAlerts(in book: AlertBook) -> ArraySlice<Alert> {
        let new = min(max(book.firedCount - seen, 0), book.fired.count)
        seen = book.firedCount
        return book.fired.suffix(new)
    }
}
