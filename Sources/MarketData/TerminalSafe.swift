/// Makes text from the wire safe to show: no C0/C1 control characters (so no escape sequences, OSC clipboard
/// writes or bells), no bidirectional overrides, no zero-width tricks. Each is replaced by `U+FFFD`-free `?`.
public enum TerminalSafe {
    /// Returns `text` with every control, bidi-control and format character replaced by `?`.
    public static func sanitize(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(isUnsafe(scalar) ? "?" : scalar)
        }
        return String(out)
    }

    /// True for scalars that a terminal could interpret or that change how following text is laid out.
    public static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: return true  // C0, DEL, C1 (ESC, CSI, OSC, BEL, …)
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2069, 0xFEFF: return true  // zero-width, bidi
        default: return false
        }
    }
}
