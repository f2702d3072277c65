import Dashboard
import MarketData

/// The market wrap as titled tables of short texts, in the order wraps print them: what the text and Markdown outputs
/// both lay out, so the two say the same. Numbers use the screens' formats (`Format`); text that came from the wire
/// (symbols, halt reasons) is made terminal-safe.
enum WrapReport {
    /// A column: its heading and whether its cells line up on the left (text) or on the right (numbers).
    struct Column {
        let heading: String
        let left: Bool

        init(_ heading: String, left: Bool = false) { self.heading = heading; self.left = left }
    }

    /// A titled table and lines of notes below it; a table without rows is written as `None`.
    struct Section {
        let title: String
        let columns: [Column]
        let rows: [[String]]
        var notes: [String] = []
    }

    /// `PSE market wrap · 2026-11-25 · as of 15:10:00 PHT`.
    static func title(_ wrap: MarketWrap, glyphs: Glyphs) -> String {
        let parts = ["PSE market wrap", wrap.date ?? "no data", wrap.asOf.map { "as of \($0.manila) PHT" }]
        return parts.compactMap { $0 }.joined(separator: glyphs.separator)
    }

    static func sections(_ wrap: MarketWrap, glyphs: Glyphs) -> [Section] {
        [
            indices(wrap, glyphs: glyphs), turnover(wrap.turnover, glyphs: glyphs), breadth(wrap.breadth, glyphs: glyphs),
            foreign(wrap.foreign, glyphs: glyphs),
            sideBySide(
                "Top net foreign", ("Buys", wrap.foreign.topBuys), ("Sells", wrap.foreign.topSells), heading: "Net",
                cells: { [symbol($0.symbol), Format.netMoney($0.net.units, glyphs: glyphs, width: .max)] }),
            sideBySide(
                "PSEi movers in points", ("Up", wrap.indexMovers.up), ("Down", wrap.indexMovers.down), heading: "Points",
                cells: { [symbol($0.symbol), Format.points($0.points, glyphs: glyphs)] }),
            mostActive(wrap.mostActive, glyphs: glyphs), limitHits(wrap.limitHits, glyphs: glyphs),
            blockSales(wrap.blockSales, glyphs: glyphs), halts(wrap.halts, glyphs: glyphs),
        ]
    }

    private static func indices(_ wrap: MarketWrap, glyphs: Glyphs) -> Section {
        let rows = ([wrap.psei] + wrap.sectors).map { index in
            [
                index.code, index.close.map { Format.price($0.price, decimals: 2, width: .max, glyphs: glyphs) },
                index.change.map { Format.points($0.price.doubleValue, glyphs: glyphs) },
                index.changePercent.map { Format.percent($0, glyphs: glyphs) },
            ].map { $0 ?? glyphs.missing }
        }
        return Section(
            title: "PSEi and sectors", columns: [Column("Index", left: true), Column("Close"), Column("Change"), Column("%")],
            rows: rows)
    }

    private static func turnover(_ turnover: MarketWrap.Turnover, glyphs: Glyphs) -> Section {
        let boards = [
            ("Main board", turnover.mainBoard), ("Odd lot", turnover.oddLot), ("Block sales", turnover.block),
            ("Total", turnover.total),
        ]
        let rows = boards.map { name, value in [name, money(value, glyphs: glyphs), share(value, of: turnover.total, glyphs: glyphs)] }
        var notes = ["\(Format.count(turnover.trades, width: .max, glyphs: glyphs)) trades"]
        if let average = turnover.average {
            let sessions = "\(average.sessions) earlier session\(average.sessions == 1 ? "" : "s")"
            notes.append(
                "\(Format.percent(average.changePercent, glyphs: glyphs)) against the average of \(sessions): "
                    + "\(money(average.total, glyphs: glyphs)), \(Format.count(average.trades, width: .max, glyphs: glyphs)) trades")
        }
        return Section(
            title: "Turnover", columns: [Column("Board", left: true), Column("Value"), Column("Share")], rows: rows, notes: notes)
    }

    private static func breadth(_ breadth: MarketWrap.Breadth, glyphs: Glyphs) -> Section {
        let rows = [("PSEi", breadth.psei), ("Whole board", breadth.board)].map { name, count in
            [name]
                + [count.advancers, count.decliners, count.unchanged, count.notTraded].map {
                    Format.count($0, width: .max, glyphs: glyphs)
                }
        }
        return Section(
            title: "Breadth",
            columns: [
                Column("Stocks", left: true), Column("Advancers"), Column("Decliners"), Column("Unchanged"), Column("Not traded"),
            ],
            rows: rows)
    }

    private static func foreign(_ foreign: MarketWrap.Foreign, glyphs: Glyphs) -> Section {
        Section(
            title: "Net foreign", columns: [Column("Buying"), Column("Selling"), Column("Net")],
            rows: [
                [
                    money(foreign.buying, glyphs: glyphs), money(foreign.selling, glyphs: glyphs),
                    Format.netMoney(foreign.net.units, glyphs: glyphs, width: .max),
                ]
            ])
    }

    private static func mostActive(_ stocks: [MarketWrap.ActiveStock], glyphs: Glyphs) -> Section {
        let rows = stocks.map { stock in
            [
                symbol(stock.symbol), money(stock.value, glyphs: glyphs),
                stock.last.map { Format.price($0.price, width: .max, glyphs: glyphs) } ?? glyphs.missing,
                stock.changePercent.map { Format.percent($0, glyphs: glyphs) } ?? glyphs.missing,
                Format.count(stock.trades, width: .max, glyphs: glyphs),
            ]
        }
        return Section(
            title: "Most active by value",
            columns: [Column("Stock", left: true), Column("Value"), Column("Last"), Column("%"), Column("Trades")], rows: rows)
    }

    private static func limitHits(_ hits: [MarketWrap.LimitHit], glyphs: Glyphs) -> Section {
        let rows = hits.map { hit in
            [
                symbol(hit.symbol), hit.limit, Format.price(hit.price.price, width: .max, glyphs: glyphs),
                Format.price(hit.limitPrice.price, width: .max, glyphs: glyphs),
            ]
        }
        return Section(
            title: "Price limits reached",
            columns: [Column("Stock", left: true), Column("Limit", left: true), Column("High/low"), Column("Limit price")],
            rows: rows)
    }

    private static func blockSales(_ sales: [MarketWrap.BlockSale], glyphs: Glyphs) -> Section {
        let rows = sales.map { sale in
            [
                sale.time.manila, symbol(sale.symbol), Format.price(sale.price.price, width: .max, glyphs: glyphs),
                Format.count(sale.quantity, width: .max, glyphs: glyphs), money(sale.value, glyphs: glyphs),
            ]
        }
        return Section(
            title: "Block sales",
            columns: [Column("Time", left: true), Column("Stock", left: true), Column("Price"), Column("Shares"), Column("Value")],
            rows: rows)
    }

    private static func halts(_ halts: MarketWrap.Halts, glyphs: Glyphs) -> Section {
        let market = halts.market.map { halt in
            ["Market" + (halt.level.map { " L\($0)" } ?? ""), halt.since.manila, halt.until?.manila ?? "ongoing", reason(halt.reason)]
        }
        let stocks = halts.stocks.map { halt in
            ["\(symbol(halt.symbol)) \(halt.phase)", halt.since.manila, halt.until?.manila ?? "ongoing", reason(halt.reason)]
        }
        return Section(
            title: "Halts",
            columns: [Column("Halted", left: true), Column("Since"), Column("Until"), Column("Reason", left: true)],
            rows: market + stocks)
    }

    /// Two lists beside each other, a line per rank: `Buys Net  Sells Net`.
    private static func sideBySide<Item>(
        _ title: String, _ left: (String, [Item]), _ right: (String, [Item]), heading: String, cells: (Item) -> [String]
    ) -> Section {
        let rows = (0..<max(left.1.count, right.1.count)).map { rank in
            [left.1, right.1].flatMap { list in rank < list.count ? cells(list[rank]) : ["", ""] }
        }
        return Section(
            title: title, columns: [Column(left.0, left: true), Column(heading), Column(right.0, left: true), Column(heading)],
            rows: rows)
    }

    /// `₱5.12B`, `₱310.50M`: two decimals where the unit allows.
    private static func money(_ pesos: MarketWrap.Pesos, glyphs: Glyphs) -> String {
        Format.money(pesos.units, glyphs: glyphs, width: .max)
    }

    /// `93.75%` of `total`; `—` when the total is nothing.
    private static func share(_ part: MarketWrap.Pesos, of total: MarketWrap.Pesos, glyphs: Glyphs) -> String {
        guard total.units > 0 else { return glyphs.missing }
        let hundredths = (part.units * 10_000 + total.units / 2) / total.units
        return Format.fit(hundredths, scale: 2, decimals: 2, width: .max, glyphs: glyphs, suffix: "%")
    }

    private static func symbol(_ code: String) -> String { TerminalSafe.sanitize(code) }

    private static func reason(_ text: String?) -> String { text.map(TerminalSafe.sanitize) ?? "" }
}
