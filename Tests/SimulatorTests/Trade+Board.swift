import Exchange
import MarketData

extension Trade {
    /// Whole board lots on the main and block boards; fewer shares than a board lot on the odd-lot board.
    var hasTheQuantityItsBoardTakes: Bool {
        board == .oddlot
            ? quantity.shares < PSERules.boardLot(for: price).shares : PSERules.isBoardLot(quantity, at: price)
    }
}
