import LiveDashboard
import Testing

/// The desktop notification's escape: which one a terminal gets, the text made safe inside it, tmux's passthrough.
@Suite struct TerminalNotificationTests {
    static let hostile = "news \u{1B}]777;notify;pwn;x\u{07}\u{1B}[2J\u{9B}31m\u{202E}"

    func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }

    @Test func osc777CarriesTheTitleAndTheBodyWithEveryControlCharacterReplaced() {
        let bytes = TerminalNotification(escape: .osc777, throughTmux: false).bytes(title: "psei-ticker: ALI halt", body: Self.hostile)
        #expect(text(bytes) == "\u{1B}]777;notify;psei-ticker: ALI halt;news ?]777;notify;pwn;x??[2J?31m?\u{07}")
        #expect(bytes.filter { $0 == 0x1B }.count == 1 && bytes.filter { $0 == 0x07 }.count == 1)
        #expect(bytes.last == 0x07)
    }

    @Test func aSemicolonOrAControlCharacterInTheTitleCannotEndItsField() {
        let bytes = TerminalNotification(escape: .osc777, throughTmux: false).bytes(title: "a;b\u{07}c\u{1B}", body: "x")
        #expect(text(bytes) == "\u{1B}]777;notify;a,b?c?;x\u{07}")
    }

    @Test func osc9PutsTheTitleAtTheStartOfItsOneText() {
        let bytes = TerminalNotification(escape: .osc9, throughTmux: false).bytes(
            title: "psei-ticker: feed down 30s", body: "feed down for 31 s")
        #expect(text(bytes) == "\u{1B}]9;psei-ticker: feed down 30s: feed down for 31 s\u{07}")
    }

    @Test func insideTmuxTheSequenceIsWrappedInItsPassthroughWithEveryEscapeDoubled() {
        let plain = TerminalNotification(escape: .osc777, throughTmux: false).bytes(title: "t", body: Self.hostile)
        let wrapped = TerminalNotification(escape: .osc777, throughTmux: true).bytes(title: "t", body: Self.hostile)
        #expect(text(wrapped) == "\u{1B}Ptmux;\u{1B}" + text(plain) + "\u{1B}\\")
        #expect(wrapped.filter { $0 == 0x1B }.count == 4)
    }

    @Test(arguments: [
        (["TERM_PROGRAM": "iTerm.app", "TERM": "xterm-256color"], TerminalNotification.Escape.osc9),
        (["TERM_PROGRAM": "WezTerm"], .osc9),
        (["TERM": "xterm-kitty"], .osc9),
        (["TERM_PROGRAM": "tmux", "LC_TERMINAL": "iTerm2", "TERM": "tmux-256color"], .osc9),
        (["TERM_PROGRAM": "ghostty", "TERM": "xterm-ghostty"], .osc777),
        (["TERM": "foot"], .osc777),
        (["TERM": "rxvt-unicode-256color"], .osc777),
        (["TERM_PROGRAM": "tmux", "TERM": "tmux-256color"], .osc777),
        ([:], .osc777),
    ])
    func theTerminalChoosesTheEscape(environment: [String: String], escape: TerminalNotification.Escape) {
        #expect(TerminalNotification(environment: environment).escape == escape)
    }

    @Test func theTmuxPassthroughIsUsedOnlyWhenTmuxIsSet() {
        #expect(TerminalNotification(environment: ["TMUX": "/tmp/tmux-1000/default,42,0", "TERM": "screen"]).throughTmux)
        #expect(!TerminalNotification(environment: ["TERM": "screen"]).throughTmux)
        #expect(!TerminalNotification(environment: ["TMUX": ""]).throughTmux)
    }
}
