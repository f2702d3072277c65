import Rendering
import Testing

/// The HTML and SVG exports' colours: dim text is mixed toward what is behind it, as a terminal draws it, rather
/// than made see-through (which would fade a cell's background too); reverse video swaps in the page's colours.
@Suite struct PageExportTests {
    static var grid: CellGrid {
        var grid = CellGrid(width: 6, height: 1)
        grid.put("│", x: 0, y: 0, role: .border)
        grid.put("AC", x: 2, y: 0, role: .selection)
        return grid
    }

    @Test func dimTextIsMixedTowardThePageNotSeeThrough() {
        // The default theme's border is #5f5f5f, dim, on the #121212 page: 35 % of the way there is #444444.
        for export in [FrameExport.svg(Self.grid, theme: .standard), FrameExport.html(Self.grid, theme: .standard)] {
            #expect(!export.contains("opacity"))
            #expect(export.contains("#444444"))
        }
    }

    @Test func reverseVideoTakesThePagesColoursOfItsTheme() {
        let svg = FrameExport.svg(Self.grid, theme: .light)
        #expect(svg.contains("fill=\"#1f1f1f\"/>"), "the selection's background is the light page's text colour")
        #expect(svg.contains("fill=\"#ffffff\">AC</text>"), "its text is the light page's background")
    }
}
