import Dashboard
import Recording
import TerminalUI

/// Every key the dashboards answer to, in one table: the run loop and the replay controls look keys up here, and
/// the `?` overlay, the commands' `--help` and the README's key list are all generated from it.
public enum KeyMap {
    /// Which dashboard a binding works in: `live` is `watch` and `demo`, `replay` is `replay`.
    public enum Mode: Hashable, Sendable { case live, replay }

    /// What a key does: a dashboard command (reduced into the state) or a DVR control (handled by the source: the
    /// replay, or the live DVR).
    public enum Action: Hashable, Sendable {
        case dashboard(KeyCommand)
        case replay(ReplayControl)
    }

    /// One row of the table: the keys the help shows together (`↑ ↓  k j`) and what each of them does.
    public struct Binding: Sendable {
        public let label: String
        public let description: String
        public let modes: Set<Mode>
        public let actions: [TerminalInput: Action]
    }

    private static let both: Set<Mode> = [.live, .replay]

    public static let bindings: [Binding] = [
        Binding(
            label: "↑ ↓  k j", description: "move the selection", modes: both,
            actions: [.up: .dashboard(.up), .down: .dashboard(.down), .character("k"): .dashboard(.up), .character("j"): .dashboard(.down)]),
        Binding(
            label: "PgUp PgDn", description: "page through the table", modes: both,
            actions: [.pageUp: .dashboard(.pageUp), .pageDown: .dashboard(.pageDown)]),
        Binding(
            label: "Home End", description: "first / last row", modes: both,
            actions: [.home: .dashboard(.home), .end: .dashboard(.end)]),
        Binding(label: "G", description: "last row, as End", modes: [.live], actions: [.character("G"): .dashboard(.end)]),
        Binding(
            label: "Tab  S-Tab", description: "next / previous view (PSEi, watchlists, All, sectors)", modes: both,
            actions: [.tab: .dashboard(.nextView), .backTab: .dashboard(.previousView)]),
        Binding(
            label: "1 … 9", description: "the view of that tab", modes: both,
            actions: Dictionary(
                uniqueKeysWithValues: (1...9).map { (TerminalInput.character(Character(String($0))), .dashboard(.showView($0 - 1))) })),
        Binding(
            label: "/", description: "search symbols and names; Enter keeps the match, Esc clears", modes: both,
            actions: [.character("/"): .dashboard(.startSearch)]),
        Binding(
            label: "a d", description: "add to / remove from the watchlist", modes: both,
            actions: [.character("a"): .dashboard(.addToWatchlist), .character("d"): .dashboard(.removeFromWatchlist)]),
        Binding(
            label: "+ -", description: "add to / remove from the watchlist, as a d", modes: [.live],
            actions: [.character("+"): .dashboard(.addToWatchlist), .character("-"): .dashboard(.removeFromWatchlist)]),
        Binding(
            label: "m", description: "heatmap of the view / the table", modes: both, actions: [.character("m"): .dashboard(.toggleHeatmap)]),
        Binding(
            label: "b", description: "the market's brokers / the table (a stock's on its screen)", modes: both,
            actions: [.character("b"): .dashboard(.toggleBrokers)]),
        Binding(
            label: "A", description: "the day's alerts / the table (scroll with arrows and PgUp PgDn)", modes: both,
            actions: [.character("A"): .dashboard(.toggleAlerts)]),
        Binding(
            label: "K", description: "the Kafka cluster: brokers, partitions, lag, group / the table", modes: [.live],
            actions: [.character("K"): .dashboard(.toggleCluster)]),
        Binding(
            label: "!", description: "add an alert rule for the selection: ← → kind, type, Enter adds, Esc cancels", modes: both,
            actions: [.character("!"): .dashboard(.openAlertForm)]),
        Binding(label: "s", description: "next sort key", modes: both, actions: [.character("s"): .dashboard(.nextSortKey)]),
        Binding(label: "S", description: "reverse the sort", modes: both, actions: [.character("S"): .dashboard(.toggleSortDirection)]),
        Binding(label: "Enter", description: "the selected stock's own screen", modes: both, actions: [.enter: .dashboard(.openStock)]),
        Binding(
            label: "t", description: "time & sales of the selection", modes: both, actions: [.character("t"): .dashboard(.toggleDetail)]),
        Binding(
            label: "space", description: "pause / resume the display", modes: [.live],
            actions: [.character(" "): .dashboard(.togglePause)]),
        Binding(
            label: "space", description: "pause / resume the replay", modes: [.replay],
            actions: [.character(" "): .replay(.togglePause)]),
        Binding(
            label: "+ -", description: "faster / slower (\(speed(ReplayFeed.speeds.first!))x to \(speed(ReplayFeed.speeds.last!))x)",
            modes: [.replay],
            actions: [
                .character("+"): .replay(.faster), .character("="): .replay(.faster),
                .character("-"): .replay(.slower), .character("_"): .replay(.slower),
            ]),
        Binding(
            label: "← →", description: "back / on one minute", modes: both,
            actions: [.left: .replay(.forward(minutes: -1)), .right: .replay(.forward(minutes: 1))]),
        Binding(
            label: "[ ]", description: "back / on fifteen minutes", modes: both,
            actions: [.character("["): .replay(.forward(minutes: -15)), .character("]"): .replay(.forward(minutes: 15))]),
        Binding(label: "0", description: "to the open", modes: both, actions: [.character("0"): .replay(.toOpen)]),
        Binding(
            label: "g", description: "go to a time: HH:MM[:SS] Enter (Backspace erases, Esc cancels)", modes: both,
            actions: [.character("g"): .replay(.goToTime)]),
        Binding(
            label: "L", description: "back to LIVE after a rewind (on past the live edge does the same)", modes: [.live],
            actions: [.character("L"): .replay(.toLive)]),
        Binding(
            label: "?  h", description: "show / hide this help", modes: both,
            actions: [.character("?"): .dashboard(.toggleHelp), .character("h"): .dashboard(.toggleHelp)]),
        Binding(
            label: "Esc", description: "close the ! form, help, search, heatmap, brokers, alerts, stock screen, time & sales", modes: both,
            actions: [.escape: .dashboard(.dismiss)]
        ),
        Binding(
            label: "q  Ctrl-C", description: "quit", modes: both,
            actions: [.character("q"): .dashboard(.quit), .character("Q"): .dashboard(.quit), .interrupt: .dashboard(.quit)]),
    ]

    /// What `input` does in `mode`, nil when nothing.
    public static func action(for input: TerminalInput, mode: Mode) -> Action? {
        bindings.lazy.filter { $0.modes.contains(mode) }.compactMap { $0.actions[input] }.first
    }

    /// What a key does while a search is being typed: text, Backspace, Enter, Esc, the arrows and Ctrl-C; nil for
    /// the keys that do nothing then.
    public static func searchCommand(for input: TerminalInput) -> KeyCommand? {
        switch input {
        case .character(let character): .typeSearch(character)
        case .backspace: .eraseSearch
        case .enter: .acceptSearch
        case .escape: .dismiss
        case .up: .up
        case .down: .down
        case .interrupt: .quit
        default: nil
        }
    }

    /// What a key does while the `!` form is open: text, Backspace, ←/→ and Tab (the kind), Enter, Esc and Ctrl-C;
    /// nil for the keys that do nothing then.
    public static func alertFormCommand(for input: TerminalInput) -> KeyCommand? {
        switch input {
        case .character(let character): .typeAlertForm(character)
        case .backspace: .eraseAlertForm
        case .left, .backTab: .previousAlertKind
        case .right, .tab: .nextAlertKind
        case .enter: .acceptAlertForm
        case .escape: .dismiss
        case .interrupt: .quit
        default: nil
        }
    }

    /// The bindings of `mode` as (keys, what they do), in table order: the `?` overlay's lines.
    public static func help(mode: Mode) -> [(keys: String, description: String)] {
        bindings.filter { $0.modes.contains(mode) }.map { ($0.label, $0.description) }
    }

    /// The bindings of `mode` as plain text lines, for a command's `--help`.
    public static func helpText(mode: Mode) -> String {
        "Keys:\n" + help(mode: mode).map { "  \($0.keys.padding(12)) \($0.description)" }.joined(separator: "\n")
    }

    /// The whole table as Markdown (the README's key list), one column per mode.
    public static var markdown: String {
        var lines = ["| keys | watch, demo | replay |", "| --- | --- | --- |"]
        var seen: [String] = []
        for binding in bindings where !seen.contains(binding.label) {
            seen.append(binding.label)
            let same = bindings.filter { $0.label == binding.label }
            func cell(_ mode: Mode) -> String { same.first { $0.modes.contains(mode) }?.description ?? "" }
            lines.append("| `\(binding.label.replacingOccurrences(of: "  ", with: " "))` | \(cell(.live)) | \(cell(.replay)) |")
        }
        return lines.joined(separator: "\n")
    }
}

/// The DVR keys: the replay's own controls, and in `watch` and `demo` the moves back into the day received
/// (`LiveDVR`).
public enum ReplayControl: Hashable, Sendable {
    case togglePause, faster, slower
    /// Moves the replay clock (or the rewound instant) by this many minutes (negative: back).
    case forward(minutes: Int)
    case toOpen, goToTime
    /// Back to the live market after a rewind (`watch`, `demo`).
    case toLive
}

/// `0.25`, `1000`: a speed factor as the help writes it.
private func speed(_ factor: Double) -> String {
    factor == factor.rounded() ? String(Int(factor)) : String(factor)
}

private extension String {
    func padding(_ width: Int) -> String { count >= width ? self : self + String(repeating: " ", count: width - count) }
}
