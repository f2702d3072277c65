import Dashboard
import Foundation
import MarketData
import Rendering
import TerminalUI

/// The interactive loop: applies what the feed posted, reads keys, redraws at most 30 times a second and only
/// when something changed, and sleeps in `poll` otherwise (no busy loop). The terminal is restored on every exit.
struct DashboardLoop {
    static let frameInterval: EpochMillis = 33

    let terminal: Terminal
    let inbox: ActionInbox
    let glyphs: Glyphs
    let shutdown: ShutdownSignal

    func run(_ initial: DashboardState) {
        var state = initial
        var frozen: DashboardState?
        var dirty = true
        var lastFrame: EpochMillis = 0
        var lastTick: EpochMillis = 0
        while !shutdown.isRequested && !state.ui.quitRequested {
            let now = wallClockMillis()
            let untilFrame = dirty ? max(Self.frameInterval - (now - lastFrame), 0) : 250
            wait(milliseconds: Int32(untilFrame))

            for action in inbox.take() {
                Dashboard.reduce(into: &state, action: action)
                dirty = true
            }
            while let input = terminal.readInput() {
                if input == .resize { dirty = true; continue }
                guard let key = KeyMapping.command(for: input) else { continue }
                Dashboard.reduce(into: &state, action: .key(key))
                if key == .togglePause { frozen = state.ui.paused ? state : nil }
                dirty = true
            }
            let clock = wallClockMillis()
            if clock - lastTick >= 1000 {
                Dashboard.reduce(into: &state, action: .tick(clock))
                lastTick = clock
                dirty = true
            }
            guard dirty, clock - lastFrame >= Self.frameInterval else { continue }
            let (width, height) = terminal.size
            Dashboard.reduce(into: &state, action: .tableRows(Renderer.Layout(width: width, height: height).stockRows))
            var shown = frozen ?? state
            shown.ui = state.ui
            shown.counters = state.counters
            shown.connection = state.connection
            terminal.draw(Renderer.render(shown, width: width, height: height, context: RenderContext(glyphs: glyphs, now: clock)))
            lastFrame = clock
            dirty = false
        }
    }

    /// Sleeps until a key, a posted action, or the timeout.
    private func wait(milliseconds: Int32) {
        var descriptors = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
                           pollfd(fd: inbox.wakeDescriptor, events: Int16(POLLIN), revents: 0)]
        _ = poll(&descriptors, 2, milliseconds)
    }
}

/// The dashboard's key bindings.
enum KeyMapping {
    static func command(for input: TerminalInput) -> KeyCommand? {
        switch input {
        case .up, .character("k"): .up
        case .down, .character("j"): .down
        case .pageUp: .pageUp
        case .pageDown: .pageDown
        case .home, .character("g"): .home
        case .end, .character("G"): .end
        case .character("s"): .nextSortKey
        case .character("S"): .toggleSortDirection
        case .character("?"), .character("h"): .toggleHelp
        case .character("\r"), .character("\n"), .character("t"): .toggleDetail
        case .character(" "): .togglePause
        case .character("q"), .character("Q"), .interrupt: .quit
        default: nil
        }
    }
}
