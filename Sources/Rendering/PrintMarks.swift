import Dashboard
import MarketData

/// What time & sales shows after a print's figures: its brokers (`XA → BD`), the side a foreign broker was on
/// (`F·B`, `F·S`, `F·BS`) and a board other than the main one (`odd lot`, `BLOCK`). When the room runs out the
/// brokers go first, then the foreign mark; the board's mark is the last to go.
enum PrintMarks {
    /// One mark and its role.
    struct Part: Equatable {
        let text: String
        let role: StyleRole
    }

    /// The marks that fit in `room` cells, a space between each, in reading order; each taken in order of
    /// importance when it still fits (so a narrow panel keeps `F·S` when `BLOCK` is too wide).
    static func parts(_ print: TradeTape.Print, brokers: BrokerCodes, room: Int, glyphs: Glyphs) -> [Part] {
        var brokerPart: Part?
        if print.buyer != BrokerCodes.none || print.seller != BrokerCodes.none {
            let name = { (number: BrokerCodes.Number) in brokers[number]?.code ?? glyphs.missing }
            brokerPart = Part(text: name(print.buyer) + glyphs.toward + name(print.seller), role: .label)
        }
        let inReadingOrder = [brokerPart, foreign(print.foreign, glyphs: glyphs), board(print.board)]
        var used = -1
        var kept = Set<Int>()
        for index in inReadingOrder.indices.reversed() {
            guard let part = inReadingOrder[index], used + 1 + part.text.count <= room else { continue }
            used += 1 + part.text.count
            kept.insert(index)
        }
        return inReadingOrder.indices.filter(kept.contains).compactMap { inReadingOrder[$0] }
    }

    private static func board(_ board: Trade.Board) -> Part? {
        switch board {
        case .main: nil
        case .oddlot: Part(text: "odd lot", role: .label)
        case .block: Part(text: "BLOCK", role: .warning)
        }
    }

    private static func foreign(_ side: Trade.ForeignSide?, glyphs: Glyphs) -> Part? {
        side.map { Part(text: "F" + glyphs.markDot + $0.rawValue, role: .header) }
    }
}
