import Dashboard
import MarketData

/// The bottom line: can the picture be trusted? Segments are kept whole or dropped whole, by priority: the
/// connection state, pause and lag first, then the problems (malformed, warnings, gaps, duplicates, records of an earlier day left out) and a feed
/// clock ahead of this machine, then an alert's flash (`AlertFlash`, cut with an ellipsis rather than dropped), then
/// the source, then the reasons (why the feed is down — cut the same way —, the partition furthest behind, the last
/// rejection and warning), then records/s, then the key hints (the main screen's by default), and last the market's
/// latest block sale. So a flash never hides the feed's problems, only, for its ten seconds, what they are about,
/// the source, the rate and the hints when the line is too narrow for all of them.
enum StatusBar {
    static let mainScreenHints = "? help  s sort  q quit"

    static func draw(
        _ state: DashboardState, y: Int, into grid: inout CellGrid, context: RenderContext, hints: String = mainScreenHints
    ) {
        grid.fill(x: 0, y: y, width: grid.width, height: 1, with: Cell(" ", .status))
        SegmentedLine(margin: 1, segments: segments(state, context: context, hints: hints)).draw(into: &grid, y: y)
    }

    /// The segments, most important first; `order` places them on the line.
    static func segments(_ state: DashboardState, context: RenderContext, hints: String = mainScreenHints) -> [SegmentedLine.Segment] {
        let glyphs = context.glyphs
        let counters = state.feed.counters
        func part(_ order: Int, _ text: String, _ role: StyleRole, separated: Bool = true) -> SegmentedLine.Segment {
            SegmentedLine.Segment(
                [SegmentedLine.Run((separated ? glyphs.separator.trimmingLeadingSpace : "") + text, role)],
                side: .left, order: order, spacing: separated ? 1 : 2)
        }
        func grouped(_ count: Int) -> String { Quantity(Int64(count)).grouped }
        var (mark, label, role) = connectionLabel(state.feed.connection, glyphs: glyphs)
        if let prompt = state.ui.goToPrompt { label = goToLabel(prompt.text, problem: prompt.problem, glyphs: glyphs) }
        var segments = [SegmentedLine.Segment([SegmentedLine.Run("\(mark) \(label)", role)], side: .left, order: 0, spacing: 0)]
        if state.ui.paused { segments.append(part(14, "PAUSED", .warning, separated: false)) }
        if let lag = state.feed.lag { segments.append(part(4, "lag \(Quantity(lag.total).grouped)", lag.total > 0 ? .warning : .status)) }
        let malformed = counters.rejectedTotal
        segments.append(part(6, "malformed \(grouped(malformed))", malformed > 0 ? .warning : .status))
        if counters.warningsTotal > 0 { segments.append(part(8, "warnings \(grouped(counters.warningsTotal))", .warning)) }
        if counters.gaps > 0 { segments.append(part(10, "gaps \(grouped(counters.gaps))", .warning)) }
        if counters.duplicates > 0 { segments.append(part(11, "dup \(grouped(counters.duplicates))", .status)) }
        if counters.earlierDay > 0 { segments.append(part(12, "earlier day \(grouped(counters.earlierDay))", .warning)) }
        if let ahead = feedAhead(state, now: context.now) {
            segments.append(part(13, "feed clock \(Format.age(ahead)) ahead of this machine", .warning))
        }
        if let alert = AlertFlash.alert(in: state.alerts, now: context.now) {
            let runs = [
                SegmentedLine.Run(glyphs.separator.trimmingLeadingSpace, .status),
                SegmentedLine.Run(AlertFlash.text(alert, glyphs: glyphs), .alert),
            ]
            segments.append(
                SegmentedLine.Segment(
                    runs, side: .left, order: 16, spacing: 1,
                    shortening: .init(minimumWidth: 20, ellipsis: glyphs.ellipsis)))
        }
        segments.append(part(1, TerminalSafe.sanitize(state.feed.source), .status, separated: false))
        if case .disconnected(let reason) = state.feed.connection {
            let text = glyphs.separator.trimmingLeadingSpace + TerminalSafe.sanitize(reason)
            segments.append(
                SegmentedLine.Segment(
                    [SegmentedLine.Run(text, .error)], side: .left, order: 3, spacing: 1,
                    shortening: .init(minimumWidth: 20, ellipsis: glyphs.ellipsis)))
        }
        if let worst = state.feed.lag?.worst {
            let text = "(\(TerminalSafe.sanitize(worst.partition)) \(Quantity(worst.lag).grouped))"
            segments.append(part(5, text, .warning, separated: false).spaced(1))
        }
        if let rejection = counters.lastRejection, malformed > 0 {
            segments.append(part(7, "(\(rejection.reason.rawValue))", .warning, separated: false).spaced(1))
        }
        if let warning = counters.lastWarning, counters.warningsTotal > 0 {
            segments.append(part(9, "(\(warning.rawValue))", .warning, separated: false).spaced(1))
        }
        if case .snapshot = state.feed.connection {
        } else {
            segments.append(part(2, "\(Format.fixed(counters.recordsPerSecond(now: context.now), decimals: 0)) rec/s", .status))
        }
        let notice = state.ui.notice.map { SegmentedLine.Run(TerminalSafe.sanitize($0), .title) }
        segments.append(SegmentedLine.Segment([notice ?? SegmentedLine.Run(hints, .status)], side: .right, order: 0, spacing: 2))
        if let sale = state.shown.blockSales.sales.last {
            segments.append(part(15, BlockSaleText.text(sale, glyphs: glyphs), .status))
        }
        return segments
    }

    /// How far a real-time feed's clock runs ahead of this machine's, when more than a minute.
    private static func feedAhead(_ state: DashboardState, now: EpochMillis) -> EpochMillis? {
        guard state.feed.isRealTime, now > 0, let time = state.shown.dataClock.time, time - now > 60_000 else { return nil }
        return time - now
    }

    private static func connectionLabel(_ connection: ConnectionState, glyphs: Glyphs) -> (Character, String, StyleRole) {
        switch connection {
        case .connecting: (glyphs.reconnecting, "CONNECTING", .warning)
        case .live: (glyphs.live, "LIVE", .live)
        case .reconnecting: (glyphs.reconnecting, "RECONNECTING", .warning)
        case .disconnected: (glyphs.disconnected, "DISCONNECTED", .error)
        case .waitingForTopic(let topic): (glyphs.reconnecting, "WAITING FOR \(TerminalSafe.sanitize(topic))", .warning)
        case .replay(let replay): (glyphs.replay, replayLabel(replay, glyphs: glyphs), replay.paused ? .warning : .live)
        case .ended: (glyphs.live, "END OF DATA", .live)
        case .snapshot: (glyphs.live, "SNAPSHOT", .live)
        }
    }
}

private extension SegmentedLine.Segment {
    /// The same segment with other spacing before it.
    func spaced(_ spacing: Int) -> SegmentedLine.Segment { SegmentedLine.Segment(runs, side: side, order: order, spacing: spacing) }
}

/// `REPLAY 10:42:13 ×60 [████░░░░] 38%`, `PAUSED` when paused, or the time being typed after `g`.
private func replayLabel(_ replay: ReplayStatus, glyphs: Glyphs) -> String {
    if let prompt = replay.prompt { return goToLabel(prompt, problem: replay.promptProblem, glyphs: glyphs) }
    let speed = Format.fixed(replay.speed, decimals: replay.speed < 1 ? 2 : 0)
    let filled = Int((replay.progress * 8).rounded(.down))
    let bar =
        String(repeating: glyphs.braille ? "█" : "#", count: filled) + String(repeating: glyphs.braille ? "░" : ".", count: 8 - filled)
    let state = replay.paused ? "PAUSED" : "REPLAY"
    return "\(state) \(Format.clock(replay.position, seconds: true)) \(glyphs.times)\(speed) [\(bar)] \(Int(replay.progress * 100))%"
}

/// `GO TO 10:4_ (HH:MM, Enter)`: the time being typed after `g` (a replay's, or the live DVR's), or why the time
/// entered was not taken.
private func goToLabel(_ text: String, problem: String?, glyphs: Glyphs) -> String {
    "GO TO \(TerminalSafe.sanitize(text))_ " + (problem.map { "\(glyphs.disconnected) \($0)" } ?? "(HH:MM, Enter)")
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
        let room = inner.height - 2
        let shown = lines.count <= room ? lines.count : max(room - 1, 0)
        for (row, line) in lines.prefix(shown).enumerated() {
            let keys = context.glyphs.braille ? line.keys : line.keys.replacingArrows
            grid.put(" " + keys, x: inner.x, y: inner.y + row, role: .header)
            grid.put(line.description, x: inner.x + 13, y: inner.y + row, role: .help, maxWidth: inner.width - 13)
        }
        if shown < lines.count {
            grid.put(
                " \(context.glyphs.ellipsis) \(lines.count - shown) more: a taller terminal shows every key", x: inner.x,
                y: inner.y + shown, role: .label, maxWidth: inner.width)
        }
        let direction = state.ui.sort.directionText(descending: state.ui.descending)
        grid.put(
            " sorted by \(state.ui.sort.rawValue)\(direction.isEmpty ? "" : ", " + direction)",
            x: inner.x, y: inner.y + inner.height - 1, role: .label)
    }
}

extension String {
    var replacingArrows: String {
        String(map { ["↑": "^", "↓": "v", "←": "<", "→": ">"][$0] ?? $0 })
    }
}
