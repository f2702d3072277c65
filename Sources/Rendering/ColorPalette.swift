/// The colours a terminal palette index stands for (xterm's values), and the nearest palette entry to a 24-bit
/// colour for each colour depth.
enum ColorPalette {
    typealias RGB = (red: UInt8, green: UInt8, blue: UInt8)

    /// The 16 ANSI colours as xterm draws them: black, red, green, yellow, blue, magenta, cyan, white, then the
    /// bright variants.
    static let ansi: [RGB] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]
    /// ANSI black and grey (bright black): the two entries a foreground on the terminal's own background avoids.
    static let black: UInt8 = 0, grey: UInt8 = 8
    private static let cubeLevels: [UInt8] = [0, 95, 135, 175, 215, 255]

    /// The colour of any terminal colour; nil for the terminal's default, which only the terminal knows.
    static func rgb(_ color: TerminalColor) -> RGB? {
        switch color {
        case .terminalDefault: nil
        case .ansi(let index), .indexed(let index): rgb(ofIndexed: index)
        case .rgb(let r, let g, let b): (r, g, b)
        }
    }

    /// The colour of a 256-colour palette index: the 16 ANSI colours, the 6×6×6 cube, the 24-step grey ramp.
    static func rgb(ofIndexed index: UInt8) -> RGB {
        switch index {
        case 0..<16: return ansi[Int(index)]
        case 16..<232:
            let value = Int(index) - 16
            return (cubeLevels[value / 36], cubeLevels[value / 6 % 6], cubeLevels[value % 6])
        default:
            let grey = UInt8(8 + 10 * (Int(index) - 232))
            return (grey, grey, grey)
        }
    }

    /// The nearest colour of the xterm 6×6×6 cube or grey ramp (indices 16–255).
    static func nearestIndexed(_ color: RGB) -> UInt8 {
        func nearestLevel(_ value: UInt8) -> Int {
            cubeLevels.indices.min { abs(Int(cubeLevels[$0]) - Int(value)) < abs(Int(cubeLevels[$1]) - Int(value)) }!
        }
        let (red, green, blue) = (nearestLevel(color.red), nearestLevel(color.green), nearestLevel(color.blue))
        let cube = UInt8(16 + 36 * red + 6 * green + blue)
        let average: Int = (Int(color.red) + Int(color.green) + Int(color.blue)) / 3
        let grey = UInt8(232 + min(max(average - 8, 0) / 10, 23))
        return distance(rgb(ofIndexed: cube), color) <= distance(rgb(ofIndexed: grey), color) ? cube : grey
    }

    /// The ANSI colour (0–15) of the same hue family, so a green stays green rather than the nearest grey: greys by
    /// lightness, colours by 60° hue sector centred on red, yellow, green, cyan, blue and magenta, the bright
    /// variant for light colours.
    static func nearestAnsi(_ color: RGB) -> UInt8 {
        let (r, g, b) = (Double(color.red), Double(color.green), Double(color.blue))
        let high = max(r, g, b), low = min(r, g, b)
        if high - low < 40 { return high < 64 ? black : high < 160 ? grey : high < 224 ? 7 : 15 }
        var hue: Double
        if high == r {
            hue = (g - b) / (high - low) * 60
        } else if high == g {
            hue = (b - r) / (high - low) * 60 + 120
        } else {
            hue = (r - g) / (high - low) * 60 + 240
        }
        if hue < 0 { hue += 360 }
        let sectors: [UInt8] = [1, 3, 2, 6, 4, 5]
        let base = sectors[Int((hue + 30).truncatingRemainder(dividingBy: 360) / 60)]
        return high > 230 ? base + 8 : base
    }

    /// Squared distance in RGB space.
    static func distance(_ a: RGB, _ b: RGB) -> Int {
        let (dr, dg, db) = (Int(a.red) - Int(b.red), Int(a.green) - Int(b.green), Int(a.blue) - Int(b.blue))
        return dr * dr + dg * dg + db * db
    }
}
