import Foundation

/// The XDG base directories (specifications.freedesktop.org/basedir-spec): `$XDG_STATE_HOME`, else
/// `$HOME/.local/state`; `$XDG_CONFIG_HOME`, else `$HOME/.config`. As the spec says, a relative path in a variable is
/// ignored; `HOME` falls back to the account's home folder only when it is unset.
struct BaseDirectories {
    let environment: [String: String]

    var stateHome: String { directory("XDG_STATE_HOME", default: ".local/state") }
    var configHome: String { directory("XDG_CONFIG_HOME", default: ".config") }

    private var home: String {
        guard let home = environment["HOME"], !home.isEmpty else { return NSHomeDirectory() }
        return home
    }

    private func directory(_ variable: String, default relative: String) -> String {
        if let value = environment[variable], value.hasPrefix("/") { return value }
        return (home.hasSuffix("/") ? home : home + "/") + relative
    }
}
