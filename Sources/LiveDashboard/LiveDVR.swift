import Dashboard
import Exchange
import MarketData
import TerminalUI

/// The DVR over the live feed (`watch`, `demo`): wraps the live source (the Kafka pump's inbox), passes every action
/// on unchanged, keeps the day's events in a bounded `LiveLog`, and answers the DVR keys of `KeyMap` — ← → [ ] move
/// the shown market by minutes, 0 to the open, g to a time typed (`GoToPrompt`), L back to live — with a `Rewind`:
/// the market a straight run over the records received showed at that instant. The live market keeps reducing
/// every record meanwhile (its alerts fire from it alone); a move to or past the live edge is back to live.
public final class LiveDVR: DashboardSource {
    private let live: DashboardSource
    /// The day's events received so far.
    public private(set) var log: LiveLog
    /// The instant shown; nil when live.
    private var rewoundAt: EpochMillis?
    /// The time being typed after `g`; nil when not typing.
    private var prompt: GoToPrompt?

    public init(_ live: DashboardSource, capacity: LiveLog.Capacity = .standard) {
        self.live = live
        log = LiveLog(capacity: capacity)
    }

    public var wakeDescriptor: Int32? { live.wakeDescriptor }

    public func nextDue(wallNow: EpochMillis) -> EpochMillis? { live.nextDue(wallNow: wallNow) }

    public func take(wallNow: EpochMillis) -> [DashboardAction] {
        let actions = live.take(wallNow: wallNow)
        for case .records(let results, _) in actions { log.append(results) }
        return actions
    }

    public func handle(_ input: TerminalInput, wallNow: EpochMillis) -> KeyOutcome {
        if prompt != nil { return typeTime(input) }
        guard case .replay(let control) = KeyMap.action(for: input, mode: .live) else { return live.handle(input, wallNow: wallNow) }
        guard let edge = log.liveEdge else { return .handled([.notice("nothing received yet to go back to")]) }
        switch control {
        case .forward(let minutes): return .handled(show(at: (rewoundAt ?? edge) + EpochMillis(minutes) * 60_000))
        case .toOpen: return .handled(show(at: instant(secondOfDay: TradingSchedule.regular.continuousOpen) ?? edge))
        case .goToTime:
            prompt = GoToPrompt()
            return .handled([.goToPrompt(prompt)])
        case .toLive: return .handled(show(at: nil))
        case .togglePause, .faster, .slower: return .ignored
        }
    }

    /// The `g` prompt's keys (`GoToPrompt.type`): Enter goes to the time, Esc cancels, Ctrl-C goes on to quit.
    private func typeTime(_ input: TerminalInput) -> KeyOutcome {
        switch prompt?.type(input, instant: instant(secondOfDay:)) {
        case .entered(let target):
            prompt = nil
            return .handled([.goToPrompt(nil)] + show(at: target))
        case .cancelled:
            prompt = nil
        case .interrupted:
            prompt = nil
            return .ignored
        case .typing, nil:
            break
        }
        return .handled([.goToPrompt(prompt)])
    }

    /// Shows the market at `target` (clamped to the earliest instant the log reaches, and said so), or the live one
    /// for nil or a target at or past the live edge.
    private func show(at target: EpochMillis?) -> [DashboardAction] {
        guard let target, let edge = log.liveEdge, target < edge else {
            rewoundAt = nil
            return [.rewind(nil)]
        }
        let instant = max(target, log.earliest ?? target)
        rewoundAt = instant
        let rewind = DashboardAction.rewind(Rewind(at: instant, market: log.market(at: instant)))
        guard instant > target else { return [rewind] }
        let folded = "\(log.folded) older records folded at the cap of \(log.capacity.records) records"
        return [rewind, .notice("back as far as the log reaches: \(ManilaTime(epochMillis: instant).clockText) (\(folded))")]
    }

    /// A Manila second of the day on the day shown (the rewound one, else the live one).
    private func instant(secondOfDay: Int) -> EpochMillis? {
        guard let day = rewoundAt ?? log.liveEdge else { return nil }
        return ManilaTime.epochMillis(date: ManilaTime(epochMillis: day).dateText, secondOfDay: secondOfDay)
    }
}
