import Foundation
import Testing

/// `make install-built` (what `make install` runs after the release build) into a temporary prefix, with the binary
/// these tests built: the installed command runs from another directory with its installed themes, its man pages
/// render, its completions load, and `make uninstall` takes back every file it put there.
@Suite(.serialized) struct InstallTests {
    typealias Pane = InteractiveDashboardTests.Pane

    static let checkout = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized.path
    static let sampleDay = "\(checkout)/Sessions/pse-2026-11-25-simulated.jsonl.gz"

    /// Runs `make TARGET PREFIX=prefix BIN=<the tested binary>` in the checkout.
    func make(_ target: String, prefix: String) throws -> (stdout: String, stderr: String, status: Int32) {
        try runToEnd("/usr/bin/make", ["--no-print-directory", "-C", Self.checkout, target, "PREFIX=\(prefix)", "BIN=\(pseiTicker)"])
    }

    /// Every regular file under `directory`, relative to it, sorted.
    func files(under directory: String) -> [String] {
        let enumerator = FileManager.default.enumerator(atPath: directory)
        return (enumerator?.allObjects as? [String] ?? []).filter { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: "\(directory)/\(path)", isDirectory: &isDirectory) && !isDirectory.boolValue
        }.sorted()
    }

    @Test func installedCommandRunsFromAnywhereWithItsThemesManPagesAndCompletions() throws {
        let prefix = temporaryDirectory().path
        let elsewhere = temporaryDirectory().path
        let install = try make("install-built", prefix: prefix)
        #expect(install.status == 0, "\(install.stderr)")

        let installed = files(under: prefix)
        for file in [
            "bin/psei-ticker", "share/psei-ticker/themes/default.toml", "share/psei-ticker/themes/light.toml",
            "share/psei-ticker/themes/mono.toml", "share/man/man1/psei-ticker.1", "share/man/man1/psei-ticker.watch.1",
            "share/man/man1/psei-ticker.config.init.1", "share/bash-completion/completions/psei-ticker",
            "share/zsh/site-functions/_psei-ticker", "share/fish/vendor_completions.d/psei-ticker.fish",
        ] {
            #expect(installed.contains(file), "\(file) not in \(installed)")
        }

        // Found through PATH (so argv[0] is a bare name), run from a directory that is not the checkout, with no
        // theme folder of the user's: a theme known only by a file in the installed share folder is found there.
        let themes = "\(prefix)/share/psei-ticker/themes"
        let marker = "\(themes)/installed-marker.toml"
        try Data("[up]\nfg = \"#0a0b0c\"\n".utf8).write(to: URL(fileURLWithPath: marker))
        let shell = "cd \(elsewhere) && env -u PSEI_TICKER_THEMES XDG_CONFIG_HOME=\(elsewhere)/config PATH=\(prefix)/bin:$PATH psei-ticker"
        let page = try runToEnd(
            "/bin/sh", ["-c", "\(shell) snapshot --replay \(Self.sampleDay) --at 11:00 --format html --theme installed-marker"])
        #expect(page.status == 0 && page.stdout.contains("#0a0b0c"), "\(page.stderr)")
        try FileManager.default.removeItem(atPath: marker)
        let missing = try runToEnd("/bin/sh", ["-c", "\(shell) snapshot --replay \(Self.sampleDay) --theme installed-marker"])
        #expect(missing.status != 0 && missing.stderr.contains("unknown theme 'installed-marker'"), "\(missing.stderr)")

        // The dashboard itself, on the embedded broker, under tmux.
        let pane = try Pane()
        try pane.type("\(shell) demo --pace 120 --theme light --log-file \(elsewhere)/demo.log", enter: true)
        let live = pane.waitFor { $0.contains("● LIVE") && $0.contains("PSEi today") }
        #expect(live.contains("● LIVE") && live.contains("PSEi today"), "\(live)")
        try pane.type("q")
        #expect(!pane.waitFor(seconds: 10) { !$0.contains("PSEi today") }.contains("PSEi today"))

        let manual = try runToEnd("/usr/bin/man", ["-l", "\(prefix)/share/man/man1/psei-ticker.watch.1"], environment: ["MANPAGER": "cat"])
        #expect(manual.status == 0 && manual.stdout.contains("SYNOPSIS") && manual.stdout.contains("--bootstrap-servers"), "\(manual)")
        let completion = try runToEnd(
            "/bin/bash", ["-c", "source \(prefix)/share/bash-completion/completions/psei-ticker && complete -p psei-ticker"])
        #expect(completion.status == 0 && completion.stdout.contains("-F _psei-ticker psei-ticker"), "\(completion)")

        let uninstall = try make("uninstall", prefix: prefix)
        #expect(uninstall.status == 0, "\(uninstall.stderr)")
        #expect(files(under: prefix).isEmpty, "\(files(under: prefix))")
        #expect(!FileManager.default.fileExists(atPath: themes))
    }
}
