import Dashboard
import Foundation
import MarketData
import Rendering
import TerminalUI

/// Where frames go and keys come from: the ncurses `Terminal`, or an in-memory screen (benchmarks, tests).
public protocol FrameBackend: AnyObject {
    /// The screen's size in cells.
    var size: (width: Int, height: Int) { get }
    /// A descriptor that becomes readable when input is waiting (nil: no input).
    var inputDescriptor: Int32? { get }
    /// Shows a frame; returns how many cells changed.
    @discardableResult func draw(_ grid: CellGrid) -> Int
    /// The next key or resize, nil when none is waiting.
    func readInput() -> TerminalInput?
    /// Sends bytes that are not part of the frame (a bell, a notification's escape) to the terminal, after the
    /// frame's refresh so they never land inside the screen's own output.
    func emit(_ bytes: [UInt8])
}

extension Terminal: FrameBackend {
    public var inputDescriptor: Int32? { STDIN_FILENO }
}

/// The interactive loop: applies what the feed posted, reads keys, redraws at most 30 times a second and only
/// when something changed, and sleeps in `poll` otherwise (no busy loop). The caller restores the terminal.
public struct DashboardLoop {
    public static let frameInterval: EpochMillis = 33

    let backend: FrameBackend
    let source: DashboardSource
    /// Glyphs, columns and shading for every frame; the loop fills in the wall clock and the key help.
    let look: RenderContext
    let shouldStop: () -> Bool
    /// Keeps the user's watchlists after `+`/`-` (before, after); returns a problem to show, nil when saved.
    let saveWatchlists: (_ before: [Watchlist], _ after: [Watchlist]) -> String?
    /// Keeps an alert rule the `!` form added; returns a problem to show, nil when saved.
    let saveAlertRule: (AlertRule) -> String?
    /// Where announced alerts go besides the screen (nothing by default).
    let alertDelivery: AlertDelivery

    public init(
        backend: FrameBackend, source: DashboardSource, look: RenderContext, shouldStop: @escaping () -> Bool,
        saveWatchlists: @escaping (_ before: [Watchlist], _ after: [Watchlist]) -> String? = { _, _ in nil },
        saveAlertRule: @escaping (AlertRule) -> String? = { _ in nil }, alertDelivery: AlertDelivery = AlertDelivery()
    ) {
        self.backend = backend; self.source = source; self.look = look; self.shouldStop = shouldStop
        self.saveWatchlists = saveWatchlists; self.saveAlertRule = saveAlertRule; self.alertDelivery = alertDelivery
    }

    /// Runs until `shouldStop` or a quit key; returns the final state.
    @discardableResult
    public func run(_ initial: DashboardState) -> DashboardState {
        // What a replay's seek backwards starts over from: the initial state with the rules added since.
        var start = initial
        var state = initial
        var dirty = true
        var lastFrame: EpochMillis = 0
        var lastTick: EpochMillis = 0
        var lastSize = (width: 0, height: 0)
        var alerts = AlertCursor(state.alerts)
        var trim = BurstTrim()
        // Every change goes through here, so each alert fired is delivered once, right after the action that fired it.
        func reduce(_ action: DashboardAction) {
            Dashboard.reduce(into: &state, action: action)
            alertDelivery.deliver(alerts.newAlerts(in: state.alerts), to: backend)
        }
        // A key, then the saving of what it changed in the user's files: the watchlists, the alert rules.
        func press(_ key: KeyCommand) {
            let watchlists = state.ui.watchlists
            let ruleCount = state.alerts.rules.count
            reduce(.key(key))
            if state.ui.watchlists != watchlists, let problem = saveWatchlists(watchlists, state.ui.watchlists) {
                reduce(.notice(problem))
            }
            if state.alerts.rules.count > ruleCount, let rule = state.alerts.rules.last {
                start.alerts.add(rule)
                if let problem = saveAlertRule(rule) { reduce(.notice(problem)) }
            }
        }
        while !shouldStop() && !state.ui.quitRequested {
            let now = wallClockMillis()
            let untilFrame = dirty ? max(Self.frameInterval - (now - lastFrame), 0) : 250
            wait(milliseconds: Int32(untilFrame))

            var records = 0
            for action in source.take(wallNow: wallClockMillis()) {
                if case .records(let results, _) = action { records += results.count }
                reduce(action)
                dirty = true
            }
            trim.applied(records)
            while let input = backend.readInput() {
                if input == .resize { dirty = true; continue }
                if state.ui.alertForm != nil, let command = KeyMap.alertFormCommand(for: input) {
                    press(command)
                    dirty = true
                    continue
                }
                if state.ui.search != nil, let command = KeyMap.searchCommand(for: input) {
                    reduce(.key(command))
                    dirty = true
                    continue
                }
                switch source.handle(input, wallNow: wallClockMillis()) {
                case .ignored:
                    break
                case .handled(let actions):
                    for action in actions { reduce(action) }
                    dirty = true
                    continue
                case .restart(let actions):
                    // The source starts over (a replay seeking backwards): a fresh state, the same UI.
                    let ui = state.ui
                    state = start
                    state.ui = ui
                    alerts = AlertCursor(state.alerts)
                    for action in actions { reduce(action) }
                    dirty = true
                    continue
                }
                guard case .dashboard(let key) = KeyMap.action(for: input, mode: source.keyMode) else { continue }
                press(key)
                dirty = true
            }
            let clock = wallClockMillis()
            // Once a second redraw anyway: records/s and the feed-ahead notice move with the wall clock.
            if clock - lastTick >= 1000 {
                lastTick = clock
                reduce(.clock(clock))
                dirty = true
            }
            guard dirty, clock - lastFrame >= Self.frameInterval else { continue }
            let (width, height) = backend.size
            if (width, height) != lastSize {
                // Only after a resize: the reducer then re-checks the scroll against every row.
                lastSize = (width, height)
                reduce(.tableRows(Renderer.Layout(width: width, height: height).stockRows))
                reduce(.tapeRows(StockScreen.Layout(width: width, height: height).tapeRows))
                reduce(.alertRows(AlertsScreen.Layout(width: width, height: height).rows))
            }
            var context = look
            context.now = clock
            context.keyHelp = KeyMap.help(mode: source.keyMode)
            backend.draw(Renderer.render(state, width: width, height: height, context: context))
            lastFrame = clock
            dirty = false
        }
        return state
    }

    /// Sleeps until a key, a posted action, the source's next due time, or the timeout.
    private func wait(milliseconds: Int32) {
        var descriptors: [pollfd] = []
        if let input = backend.inputDescriptor { descriptors.append(pollfd(fd: input, events: Int16(POLLIN), revents: 0)) }
        if let wake = source.wakeDescriptor { descriptors.append(pollfd(fd: wake, events: Int16(POLLIN), revents: 0)) }
        let timeout = source.nextDue(wallNow: wallClockMillis()).map { min(milliseconds, Int32(clamping: max($0, 0))) } ?? milliseconds
        _ = poll(&descriptors, nfds_t(descriptors.count), timeout)
    }
}

/// Where the dashboard's actions come from: the Kafka consumer thread, or a replay driven by the loop's clock.
public protocol DashboardSource: AnyObject {
    /// A descriptor that becomes readable when actions are waiting (nil: the source is polled by time).
    var wakeDescriptor: Int32? { get }
    /// Milliseconds until the source next has something due (nil: only when woken).
    func nextDue(wallNow: EpochMillis) -> EpochMillis?
    /// The actions ready now.
    func take(wallNow: EpochMillis) -> [DashboardAction]
    /// Handles a key of the source's own (replay controls); keys it ignores go to the dashboard.
    func handle(_ input: TerminalInput, wallNow: EpochMillis) -> KeyOutcome
    /// Which of `KeyMap`'s bindings apply.
    var keyMode: KeyMap.Mode { get }
}

extension DashboardSource {
    public var keyMode: KeyMap.Mode { .live }
}

/// What a source did with a key.
public enum KeyOutcome {
    case ignored
    /// Apply these actions (possibly none) on top of the current state.
    case handled([DashboardAction])
    /// Start over from a fresh state with these actions (a seek backwards).
    case restart([DashboardAction])
}
