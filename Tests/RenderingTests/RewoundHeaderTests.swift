import Dashboard
import GoldenFiles
import MarketData
import Rendering
import Testing

/// The live DVR on screen: while rewound the header says `REWOUND 10:42 (live 13:05)` in the rewound role in place of
/// the clock, and everything below shows the market of 10:42; the `g` prompt stands in the status bar.
@Suite struct RewoundHeaderTests {
    /// The live market at 13:05:12 shown as it was at 10:42.
    static let state: DashboardState = {
        var state = simulatedState(until: "13:05:12")
        let instant = ManilaTime.epochMillis(date: "2026-11-25", secondOfDay: 10 * 3600 + 42 * 60)!
        Dashboard.reduce(into: &state, action: .rewind(Rewind(at: instant, market: simulatedState(until: "10:42").market)))
        return state
    }()

    @Test(arguments: [(80, 24), (120, 40)])
    func rewoundFrameAtSize(width: Int, height: Int) throws {
        let grid = Renderer.render(Self.state, width: width, height: height, context: RenderContext(glyphs: .unicode))
        let header = grid.text(row: 0)
        #expect(header.hasSuffix("  REWOUND 10:42 (live 13:05) PHT "), "\(header)")
        let start = header.distance(from: header.startIndex, to: try #require(header.range(of: "REWOUND")).lowerBound)
        #expect(Set(Array(RoleMap.text(grid, rows: 0..<1))[start..<start + "REWOUND 10:42 (live 13:05)".count]) == ["r"])
        try assertSnapshot(FrameExport.text(grid), named: "rewound-\(width)x\(height).txt")
        try assertSnapshot(RoleMap.text(grid), named: "rewound-\(width)x\(height).roles.txt")
    }

    @Test func theFrameBelowTheHeaderIsTheRewoundMarkets() {
        let context = RenderContext(glyphs: .unicode)
        let rewound = Renderer.render(Self.state, width: 120, height: 40, context: context)
        let then = Renderer.render(simulatedState(until: "10:42"), width: 120, height: 40, context: context)
        #expect((1..<39).map { rewound.text(row: $0) } == (1..<39).map { then.text(row: $0) })
    }

    @Test func theGoToPromptStandsInTheStatusBar() {
        var state = simulatedState(until: "13:05:12")
        Dashboard.reduce(into: &state, action: .goToPrompt(GoToPrompt(text: "10:4")))
        let grid = Renderer.render(state, width: 120, height: 40, context: RenderContext(glyphs: .unicode))
        #expect(grid.text(row: 39).hasPrefix(" ● GO TO 10:4_ (HH:MM, Enter)"), "\(grid.text(row: 39))")
    }
}
