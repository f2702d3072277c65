import Foundation

/// Checks a `bootstrap.servers` list before anything connects: every entry must be `HOST:PORT` — an IPv6 host in
/// brackets, `[::1]:9092`; librdkafka's optional `scheme://` prefix allowed — with a port from 1 to 65535.
public enum BootstrapServers {
    static let ports = 1...65_535

    /// What is wrong with `list`, or nil when every entry is `HOST:PORT`.
    public static func problem(in list: String) -> String? {
        if list.allSatisfy(\.isWhitespace) { return "is empty" }
        for entry in list.split(separator: ",", omittingEmptySubsequences: false) {
            let entry = entry.trimmingCharacters(in: .whitespaces)
            guard !entry.isEmpty else { return "has an empty entry" }
            guard let (host, port) = split(entry), !host.isEmpty, !host.contains(where: { $0.isWhitespace || $0 == "/" }),
                !port.isEmpty, port.allSatisfy({ $0.isASCII && $0.isNumber })
            else {
                return "'\(entry)' is not HOST:PORT"
            }
            guard let number = Int(port), ports.contains(number) else {
                return "'\(entry)' has port \(port); ports are \(ports.lowerBound)…\(ports.upperBound)"
            }
        }
        return nil
    }

    /// The host (without brackets) and the port text of `entry`; nil when it has no `:PORT`.
    private static func split(_ entry: String) -> (host: Substring, port: Substring)? {
        var rest = Substring(entry)
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        if rest.hasPrefix("[") {
            guard let close = rest.firstIndex(of: "]"), rest[rest.index(after: close)...].hasPrefix(":") else { return nil }
            return (rest[rest.index(after: rest.startIndex)..<close], rest[rest.index(close, offsetBy: 2)...])
        }
        guard let colon = rest.lastIndex(of: ":"), !rest[..<colon].contains(":") else { return nil }
        return (rest[..<colon], rest[rest.index(after: colon)...])
    }
}
