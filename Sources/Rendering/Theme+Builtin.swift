extension Theme {
    /// The default dark theme; every other theme falls back to it for keys it does not set.
    /// `Themes/default.toml` holds the same values (a test keeps them equal).
    public static let standard = Theme(
        name: "default",
        styles: [
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
            .alert: Style(foreground: .rgb(0x64, 0xb5, 0xf6), bold: true),
            .rewound: Style(foreground: .rgb(0x12, 0x12, 0x12), background: .rgb(0xce, 0x93, 0xd8), bold: true),
            .heatDown3: Style(foreground: .rgb(0xff, 0xff, 0xff), background: .rgb(0xc6, 0x28, 0x28)),
            .heatDown2: Style(foreground: .rgb(0xff, 0xff, 0xff), background: .rgb(0x8e, 0x2a, 0x2a)),
            .heatDown1: Style(foreground: .rgb(0xf0, 0xf0, 0xf0), background: .rgb(0x5c, 0x2b, 0x2b)),
            .heatFlat: Style(foreground: .rgb(0xf0, 0xf0, 0xf0), background: .rgb(0x3a, 0x3a, 0x3a)),
            .heatUp1: Style(foreground: .rgb(0xf0, 0xf0, 0xf0), background: .rgb(0x24, 0x51, 0x2f)),
            .heatUp2: Style(foreground: .rgb(0xff, 0xff, 0xff), background: .rgb(0x1f, 0x7a, 0x3d)),
            .heatUp3: Style(foreground: .rgb(0xff, 0xff, 0xff), background: .rgb(0x2e, 0xa0, 0x4f)),
        ])
}

extension Theme {
    /// For white backgrounds: darker hues, no dim text.
    public static let light = Theme(
        name: "light",
        styles: [
            .label: Style(foreground: .rgb(0x5f, 0x5f, 0x5f)),
            .up: Style(foreground: .rgb(0x1b, 0x7f, 0x3b), bold: true),
            .down: Style(foreground: .rgb(0xc6, 0x28, 0x28), bold: true),
            .unchanged: Style(foreground: .rgb(0x61, 0x61, 0x61)),
            .border: Style(foreground: .rgb(0x9e, 0x9e, 0x9e)),
            .title: Style(foreground: .rgb(0x00, 0x69, 0x5c), bold: true),
            .chartLine: Style(foreground: .rgb(0x00, 0x83, 0x8f)),
            .chartUp: Style(foreground: .rgb(0x1b, 0x7f, 0x3b)),
            .chartDown: Style(foreground: .rgb(0xc6, 0x28, 0x28)),
            .previousClose: Style(foreground: .rgb(0x75, 0x75, 0x75)),
            .axis: Style(foreground: .rgb(0x5f, 0x5f, 0x5f)),
            .stale: Style(foreground: .rgb(0x8d, 0x6e, 0x00)),
            .halted: Style(foreground: .rgb(0x8e, 0x24, 0xaa), bold: true),
            .warning: Style(foreground: .rgb(0xb2, 0x6a, 0x00), bold: true),
            .error: Style(foreground: .rgb(0xb7, 0x1c, 0x1c), bold: true),
            .live: Style(foreground: .rgb(0x1b, 0x7f, 0x3b), bold: true),
            .status: Style(foreground: .rgb(0x42, 0x42, 0x42)),
            .alert: Style(foreground: .rgb(0x15, 0x65, 0xc0), bold: true),
            .rewound: Style(foreground: .rgb(0xff, 0xff, 0xff), background: .rgb(0x7b, 0x1f, 0xa2), bold: true),
            .heatDown3: Style(foreground: .rgb(0xff, 0xff, 0xff), background: .rgb(0xc6, 0x28, 0x28)),
            .heatDown2: Style(foreground: .rgb(0x1f, 0x1f, 0x1f), background: .rgb(0xef, 0x9a, 0x9a)),
            .heatDown1: Style(foreground: .rgb(0x1f, 0x1f, 0x1f), background: .rgb(0xff, 0xcd, 0xd2)),
            .heatFlat: Style(foreground: .rgb(0x1f, 0x1f, 0x1f), background: .rgb(0xe0, 0xe0, 0xe0)),
            .heatUp1: Style(foreground: .rgb(0x1f, 0x1f, 0x1f), background: .rgb(0xc8, 0xe6, 0xc9)),
            .heatUp2: Style(foreground: .rgb(0x1f, 0x1f, 0x1f), background: .rgb(0x81, 0xc7, 0x84)),
            .heatUp3: Style(foreground: .rgb(0xff, 0xff, 0xff), background: .rgb(0x2e, 0x7d, 0x32)),
        ], page: PageColors(background: .rgb(0xff, 0xff, 0xff), foreground: .rgb(0x1f, 0x1f, 0x1f)))

    /// No colour at all: bold, dim and reverse only (also what `NO_COLOR` selects).
    public static let mono = Theme(
        name: "mono",
        styles: Dictionary(
            uniqueKeysWithValues: StyleRole.allCases.map { role in
                let style: Style =
                    switch role {
                    case .header, .title, .up, .halted, .warning, .error, .live, .heatDown3, .heatUp3: Style(bold: true)
                    case .border, .label, .axis, .previousClose, .stale: Style(dim: true)
                    case .selection: Style(reverse: true)
                    case .alert: Style(bold: true, underline: true)
                    case .rewound: Style(bold: true, reverse: true)
                    default: Style()
                    }
                return (role, style)
            }))

    /// The themes that need no file.
    public static let builtin: [String: Theme] = ["default": standard, "light": light, "mono": mono]
}
