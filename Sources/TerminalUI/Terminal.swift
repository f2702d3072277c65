import CNCursesW
import Glibc
import Rendering

/// The ncurses screen: set up with `newterm` (so an unusable terminal is an error, not an exit), colour pairs
/// from the theme, a blit that writes only the cells that changed, key decoding, and a restore that always
/// leaves the terminal as it was (call `restore()` on every way out; it is idempotent).
public final class Terminal {
    private let screen: OpaquePointer
    private let window: UnsafeMutablePointer<WINDOW>
    private var previous: CellGrid?
    private var pairs: [StyleRole: (pair: Int16, attributes: attr_t)] = [:]
    private var restored = false
    /// Bytes for the terminal itself (a bell, a notification), written after the next frame's refresh.
    private var pendingBytes: [UInt8] = []
    public let colorDepth: ColorDepth

    /// Opens the terminal named by `TERM` on stdin/stdout. Fails for an unset, `dumb` or unknown `TERM`.
    /// `crashMessage` is printed (after the terminal is restored) if the process crashes while the terminal is open.
    public init(theme: Theme, environment: [String: String], crashMessage: String = "psei-ticker: crashed\n") throws {
        guard let term = environment["TERM"], !term.isEmpty, term != "dumb" else {
            throw TerminalError(
                "TERM is \(environment["TERM"].map { "'\($0)'" } ?? "unset"): the dashboard needs a terminal "
                    + "that can move the cursor (use 'snapshot' for plain output)")
        }
        setlocale(LC_ALL, "")
        CrashRestore.saveModes()
        guard let screen = newterm(term, fdopen(STDOUT_FILENO, "w"), fdopen(STDIN_FILENO, "r")) else {
            throw TerminalError("unknown terminal type '\(term)' (no terminfo entry)")
        }
        self.screen = screen
        set_term(screen)
        window = psei_stdscr()!
        cbreak()
        noecho()
        nonl()
        keypad(window, true)
        // Esc alone closes overlays: wait 25 ms (not ncurses' default second) for the rest of an escape sequence.
        set_escdelay(25)
        nodelay(window, true)
        curs_set(0)
        var depth = ColorDepth.none, defaultColors = false
        if has_colors() {
            start_color()
            defaultColors = use_default_colors() == OK
            depth = ColorDepth.detect(environment: environment, terminalColors: Int(psei_colors()))
        }
        colorDepth = depth
        allocatePairs(theme, depth: depth, defaultColors: defaultColors)
        CrashRestore.install(message: crashMessage)
    }

    deinit { restore() }

    /// The terminal's size in cells.
    public var size: (width: Int, height: Int) {
        var rows: Int32 = 0, columns: Int32 = 0
        psei_getmaxyx(window, &rows, &columns)
        return (Int(columns), Int(rows))
    }

    /// Draws `grid`, writing only cells that differ from the last frame (everything after a resize).
    /// Returns how many cells were written.
    @discardableResult
    public func draw(_ grid: CellGrid) -> Int {
        let full = previous.map { $0.width != grid.width || $0.height != grid.height } ?? true
        if full { werase(window) }
        var written = 0
        for y in 0..<grid.height {
            var x = 0
            while x < grid.width {
                guard full || previous![x, y] != grid[x, y] else { x += 1; continue }
                let role = grid[x, y].role
                var run: [wchar_t] = []
                let start = x
                while x < grid.width, grid[x, y].role == role, full || previous![x, y] != grid[x, y] {
                    run.append(wchar_t(bitPattern: grid[x, y].character.unicodeScalars.first!.value))
                    x += 1
                }
                // The bottom-right cell would scroll the screen when written; leave it.
                if y == grid.height - 1 && x == grid.width { run.removeLast() }
                let style = pairs[role] ?? (0, psei_a_normal())
                wattr_set(window, style.attributes, style.pair, nil)
                // ERR only when the run falls outside a window shrunk since the size was read: the next frame redraws.
                _ = run.withUnsafeBufferPointer { mvwaddnwstr(window, Int32(y), Int32(start), $0.baseAddress, Int32($0.count)) }
                written += run.count
            }
        }
        wrefresh(window)
        previous = grid
        writePendingBytes()
        return written
    }

    /// Queues bytes that are not part of the screen (a bell, a desktop notification's escape sequence) for the
    /// terminal. They go out after the next frame's refresh, when ncurses has written all it had, straight to the
    /// output; they must not move the cursor or change what the screen shows.
    public func emit(_ bytes: [UInt8]) {
        pendingBytes += bytes
    }

    private func writePendingBytes() {
        var written = 0
        while written < pendingBytes.count {
            let result = pendingBytes[written...].withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if result > 0 {
                written += result
            } else if result < 0 && errno != EINTR {
                break
            }
        }
        pendingBytes = []
    }

    /// The next pending input, or nil when there is none (never blocks).
    public func readInput() -> TerminalInput? {
        var character: wint_t = 0
        let result = wget_wch(window, &character)
        if result == ERR { return nil }
        if result == KEY_CODE_YES {
            switch Int32(character) {
            case KEY_UP: return .up
            case KEY_DOWN: return .down
            case KEY_LEFT: return .left
            case KEY_RIGHT: return .right
            case KEY_PPAGE: return .pageUp
            case KEY_NPAGE: return .pageDown
            case KEY_HOME: return .home
            case KEY_END: return .end
            case KEY_BACKSPACE: return .backspace
            case KEY_ENTER: return .enter
            case KEY_BTAB: return .backTab
            case KEY_RESIZE:
                previous = nil
                return .resize
            default: return readInput()
            }
        }
        switch character {
        case 3: return .interrupt
        case 8, 0x7F: return .backspace  // ^H, and DEL: what xterm and tmux send for Backspace
        case 0x0D, 0x0A: return .enter
        case 0x09: return .tab
        case 0x1B: return .escape
        default: break
        }
        guard let scalar = Unicode.Scalar(UInt32(character)) else { return readInput() }
        return .character(Character(scalar))
    }

    /// Ends ncurses mode and gives the terminal back (cursor, echo, canonical input, main screen).
    public func restore() {
        guard !restored else { return }
        restored = true
        curs_set(1)
        endwin()
        delscreen(screen)
    }

    /// One colour pair per distinct pair of colours; a role whose pair ncurses refuses (or past the terminal's
    /// pair count) is drawn in the terminal's default colours rather than in an unset pair, which is black on black.
    private func allocatePairs(_ theme: Theme, depth: ColorDepth, defaultColors: Bool) {
        var next: Int16 = 1
        var allocated: [CursesColors.Key: Int16] = [:]
        for role in StyleRole.allCases {
            let colors = CursesColors(theme[role], depth: depth, defaultColors: defaultColors)
            var attributes = psei_a_normal()
            if colors.style.bold { attributes |= psei_a_bold() }
            if colors.style.dim { attributes |= psei_a_dim() }
            if colors.style.reverse { attributes |= psei_a_reverse() }
            if colors.style.underline { attributes |= psei_a_underline() }
            var pair: Int16 = 0
            if let known = allocated[colors.key] {
                pair = known
            } else if !colors.isDefault, Int32(next) < psei_color_pairs(), init_pair(next, colors.foreground, colors.background) == OK {
                pair = next
                allocated[colors.key] = next
                next += 1
            }
            pairs[role] = (pair, attributes)
        }
    }
}
