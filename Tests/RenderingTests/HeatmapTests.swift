import Dashboard
import Foundation
import MarketData
import Rendering
import Testing

/// The heatmap widget alone, on hand-built stocks: tiles inside their rectangle and covering it, colour by % change,
/// density glyphs when asked, labels that fit, and inputs at the edges.
@Suite struct HeatmapTests {
    typealias Rect = BoxFrame.Rect
    static let sectors = ["Financials", "Industrial", "Holding Firms", "Property", "Services", "Mining and Oil"]

    /// A stock with a previous close of ₱100, `percent` up or down, and `pesos` traded.
    static func stock(_ code: String, sector: String? = "Property", pesos: Int, percent: Double) -> StockState {
        var stock = StockState(symbol: Symbol(code)!)
        stock.sector = sector
        stock.previousClose = Price("100")!
        stock.last = Price(units: Int64((100 + percent) * Double(Price.scale)))
        stock.valueUnits = Int128(pesos) * Int128(Price.scale)
        return stock
    }

    /// Forty stocks over the six sectors, values spread over four orders of magnitude, changes −6%…+6%, four untraded.
    static let board: [StockState] = (0..<40).map { (number: Int) -> StockState in
        let pesos: Int = number < 4 ? 0 : 1_000 * (number * number * 37 % 9_973 + 1)
        let percent = Double(number % 13) - 6
        return stock("S\(number)", sector: sectors[number % sectors.count], pesos: pesos, percent: percent)
    }
    /// 3,000 stocks, a tenth untraded.
    static let manyStocks: [StockState] = (0..<3_000).map { (number: Int) -> StockState in
        let pesos: Int = number % 10 == 0 ? 0 : number * 1_000
        let percent = Double(number % 21 - 10) / 2
        return stock("M\(number)", sector: sectors[number % sectors.count], pesos: pesos, percent: percent)
    }

    static func draw(
        _ stocks: [StockState], in rect: Rect, gridWidth: Int = 130, gridHeight: Int = 45, context: RenderContext = RenderContext()
    )
        -> CellGrid
    {
        var grid = CellGrid(width: gridWidth, height: gridHeight)
        grid.fill(x: 0, y: 0, width: gridWidth, height: gridHeight, with: sentinel)
        Heatmap.draw(stocks, in: rect, into: &grid, context: context)
        return grid
    }

    static let sentinel = Cell("@", .error)

    /// Inputs by name (so a failure names its case rather than printing every stock).
    static let inputs: [String: [StockState]] = [
        "no stocks": [], "one untraded": [stock("ALI", pesos: 0, percent: 1)],
        "all zero value": board.map {
            var stock = $0; stock.valueUnits = 0; return stock
        }, "forty": board,
        "3,000 stocks": manyStocks, "extreme": extremes,
    ]
    /// No sector, changes of about 10^20 % and −99 %, each with the most value a state can hold.
    static var extremes: [StockState] {
        var soaring = stock("ALI", sector: nil, pesos: 0, percent: 0)
        soaring.previousClose = Price(units: 1)
        soaring.last = Price(units: .max)
        var sinking = stock("BDO", sector: nil, pesos: 0, percent: -99)
        (soaring.valueUnits, sinking.valueUnits) = (.max, .max)
        return [soaring, sinking]
    }
    static let rects = [
        Rect(x: 5, y: 3, width: 1, height: 1), Rect(x: 0, y: 0, width: 2, height: 1), Rect(x: 4, y: 2, width: 7, height: 3),
        Rect(x: 1, y: 1, width: 80, height: 24), Rect(x: 0, y: 0, width: 130, height: 45),
    ]

    @Test(arguments: inputs.keys.sorted(), rects)
    func drawsEveryCellOfItsRectangleAndNothingOutside(input: String, rect: Rect) {
        let stocks = Self.inputs[input]!
        for context in [RenderContext(), RenderContext(glyphs: .ascii, shadeWithGlyphs: true)] {
            let grid = Self.draw(stocks, in: rect, context: context)
            for y in 0..<grid.height {
                for x in 0..<grid.width {
                    let inside = (rect.x..<(rect.x + rect.width)).contains(x) && (rect.y..<(rect.y + rect.height)).contains(y)
                    #expect((grid[x, y] == Self.sentinel) != inside, "(\(x), \(y)) in \(rect)")
                }
            }
        }
    }

    @Test(arguments: [
        (nil, 0), (0.0, 0), (0.24, 0), (0.25, 1), (-0.25, -1), (1.49, 1), (1.5, 2), (-3.99, -2), (4.0, 3), (-50.0, -3), (.nan, 0),
    ])
    func theLevelOfAChangeFollowsTheBoundsOfTheScale(percent: Double?, level: Int) {
        #expect(HeatScale.level(percent: percent) == level)
        #expect(HeatScale.role(percent: percent) == HeatScale.roles[level + 3])
    }

    /// Two stocks alone in a map without a footer: each tile is one role but for the blank column that ends it, the
    /// larger value's tile about twice the other's.
    @Test func eachTileHasTheRoleOfItsChangeAndAnAreaInProportionToItsValue() {
        let stocks = [Self.stock("BIG", pesos: 2_000, percent: 5), Self.stock("SMALL", pesos: 1_000, percent: -0.5)]
        let rect = Rect(x: 0, y: 0, width: 30, height: 3)
        let grid = Self.draw(stocks, in: rect, gridWidth: 30, gridHeight: 3)
        let roles = grid.cells.map(\.role)
        let (up, down) = (roles.filter { $0 == .heatUp3 }.count, roles.filter { $0 == .heatDown1 }.count)
        #expect(grid.text(row: 0) == " Property ₱3.00K".padding(toLength: 30, withPad: " ", startingAt: 0))
        #expect(roles.prefix(16).allSatisfy { $0 == .title }, "the sector's header")
        #expect(up + down == 56 && roles[30...].filter { $0 == .normal }.count == 4)
        #expect(abs(Double(up) - 38) <= 3 && abs(Double(down) - 18) <= 3, "\(up) up, \(down) down")
        #expect(grid.text(row: 1).contains("BIG") && grid.text(row: 1).contains("SMALL"))
        #expect(grid.text(row: 2).contains("▲5.00%") && grid.text(row: 2).contains("▼0.50%"))
    }

    @Test func withGlyphShadingTilesAreFilledByTheSizeOfTheChange() {
        let stocks = [
            Self.stock("DROP", pesos: 3_000, percent: -5), Self.stock("RISE", pesos: 2_000, percent: 0.5),
            Self.stock("FLAT", pesos: 1_000, percent: 0),
        ]
        let rect = Rect(x: 0, y: 0, width: 60, height: 8)
        for (glyphs, shades) in [(Glyphs.unicode, Array(" ░▒▓")), (.ascii, Array(" :+#"))] {
            let grid = Self.draw(
                stocks, in: rect, gridWidth: 60, gridHeight: 8, context: RenderContext(glyphs: glyphs, shadeWithGlyphs: true))
            let fills = Dictionary(grouping: grid.cells.filter { HeatScale.roles.contains($0.role) }, by: \.role)
            #expect(fills[.heatDown3]!.filter { $0.character == shades[3] }.count > 20)
            #expect(fills[.heatUp1]!.filter { $0.character == shades[1] }.count > 10)
            #expect(fills[.heatFlat]!.filter { $0.character == shades[0] }.count > 5)
            #expect(grid.cells.contains { $0.character == glyphs.down } && grid.cells.contains { $0.character == glyphs.up })
            #expect(!fills[.heatFlat]!.contains { shades.dropFirst().contains($0.character) })
        }
        let colour = Self.draw(stocks, in: rect, gridWidth: 60, gridHeight: 8)
        #expect(!colour.cells.contains { "░▒▓".contains($0.character) })
    }

    @Test(arguments: 0...14, 0...3)
    func labelsFitTheirTile(width: Int, height: Int) {
        for stock in [
            Self.stock("ALI", pesos: 1, percent: 2.04), Self.stock("ABCDE", pesos: 1, percent: -12.345),
            Self.stock("X", pesos: 1, percent: 0),
        ] {
            let lines = Heatmap.label(stock, width: width, height: height, context: RenderContext())
            #expect(lines.count <= height && lines.allSatisfy { $0.count <= width }, "\(lines) in \(width)×\(height)")
            #expect(lines.isEmpty == (width < stock.symbol.code.count || height == 0))
            if let first = lines.first { #expect(first.hasPrefix(stock.symbol.code)) }
        }
    }

    @Test func aNarrowerTileShowsTheSymbolAloneAndATinyOneNothing() {
        let ali = Self.stock("ALI", pesos: 1, percent: 2.04)
        let context = RenderContext()
        #expect(Heatmap.label(ali, width: 8, height: 2, context: context) == ["ALI", "▲2.04%"])
        #expect(Heatmap.label(ali, width: 5, height: 2, context: context) == ["ALI", "▲2.0%"])
        #expect(Heatmap.label(ali, width: 3, height: 2, context: context) == ["ALI", "▲2%"])
        #expect(Heatmap.label(ali, width: 12, height: 1, context: context) == ["ALI ▲2.04%"])
        #expect(Heatmap.label(ali, width: 4, height: 1, context: context) == ["ALI"])
        #expect(Heatmap.label(ali, width: 2, height: 3, context: context) == [])
    }

    @Test func aChangeTooSmallForItsDecimalsKeepsItsDirectionAndNeverReadsAsNone() {
        let context = RenderContext()
        let tinyRise = Self.stock("AC", pesos: 1, percent: 0.004), tinyFall = Self.stock("AC", pesos: 1, percent: -0.004)
        #expect(Heatmap.label(tinyRise, width: 7, height: 2, context: context) == ["AC", "▲<0.01%"])
        #expect(Heatmap.label(tinyFall, width: 7, height: 2, context: context) == ["AC", "▼<0.01%"])
        #expect(Heatmap.label(tinyRise, width: 6, height: 2, context: context) == ["AC"])
        let smallRise = Self.stock("AC", pesos: 1, percent: 0.3)
        #expect(Heatmap.label(smallRise, width: 5, height: 2, context: context) == ["AC", "▲0.3%"])
        #expect(Heatmap.label(smallRise, width: 4, height: 2, context: context) == ["AC"], "not ▲0%")
        let unchanged = Self.stock("AC", pesos: 1, percent: 0)
        #expect(Heatmap.label(unchanged, width: 3, height: 2, context: context) == ["AC", "═0%"])
    }

    @Test func theFooterCountsUntradedStocksAndShowsTheScale() {
        let stocks = [
            Self.stock("ALI", pesos: 1_000, percent: 1), Self.stock("BDO", pesos: 0, percent: 0), Self.stock("BPI", pesos: 0, percent: 0),
        ]
        let grid = Self.draw(stocks, in: Rect(x: 0, y: 0, width: 80, height: 6), gridWidth: 80, gridHeight: 6)
        let footer = grid.text(row: 5)
        #expect(footer.hasPrefix(" 2 untraded"))
        #expect(footer.hasSuffix(" −4%  −1.5%  −0.25%  0  +0.25%  +1.5%  +4% "))
        #expect(grid[79, 5].role == .heatUp3 && grid[0, 5].role == .label)
    }

    @Test func aSectorFromTheWireIsShownWithoutItsControlCharacters() {
        let stocks = [Self.stock("ALI", sector: "Prop\u{1B}]52;c;AAAA\u{07}erty", pesos: 1_000, percent: 1)]
        let grid = Self.draw(stocks, in: Rect(x: 0, y: 0, width: 40, height: 6), gridWidth: 40, gridHeight: 6)
        #expect(!grid.cells.contains { $0.character.unicodeScalars.contains(where: TerminalSafe.isUnsafe) })
        #expect(grid.text(row: 0).hasPrefix(" Prop?]52;c;AAAA?erty"))
    }

    @Test func withoutAnyValueTradedTheMapSaysSo() {
        let grid = Self.draw(
            [Self.stock("ALI", pesos: 0, percent: 0)], in: Rect(x: 0, y: 0, width: 40, height: 6), gridWidth: 40, gridHeight: 6)
        #expect(grid.text(row: 0).hasPrefix(" no value traded yet"))
        #expect(grid.text(row: 5).hasPrefix(" 1 untraded"))
    }
}
