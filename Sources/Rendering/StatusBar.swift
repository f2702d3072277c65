import Dashboard
import MarketData

/// The bottom line: can the picture be trusted? Connection, source, records/s, malformed and sequence
/// problems, pause; key hints on the right.
enum StatusBar {
    static func draw(_ state: DashboardState, y: Int, into grid: inout CellGrid, context: RenderContext) {
        grid.fill(x: 0, y: y, width: grid.width, height: 1, with: Cell(" ", .status))
        let glyphs = context.glyphs
        let (mark, label, role): (Character, String, StyleRole) = switch state.connection {
        case .connecting: (glyphs.reconnecting, "CONNECTING", .warning)
        case .live: (glyphs.live, "LIVE", .live)
        case .reconnecting: (glyphs.reconnecting, "RECONNECTING", .warning)
        case .disconnected: (glyphs.disconnected, "DISCONNECTED", .error)
        case .waitingForTopic(let topic): (glyphs.reconnecting, "WAITING FOR \(TerminalSafe.sanitize(topic))", .warning)
        case .replay(let replay): (glyphs.replay, replayLabel(replay, glyphs: glyphs), replay.paused ? .warning : .live)
        case .ended: (glyphs.live, "END OF DATA", .live)
        case .snapshot: (glyphs.live, "SNAPSHOT", .live)
        }
        var x = grid.put(" \(mark) \(label)", x: 0, y: y, role: role)
        var parts = [TerminalSafe.sanitize(state.source),
                     "\(Format.fixed(state.counters.recordsPerSecond(now: context.now), decimals: 0)) rec/s"]
        if case .disconnected(let reason) = state.connection { parts.append(TerminalSafe.sanitize(reason)) }
        x = grid.put("  " + parts.joined(separator: glyphs.separator), x: x, y: y, role: .status)
        if let lag = state.lag {
            let worst = lag.worst.map { " (\(TerminalSafe.sanitize($0.partition)) \(Quantity($0.lag).grouped))" } ?? ""
            x = grid.put("\(glyphs.separator)lag \(Quantity(lag.total).grouped)\(worst)", x: x, y: y, role: lag.total > 0 ? .warning : .status)
        }
        let malformed = state.counters.rejectedTotal
        x = grid.put("\(glyphs.separator)malformed \(malformed)", x: x, y: y, role: malformed > 0 ? .warning : .status)
        if let rejection = state.counters.lastRejection, malformed > 0 {
            x = grid.put(" (\(rejection.reason.rawValue))", x: x, y: y, role: .warning)
        }
        if let warning = state.counters.lastWarning {
            x = grid.put("\(glyphs.separator)warnings \(state.counters.warningsTotal) (\(warning.rawValue))", x: x, y: y, role: .warning)
        }
        if state.counters.gaps > 0 { x = grid.put("\(glyphs.separator)gaps \(state.counters.gaps)", x: x, y: y, role: .warning) }
        if state.counters.duplicates > 0 { x = grid.put("\(glyphs.separator)dup \(state.counters.duplicates)", x: x, y: y, role: .status) }
        if state.ui.paused { x = grid.put("  PAUSED", x: x, y: y, role: .warning) }
        let hints = "? help  s sort  q quit "
        if x + hints.count + 2 <= grid.width { grid.putRight(hints, right: grid.width, y: y, role: .status) }
    }
}

/// `REPLAY 10:42:13 ×60 [████░░░░] 38%`, `PAUSED` when paused, or the time being typed after `g`.
private func replayLabel(_ replay: ReplayStatus, glyphs: Glyphs) -> String {
    if let prompt = replay.prompt {
        return "GO TO \(TerminalSafe.sanitize(prompt))_ " + (replay.promptProblem.map { "\(glyphs.disconnected) \($0)" } ?? "(HH:MM, Enter)")
    }
    let speed = Format.fixed(replay.speed, decimals: replay.speed < 1 ? 2 : 0)
    let filled = Int((replay.progress * 8).rounded(.down))
    let bar = String(repeating: glyphs.braille ? "█" : "#", count: filled) + String(repeating: glyphs.braille ? "░" : ".", count: 8 - filled)
    let state = replay.paused ? "PAUSED" : "REPLAY"
    return "\(state) \(Format.clock(replay.position, seconds: true)) \(glyphs.times)\(speed) [\(bar)] \(Int(replay.progress * 100))%"
}

/// The `?` overlay: every key of this dashboard (`RenderContext.keyHelp`) and what it does, and the sort.
enum HelpOverlay {
    static func draw(_ state: DashboardState, into grid: inout CellGrid, context: RenderContext) {
        let lines = context.keyHelp
        let descriptionWidth = lines.map(\.description.count).max() ?? 0
        let width = min(max(50, descriptionWidth + 16), grid.width - 2), height = min(lines.count + 5, grid.height - 2)
        let rect = BoxFrame.Rect(x: (grid.width - width) / 2, y: (grid.height - height) / 2, width: width, height: height)
        grid.fill(x: rect.x, y: rect.y, width: rect.width, height: rect.height, with: Cell(" ", .help))
        let inner = BoxFrame.draw(rect, title: "Help", into: &grid, glyphs: context.glyphs)
        for (row, line) in lines.enumerated() where row < inner.height - 2 {
            let keys = context.glyphs.braille ? line.keys : line.keys.replacingArrows
            grid.put(" " + keys, x: inner.x, y: inner.y + row, role: .header)
            grid.put(line.description, x: inner.x + 13, y: inner.y + row, role: .help, maxWidth: inner.width - 13)
        }
        let direction = state.ui.sort.directionText(descending: state.ui.descending)
        grid.put(" sorted by \(state.ui.sort.rawValue)\(direction.isEmpty ? "" : ", " + direction)",
                 x: inner.x, y: inner.y + inner.height - 1, role: .label)
    }
}

extension String {
    var replacingArrows: String {
        String(map { ["↑": "^", "↓": "v", "←": "<", "→": ">"][$0] ?? $0 })
    }
}
