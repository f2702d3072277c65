import Dashboard

/// The market's brokers (`b` on the table): the day's top net buyers and net sellers by value over every stock and
/// every board, with what each bought and sold, its trades and its share of the turnover — both sides of the
/// turnover, since every peso traded was bought through one broker and sold through another.
enum BrokersScreen {
    static func draw(_ state: DashboardState, in rect: BoxFrame.Rect, into grid: inout CellGrid, context: RenderContext) {
        let separator = context.glyphs.separator
        let title = "Brokers\(separator)whole market, every board\(separator)net by value\(separator)F foreign"
        let inner = BoxFrame.draw(rect, title: title, into: &grid, glyphs: context.glyphs)
        BrokerRanking.draw(
            state.shown.brokers.market, turnoverUnits: state.shown.totalValueUnits, in: inner, into: &grid, context: context)
    }
}
