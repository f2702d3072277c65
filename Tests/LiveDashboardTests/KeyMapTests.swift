import Dashboard
import Foundation
import LiveDashboard
import Rendering
import TerminalUI
import Testing

/// The key map is the one place keys are defined: no key does two things in one dashboard, and the `?` overlay and
/// the README list exactly what the map holds.
@Suite struct KeyMapTests {
    static let readme = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../README.md").standardized

    @Test(arguments: [KeyMap.Mode.live, .replay])
    func everyKeyDoesOneThingInEachMode(mode: KeyMap.Mode) {
        var owner: [TerminalInput: String] = [:]
        for binding in KeyMap.bindings where binding.modes.contains(mode) {
            for (input, action) in binding.actions {
                #expect(owner[input] == nil, "\(input) is bound by both '\(owner[input] ?? "")' and '\(binding.label)'")
                owner[input] = binding.label
                #expect(KeyMap.action(for: input, mode: mode) == action)
            }
        }
        #expect(KeyMap.action(for: .character("x"), mode: mode) == nil)
    }

    @Test func theDVRKeysWorkInBothModesAndLReturnsToLiveInWatch() {
        #expect(KeyMap.action(for: .character(" "), mode: .replay) == .replay(.togglePause))
        #expect(KeyMap.action(for: .character(" "), mode: .live) == .dashboard(.togglePause))
        #expect(KeyMap.action(for: .character("g"), mode: .replay) == .replay(.goToTime))
        #expect(KeyMap.action(for: .character("g"), mode: .live) == .replay(.goToTime))
        #expect(KeyMap.action(for: .character("G"), mode: .live) == .dashboard(.end))
        #expect(KeyMap.action(for: .home, mode: .live) == .dashboard(.home))
        #expect(KeyMap.action(for: .left, mode: .replay) == .replay(.forward(minutes: -1)))
        #expect(KeyMap.action(for: .character("]"), mode: .live) == .replay(.forward(minutes: 15)))
        #expect(KeyMap.action(for: .character("L"), mode: .live) == .replay(.toLive))
        #expect(KeyMap.action(for: .character("L"), mode: .replay) == nil)
    }

    @Test(arguments: [KeyMap.Mode.live, .replay])
    func theHelpOverlayListsEveryBindingOfItsMode(mode: KeyMap.Mode) {
        var state = DashboardState(source: "test")
        Dashboard.reduce(into: &state, action: .key(.toggleHelp))
        let context = RenderContext(glyphs: .ascii, keyHelp: KeyMap.help(mode: mode))
        let text = FrameExport.text(Renderer.render(state, width: 120, height: 40, context: context))
        for binding in KeyMap.bindings {
            let listed = text.contains(binding.description)
            #expect(listed == binding.modes.contains(mode), "'\(binding.description)' in the \(mode) help: \(listed)\n\(text)")
        }
        #expect(text.contains(" ^ v  k j"))
    }

    /// The README's key table is generated from the map; `PSEI_RECORD_SNAPSHOTS=1` rewrites it.
    @Test func theReadmeListsTheKeyMap() throws {
        let (begin, end) = ("<!-- keys: generated from KeyMap -->\n", "\n<!-- /keys -->")
        let text = try String(contentsOf: Self.readme, encoding: .utf8)
        let start = try #require(text.range(of: begin), "README.md needs a '\(begin)' … '\(end)' block")
        let stop = try #require(text.range(of: end, range: start.upperBound..<text.endIndex))
        let listed = String(text[start.upperBound..<stop.lowerBound])
        if ProcessInfo.processInfo.environment["PSEI_RECORD_SNAPSHOTS"] == "1" && listed != KeyMap.markdown {
            try text.replacingCharacters(in: start.upperBound..<stop.lowerBound, with: KeyMap.markdown)
                .write(to: Self.readme, atomically: true, encoding: .utf8)
            return
        }
        #expect(listed == KeyMap.markdown, "README.md's keys are out of date: run PSEI_RECORD_SNAPSHOTS=1 swift test --filter KeyMapTests")
    }
}
