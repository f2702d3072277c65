import GoldenFiles
import Dashboard
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

    @Test func asciiFallbackFrame() throws {
        let grid = Renderer.render(Self.state, width: 120, height: 40, context: RenderContext(glyphs: .ascii))
        let text = FrameExport.text(grid)
        #expect(text.unicodeScalars.allSatisfy { $0.isASCII })
        try assertSnapshot(text, named: "live-120x40-ascii.txt")
    }
}
