import MarketData

/// A desktop notification sent through the terminal's own escape sequence, chosen for the terminal the dashboard
/// runs in, and wrapped in tmux's passthrough inside tmux.
///
/// | terminal (`TERM_PROGRAM`, else `LC_TERMINAL`, else `TERM`) | escape |
/// | --- | --- |
/// | `iTerm.app` / `iTerm2`, `WezTerm`, `kitty` / `xterm-kitty` | OSC 9 |
/// | `ghostty` / `xterm-ghostty`, `foot*`, `rxvt*`, any other | OSC 777 |
///
/// OSC 777 is the default: terminals that do not know it ignore it, while OSC 9 means other things to some
/// (ConEmu's and Windows Terminal's `9;N;…` commands).
public struct TerminalNotification: Hashable, Sendable {
    /// The escape sequence's family.
    public enum Escape: Hashable, Sendable {
        /// `ESC ] 777 ; notify ; TITLE ; BODY BEL` (rxvt-unicode, foot, ghostty, VTE with Fedora's patch).
        case osc777
        /// `ESC ] 9 ; BODY BEL` (iTerm2, WezTerm, kitty): no title field, so the body starts with the title.
        case osc9
    }

    public let escape: Escape
    /// Wrap the sequence in tmux's DCS passthrough (tmux needs `set -g allow-passthrough on` to pass it on).
    public let throughTmux: Bool

    public init(escape: Escape, throughTmux: Bool) {
        self.escape = escape
        self.throughTmux = throughTmux
    }

    /// The escape for the terminal `environment` describes; through tmux when `TMUX` is set.
    public init(environment: [String: String]) {
        self.init(escape: Self.escape(for: environment), throughTmux: !(environment["TMUX"] ?? "").isEmpty)
    }

    /// The table above. Inside tmux `TERM_PROGRAM` is `tmux`, so iTerm2's `LC_TERMINAL` and `TERM` decide there.
    static func escape(for environment: [String: String]) -> Escape {
        let names = [environment["TERM_PROGRAM"], environment["LC_TERMINAL"], environment["TERM"]].compactMap { $0?.lowercased() }
        let osc9 = ["iterm.app", "iterm2", "wezterm", "kitty", "xterm-kitty"]
        return names.contains(where: osc9.contains) ? .osc9 : .osc777
    }

    /// The bytes that show a notification titled `title` saying `body`. Both are made safe for the escape: no
    /// control characters (so no ESC or BEL that would end it early or start another), and no `;` in the title,
    /// which would end OSC 777's title field.
    public func bytes(title: String, body: String) -> [UInt8] {
        let title = TerminalSafe.sanitize(title).replacingOccurrences(of: ";", with: ",")
        let body = TerminalSafe.sanitize(body)
        let sequence: [UInt8] =
            switch escape {
            case .osc777: [0x1B] + Array("]777;notify;\(title);\(body)".utf8) + [0x07]
            case .osc9: [0x1B] + Array("]9;\(title): \(body)".utf8) + [0x07]
            }
        guard throughTmux else { return sequence }
        // tmux's passthrough: DCS tmux; the sequence with every ESC doubled; ST.
        return [0x1B] + Array("Ptmux;".utf8) + sequence.flatMap { $0 == 0x1B ? [0x1B, 0x1B] : [$0] } + [0x1B, 0x5C]
    }
}
