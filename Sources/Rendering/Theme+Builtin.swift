extension Theme {
    /// The default dark theme; every other theme falls back to it for keys it does not set.
    /// `Themes/default.toml` holds the same values (a test keeps them equal).
    public static let standard = Theme(name: "default", styles: [
        .normal: Style(),
        .header: Style(bold: true),
        .label: Style(foreground: .rgb(0x8a, 0x8a, 0x8a)),
        .up: Style(foreground: .rgb(0x3f, 0xc5, 0x6b)),
        .down: Style(foreground: .rgb(0xef, 0x53, 0x50)),
        .unchanged: Style(foreground: .rgb(0x9e, 0x9e, 0x9e)),
        .border: Style(foreground: .rgb(0x5f, 0x5f, 0x5f), dim: true),
        .title: Style(foreground: .rgb(0x80, 0xcb, 0xc4), bold: true),
        .selection: Style(reverse: true),
        .chartLine: Style(foreground: .rgb(0x4d, 0xd0, 0xe1)),
        .chartUp: Style(foreground: .rgb(0x3f, 0xc5, 0x6b)),
        .chartDown: Style(foreground: .rgb(0xef, 0x53, 0x50)),
        .previousClose: Style(foreground: .rgb(0x75, 0x75, 0x75)),
        .axis: Style(foreground: .rgb(0x8a, 0x8a, 0x8a)),
        .stale: Style(foreground: .rgb(0xc0, 0xa0, 0x30), dim: true),
        .halted: Style(foreground: .rgb(0xd0, 0x5c, 0xe3), bold: true),
        .warning: Style(foreground: .rgb(0xff, 0xb3, 0x00), bold: true),
        .error: Style(foreground: .rgb(0xff, 0x52, 0x52), bold: true),
        .live: Style(foreground: .rgb(0x3f, 0xc5, 0x6b), bold: true),
        .status: Style(foreground: .rgb(0xbd, 0xbd, 0xbd)),
        .help: Style(),
    ])
}
