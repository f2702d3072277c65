import Foundation
import Testing

/// The DVR over the live feed in the real `demo` under tmux: ← rewinds the shown market while the live one goes on,
/// g goes to a time typed, L comes back to the live market.
@Suite(.serialized) struct LiveDVRDashboardTests {
    typealias Pane = InteractiveDashboardTests.Pane

    /// The header's `REWOUND 09:41 (live 09:42)` as (rewound, live), nil when not rewound.
    static func rewound(_ screen: String) -> (at: String, live: String)? {
        guard let header = screen.split(separator: "\n").first,
            let match = header.range(of: #"REWOUND [0-9]{2}:[0-9]{2} \(live [0-9]{2}:[0-9]{2}\)"#, options: .regularExpression)
        else { return nil }
        let text = header[match]
        return (String(text.dropFirst("REWOUND ".count).prefix(5)), String(text.suffix(6).prefix(5)))
    }

    @Test func demoRewindsWithTheArrowsAndGAndLReturnsToLive() throws {
        let pane = try Pane()
        let log = temporaryDirectory().appendingPathComponent("demo.log").path
        try pane.type("\(pseiTicker) demo --pace 120 --log-file \(log)", enter: true)
        let clock = #"OPEN +[0-9]{2}:[0-9]{2}:[0-9]{2} PHT"#
        // Live and open for a couple of minutes, so there is a minute to go back to.
        func liveClock(_ screen: String) -> String? {
            screen.range(of: clock, options: .regularExpression).map { String(screen[$0].dropLast(" PHT".count).suffix(8)) }
        }
        let live = pane.waitFor(seconds: 60) { $0.contains("● LIVE") && liveClock($0).map { $0 >= "09:32" } == true }
        #expect(liveClock(live).map { $0 >= "09:32" } == true, "\(live)")

        try pane.tmux(["send-keys", "-t", "main", "Left"])
        let back = pane.waitFor(seconds: 10) { Self.rewound($0) != nil }
        let first = try #require(Self.rewound(back), "\(back)")
        #expect(first.at < first.live, "\(back)")
        #expect(liveClock(back) == nil, "the live clock gives way to REWOUND: \(back)")
        // The live feed keeps being consumed: its clock moves on while the rewound market stays where it was.
        let movedOn = pane.waitFor(seconds: 30) { Self.rewound($0).map { $0.live > first.live } == true }
        #expect(Self.rewound(movedOn)?.at == first.at && Self.rewound(movedOn).map { $0.live > first.live } == true, "\(movedOn)")

        try pane.type("g09:31")
        #expect(pane.waitFor(seconds: 5) { $0.contains("GO TO 09:31_") }.contains("GO TO 09:31_"))
        try pane.tmux(["send-keys", "-t", "main", "Enter"])
        let goneTo = pane.waitFor(seconds: 10) { Self.rewound($0)?.at == "09:31" }
        #expect(Self.rewound(goneTo)?.at == "09:31", "\(goneTo)")

        try pane.type("L")
        let again = pane.waitFor(seconds: 10) { Self.rewound($0) == nil }
        #expect(Self.rewound(again) == nil && again.contains("● LIVE"), "\(again)")
        #expect(liveClock(again) != nil, "\(again)")
        try pane.type("q")
        #expect(!pane.waitFor(seconds: 10) { !$0.contains("PSEi today") }.contains("PSEi today"))
    }
}
