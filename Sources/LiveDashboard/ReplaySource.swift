import Dashboard
import Exchange
import Logging
import MarketData
import Recording
import TerminalUI

/// A recorded session as the dashboard's source, with the DVR keys of `KeyMap` (pause, speed, seek, go to a
/// time). Records come decoded (`SessionPipeline` decodes while it reads), so a seek backwards (a rebuild from the
/// first record) takes a fraction of a second for a full day.
public final class ReplaySource: DashboardSource {
    private let feed: ReplayFeed
    private let decoded: [Result<MarketEvent, DecodeError>]
    /// The time being typed after `g`; nil when not typing.
    private var prompt: GoToPrompt?
    private var lastConnection: ConnectionState?

    /// Plays `session` (records in file order with their decodings); starts at `from` (Manila second of the day)
    /// when given: everything before it arrives with the first `take`. Rejections are logged once, here.
    public init(session: SessionPipeline.Batch, speed: Double, from: Int?, wallNow: EpochMillis, logger: Logger) {
        feed = ReplayFeed(records: session.records, speed: speed, wallNow: wallNow)
        decoded = feed.order.map { session.decoded[$0] }
        logRejections(decoded, logger: logger)
        if let from, let target = feed.instant(secondOfDay: from) { _ = feed.seek(to: target, wallNow: wallNow) }
        skipped = 0..<feed.cursor
    }

    /// Records passed over by `--from`, still owed to the dashboard's first `take`.
    private var skipped = 0..<0

    public var wakeDescriptor: Int32? { nil }
    public var keyMode: KeyMap.Mode { .replay }

    public func nextDue(wallNow: EpochMillis) -> EpochMillis? {
        feed.isPaused || feed.isFinished ? nil : DashboardLoop.frameInterval
    }

    public func take(wallNow: EpochMillis) -> [DashboardAction] {
        let due = feed.due(wallNow: wallNow)
        var actions: [DashboardAction] = []
        if !skipped.isEmpty {
            actions.append(.records(Array(decoded[skipped]), receivedAt: 0))
            skipped = 0..<0
        }
        if !due.isEmpty { actions.append(.records(Array(decoded[due.indices]), receivedAt: wallNow)) }
        // The status bar's clock moves in whole seconds; post it only when it shows something new.
        var connection = feed.isFinished && !feed.isPaused ? ConnectionState.ended : .replay(status(wallNow: wallNow))
        if case .replay(var replay) = connection {
            replay.position -= replay.position % 1000
            replay.progress = (replay.progress * 100).rounded(.down) / 100
            connection = .replay(replay)
        }
        if connection != lastConnection { actions.append(.connection(connection)) }
        lastConnection = connection
        return actions
    }

    public func handle(_ input: TerminalInput, wallNow: EpochMillis) -> KeyOutcome {
        if prompt != nil { return typeTime(input, wallNow: wallNow) }
        guard case .replay(let control) = KeyMap.action(for: input, mode: .replay) else { return .ignored }
        switch control {
        case .togglePause: feed.togglePause(wallNow: wallNow)
        case .faster: feed.changeSpeed(faster: true, wallNow: wallNow)
        case .slower: feed.changeSpeed(faster: false, wallNow: wallNow)
        case .forward(let minutes): return seek(to: feed.position(wallNow: wallNow) + EpochMillis(minutes) * 60_000, wallNow: wallNow)
        case .toOpen: return seek(to: feed.instant(secondOfDay: TradingSchedule.regular.continuousOpen) ?? feed.start, wallNow: wallNow)
        case .goToTime: prompt = GoToPrompt()
        case .toLive: return .ignored  // `watch` and `demo` only: bound in the live key map
        }
        return .handled([])
    }

    /// The `g` prompt's keys (`GoToPrompt.type`): Enter seeks, Esc cancels, Ctrl-C goes on to quit.
    private func typeTime(_ input: TerminalInput, wallNow: EpochMillis) -> KeyOutcome {
        switch prompt?.type(input, instant: feed.instant(secondOfDay:)) {
        case .entered(let target):
            prompt = nil
            return seek(to: target, wallNow: wallNow)
        case .cancelled:
            prompt = nil
        case .interrupted:
            prompt = nil
            return .ignored
        case .typing, nil:
            break
        }
        return .handled([])
    }

    private func seek(to target: EpochMillis, wallNow: EpochMillis) -> KeyOutcome {
        switch feed.seek(to: target, wallNow: wallNow) {
        case .forward(let records):
            return .handled([.records(Array(decoded[records.indices]), receivedAt: 0)])
        case .rebuild(let records):
            return .restart([.records(Array(decoded[records.indices]), receivedAt: 0), .connection(.replay(status(wallNow: wallNow)))])
        }
    }

    private func status(wallNow: EpochMillis) -> ReplayStatus {
        ReplayStatus(
            position: feed.position(wallNow: wallNow), speed: feed.speed, progress: feed.progress(wallNow: wallNow),
            paused: feed.isPaused, prompt: prompt?.text, promptProblem: prompt?.problem)
    }
}
