import Dashboard

/// A broker ledger's top net buyers and top net sellers (`Buyers`, `Sellers`), each broker on a line: its code (`F` after a broker a
/// foreign flag named), its net in the role of a rise or a fall, what it bought and sold, its trades and, given the
/// turnover, its share of it. The two lists sit side by side when the room holds both, else buyers above sellers;
/// columns that do not fit are left out, the share first. Brokers beyond the ledger's cap close the list as one line.
enum BrokerRanking {
    /// One column: its heading, its width (a blank before its figure included) and its figure for a broker.
    private struct Column {
        let heading: String
        let width: Int
        let figure: (BrokerLedger.Row) -> (text: String, role: StyleRole)
    }

    /// The code column: a blank, a code of up to three characters (longer ones cut visibly) and the foreign mark.
    static let codeWidth = 6
    static let codeRoom = 3

    /// Draws the ranking inside `rect`; `turnoverUnits` (the value traded the shares are of) adds the share column.
    static func draw(
        _ ledger: BrokerLedger, turnoverUnits: Int128?, in rect: BoxFrame.Rect, into grid: inout CellGrid, context: RenderContext
    ) {
        guard rect.height > 0, rect.width > 0 else { return }
        var lines = rect.height
        if ledger.others.trades > 0 {
            lines -= 1
            drawOthers(ledger.others, x: rect.x, y: rect.y + lines, width: rect.width, into: &grid, context: context)
        }
        guard !ledger.rows.isEmpty || ledger.others.trades > 0 else {
            grid.put(" No broker codes on the trades yet", x: rect.x, y: rect.y, role: .label, maxWidth: rect.width)
            return
        }
        let columns = fitting(columns(turnoverUnits: turnoverUnits, context: context), width: rect.width)
        let lineWidth = codeWidth + columns.reduce(0) { $0 + $1.width }
        let sides: [(heading: String, rows: (Int) -> [BrokerLedger.Row])] = [
            (" Buyers", { ledger.top(netBuyers: $0) }), (" Sellers", { ledger.top(netSellers: $0) }),
        ]
        let besideEachOther = rect.width >= 2 * lineWidth + 2
        let perSide = besideEachOther ? lines - 1 : (lines - 2) / 2
        guard perSide > 0 else { return }
        for (index, side) in sides.enumerated() {
            let x = besideEachOther ? rect.x + index * (rect.width + 1) / 2 : rect.x
            let y = besideEachOther ? rect.y : rect.y + index * (perSide + 1)
            grid.put(side.heading, x: x, y: y, role: .label)
            let brokers = side.rows(perSide)
            if brokers.isEmpty { grid.put(" none", x: x, y: y + 1, role: .label) }
            for (offset, broker) in brokers.enumerated() {
                drawBroker(broker, columns: columns, x: x, y: y + 1 + offset, into: &grid, context: context)
            }
            var right = x + codeWidth
            for column in columns {
                right += column.width
                grid.putRight(column.heading, right: right, y: y, role: .label)
            }
        }
    }

    private static func drawBroker(
        _ broker: BrokerLedger.Row, columns: [Column], x: Int, y: Int, into grid: inout CellGrid, context: RenderContext
    ) {
        let end = grid.put(" " + Format.truncated(broker.code, width: codeRoom, glyphs: context.glyphs), x: x, y: y)
        if broker.foreign { grid.put("F", x: end + 1, y: y, role: .header) }
        var right = x + codeWidth
        for column in columns {
            right += column.width
            let (text, role) = column.figure(broker)
            grid.putRight(text, right: right, y: y, role: role)
        }
    }

    /// The brokers beyond the cap on one line: what they bought and sold and in how many trades.
    private static func drawOthers(
        _ others: BrokerLedger.Row, x: Int, y: Int, width: Int, into grid: inout CellGrid, context: RenderContext
    ) {
        let glyphs = context.glyphs
        let text =
            " Others: bought \(Format.money(others.boughtUnits, glyphs: glyphs)), sold \(Format.money(others.soldUnits, glyphs: glyphs))"
            + " in \(Format.count(others.trades, width: .max, glyphs: glyphs)) trades"
        grid.put(Format.truncated(text, width: width, glyphs: glyphs), x: x, y: y, role: .label)
    }

    /// The figure columns in reading order.
    private static func columns(turnoverUnits: Int128?, context: RenderContext) -> [Column] {
        let glyphs = context.glyphs
        var columns = [
            Column(heading: "net", width: 9) {
                (Format.netMoney($0.netUnits, glyphs: glyphs, width: 8), context.role(Int($0.netUnits.signum())))
            },
            Column(heading: "bought", width: 8) { (Format.money($0.boughtUnits, glyphs: glyphs), .normal) },
            Column(heading: "sold", width: 8) { (Format.money($0.soldUnits, glyphs: glyphs), .normal) },
            Column(heading: "trades", width: 7) { (Format.count($0.trades, width: 6, glyphs: glyphs), .normal) },
        ]
        if let turnoverUnits, turnoverUnits > 0 {
            columns.append(
                Column(heading: "share", width: 7) { broker in
                    (Format.share(broker.boughtUnits + broker.soldUnits, of: 2 * turnoverUnits, glyphs: glyphs, width: 6), .label)
                })
        }
        return columns
    }

    /// The columns that fit `width` after the code: the net always; then, while room is short, the share goes
    /// first, the sold and bought values next, the trades last.
    private static func fitting(_ columns: [Column], width: Int) -> [Column] {
        var kept = columns
        for heading in ["share", "sold", "bought", "trades"] where codeWidth + kept.reduce(0, { $0 + $1.width }) > width {
            kept.removeAll { $0.heading == heading }
        }
        return kept
    }
}
