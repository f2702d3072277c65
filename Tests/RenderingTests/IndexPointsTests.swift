import Dashboard
import MarketData
import Rendering
import Testing

/// The PSEi in points: the header says when the feed's level and the one computed from the members disagree, and
/// the side panel names the members that moved the index most.
@Suite struct IndexPointsTests {
    static func render(_ state: DashboardState, width: Int = 200, height: Int = 60) -> CellGrid {
        Renderer.render(state, width: width, height: height, context: RenderContext(glyphs: .unicode))
    }

    static func line(_ grid: CellGrid, _ y: Int) -> String { FrameExport.text(grid).split(separator: "\n")[y].description }

    @Test func aFeedLevelAwayFromTheMembersSumIsAWarningInTheHeader() throws {
        var state = simulatedState(until: "10:42:13")
        #expect(!Self.line(Self.render(state), 0).contains("computed"), "the simulator's levels agree with its members")
        let level = IndexLevel(code: .psei, value: Price("6500.00")!, timestamp: state.market.dataClock.time!)
        Dashboard.reduce(into: &state, action: .records([.success(.index(level))], receivedAt: 0))
        let computed = try #require(state.market.computedLevel(of: .psei))
        let grid = Self.render(state)
        let header = Self.line(grid, 0)
        let expected =
            "PSEi feed 6,500.00 ≠ computed \(Price(units: Int64((computed * 100).rounded()) * 100).formatted(decimals: 2, grouping: true))"
        let range = try #require(header.range(of: expected), "\(header)")
        let x = header.distance(from: header.startIndex, to: range.lowerBound)
        #expect((x..<x + expected.count).allSatisfy { grid[$0, 0].role == .warning })
    }

    @Test func theSidePanelNamesTheBiggestPusherAndDragger() throws {
        let state = simulatedState(until: "10:42:13")
        let text = FrameExport.text(Self.render(state, width: 120, height: 40))
        let pusher = try #require(state.market.stocks.values.max { ($0.pseiPoints ?? 0) < ($1.pseiPoints ?? 0) })
        let dragger = try #require(state.market.stocks.values.min { ($0.pseiPoints ?? 0) < ($1.pseiPoints ?? 0) })
        #expect(text.contains("PSEi points"))
        for stock in [pusher, dragger] {
            let points = try #require(stock.pseiPoints)
            let shown = Price(units: Int64((points * 100).rounded()) * 100).formatted(decimals: 2, alwaysSign: true)
            let figure = shown.replacingOccurrences(of: "-", with: "−").replacingOccurrences(of: "+", with: "\\+")
            let pattern = "\(points > 0 ? "▲" : "▼") \(stock.symbol.code) +\(figure)"
            #expect(text.range(of: pattern, options: .regularExpression) != nil, "\(pattern)")
        }
    }
}
