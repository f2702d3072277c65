import Dashboard
import MarketData
import TerminalUI

/// What a key did to the `g` prompt.
enum GoToTyping: Equatable {
    /// Still typing (a character, Backspace, or a time that was not taken: `problem` says why).
    case typing
    /// Esc: the prompt closes.
    case cancelled
    /// Ctrl-C: the prompt closes and the key goes on to the dashboard (quit).
    case interrupted
    /// Enter on a time of day: the instant it names.
    case entered(EpochMillis)
}

extension GoToPrompt {
    /// The longest text the prompt takes: `HH:MM:SS`.
    static let maximumLength = 8

    /// Collects `HH:MM[:SS]` after `g`, for the replay and the live DVR alike: digits and `:` are typed, Backspace
    /// erases, Enter reads the time (`instant` places a Manila second of the day on the day shown; a time it cannot
    /// place, or no time, stays in the prompt with the reason), Esc cancels.
    mutating func type(_ input: TerminalInput, instant: (Int) -> EpochMillis?) -> GoToTyping {
        problem = nil
        switch input {
        case .enter:
            guard let second = ManilaTime.secondOfDay(parsing: text), let target = instant(second) else {
                problem = text.isEmpty ? "type a time" : "\(text) is not a time of day (HH:MM or HH:MM:SS)"
                return .typing
            }
            return .entered(target)
        case .escape:
            return .cancelled
        case .interrupt:
            return .interrupted
        case .backspace:
            text = String(text.dropLast())
        case .character(let character) where ("0"..."9").contains(character) || character == ":":
            if text.count < Self.maximumLength { text += String(character) }
        default:
            break
        }
        return .typing
    }
}
