/// Why the terminal could not be used; the message is one line for the user.
public struct TerminalError: Error, CustomStringConvertible, Sendable {
    public let description: String

    init(_ description: String) { self.description = description }
}

/// A key press or terminal event, decoded from ncurses.
public enum TerminalInput: Hashable, Sendable {
    case character(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, backspace, escape, tab, backTab
    case resize
    case interrupt
}
