import Dashboard
import GoldenFiles
import MarketData
import Rendering
import Testing

/// The `!` form on screen: centred over the table (or a stock's screen) with its kinds, the rule and its cursor, the
/// parser's problem after a refused Enter, and the keys; golden frames at the sizes users run.
@Suite struct AlertFormBoxTests {
    static let sizes = [(80, 24), (120, 40)]
    static let day = simulatedState(until: "11:30")

    /// The simulated day at 11:30 with the form open on ALI, on the kind `steps` to the right of `above`.
    static func withForm(steps: Int = 0, typing: String = "", accept: Bool = false, stockScreen: Bool = false) -> DashboardState {
        var state = day
        state.ui.selected = state.rows.firstIndex { $0.symbol == "ALI" }!
        if stockScreen { Dashboard.reduce(into: &state, action: .key(.openStock)) }
        Dashboard.reduce(into: &state, action: .key(.openAlertForm))
        for _ in 0..<steps { Dashboard.reduce(into: &state, action: .key(.nextAlertKind)) }
        for character in typing { Dashboard.reduce(into: &state, action: .key(.typeAlertForm(character))) }
        if accept { Dashboard.reduce(into: &state, action: .key(.acceptAlertForm)) }
        return state
    }

    static func frame(_ state: DashboardState, width: Int, height: Int, glyphs: Glyphs = .unicode) -> CellGrid {
        Renderer.render(state, width: width, height: height, context: RenderContext(glyphs: glyphs, now: 0))
    }

    @Test(arguments: sizes)
    func theFormFrame(size: (Int, Int)) throws {
        let state = Self.withForm()
        let grid = Self.frame(state, width: size.0, height: size.1)
        let text = FrameExport.text(grid)
        let form = try #require(state.ui.alertForm)
        #expect(text.contains("New alert · ALI"), "\(text)")
        #expect(text.contains("> \(form.text) "), "\(text)")
        #expect(text.contains(" above  below  change  move  volume  limit  halt  foreign  block "), "\(text)")
        #expect(text.contains("←→ kind  Enter add  Esc cancel"), "\(text)")
        try assertSnapshot(text, named: "alert-form-\(size.0)x\(size.1).txt")
        try assertSnapshot(RoleMap.text(grid), named: "alert-form-\(size.0)x\(size.1).roles.txt")
    }

    /// The chosen kind is the one selected-looking; the cursor follows the text.
    @Test func theChosenKindAndTheCursorAreHighlighted() throws {
        let grid = Self.frame(Self.withForm(steps: 3), width: 120, height: 40)
        let rowOfKinds = try #require((0..<40).first { grid.text(row: $0).contains(" above  below ") })
        let move = try #require(grid.text(row: rowOfKinds).range(of: " move ")).lowerBound
        let column = grid.text(row: rowOfKinds).distance(from: grid.text(row: rowOfKinds).startIndex, to: move)
        #expect(grid[column + 1, rowOfKinds].role == .selection && grid[column - 3, rowOfKinds].role != .selection)
        let ruleRow = try #require((0..<40).first { grid.text(row: $0).contains("> ALI move 2% in 5m") })
        let end = grid.text(row: ruleRow).range(of: "5m")!.upperBound
        let cursor = grid.text(row: ruleRow).distance(from: grid.text(row: ruleRow).startIndex, to: end)
        #expect(grid[cursor, ruleRow].role == .selection)
    }

    @Test func aRefusedRuleShowsTheParsersProblem() throws {
        let grid = Self.frame(Self.withForm(steps: 2, typing: "x", accept: true), width: 80, height: 24)
        let row = try #require((0..<24).first { grid.text(row: $0).contains("\"5%x\" is not a percentage like 5%") })
        #expect(grid.text(row: row).contains("│ \"5%x\""))
        let column = grid.text(row: row).distance(
            from: grid.text(row: row).startIndex, to: grid.text(row: row).range(of: "\"5%x\"")!.lowerBound)
        #expect(grid[column, row].role == .error)
    }

    @Test func theFormOpensOverAStocksScreenAndWithoutUnicode() {
        let text = FrameExport.text(Self.frame(Self.withForm(stockScreen: true), width: 80, height: 24, glyphs: .ascii))
        #expect(text.contains("New alert · ALI") && text.contains("<> kind  Enter add  Esc cancel"), "\(text)")
    }
}
