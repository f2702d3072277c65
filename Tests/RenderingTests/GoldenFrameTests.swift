import Dashboard
import GoldenFiles
import MarketData
import Rendering
import Testing

/// Whole frames from a fixed set of records at the sizes users run, compared with golden files.
@Suite struct GoldenFrameTests {
    static let state = simulatedState(until: "10:42:13")

    @Test(arguments: [(80, 24), (120, 40), (200, 60)])
    func liveFrameAtSize(width: Int, height: Int) throws {
        let grid = Renderer.render(Self.state, width: width, height: height, context: RenderContext(glyphs: .unicode))
        try assertSnapshot(FrameExport.text(grid), named: "live-\(width)x\(height).txt")
    }

    /// The role of every cell (see `RoleMap`), where a wrong style shows that the text alone cannot.
    @Test(arguments: [(120, 40), (200, 60)])
    func rolesOfTheLiveFrameAtSize(width: Int, height: Int) throws {
        let grid = Renderer.render(Self.state, width: width, height: height, context: RenderContext(glyphs: .unicode))
        #expect(RoleMap.letters.count == StyleRole.allCases.count)
        try assertSnapshot(RoleMap.text(grid), named: "live-\(width)x\(height).roles.txt")
    }

    /// A half day (24 or 31 December): the dashboard learns the schedule from the pre-close at 11:55, and the chart
    /// axis, its labels and the sparklines end at the half day's close, 12:10, with no recess.
    @Test func halfDayFrameAfterTheClose() throws {
        let state = simulatedState(until: "12:15", schedule: .halfDay)
        #expect(state.shown.schedule == .halfDay)
        let text = FrameExport.text(Renderer.render(state, width: 120, height: 40, context: RenderContext(glyphs: .unicode)))
        #expect(text.contains("12:10") && !text.contains("13:00") && !text.contains("15:00"))
        try assertSnapshot(text, named: "half-day-120x40.txt")
    }

    @Test func asciiFallbackFrame() throws {
        let grid = Renderer.render(Self.state, width: 120, height: 40, context: RenderContext(glyphs: .ascii))
        let text = FrameExport.text(grid)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        try assertSnapshot(text, named: "live-120x40-ascii.txt")
    }
}
