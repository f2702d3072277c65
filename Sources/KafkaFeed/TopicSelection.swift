import Foundation

/// The topics a consumer wants: exact names, and `^regex` patterns matched against the cluster's topics.
public struct TopicSelection {
    /// Kafka's limit on a topic name's length.
    static let maximumNameLength = 249

    private let names: Set<String>
    private let patterns: [(text: String, regex: NSRegularExpression)]

    init(_ topics: [String]) {
        names = Set(topics.filter { !$0.hasPrefix("^") })
        patterns = topics.filter { $0.hasPrefix("^") }.compactMap { text in
            (try? NSRegularExpression(pattern: text)).map { (text, $0) }
        }
    }

    /// Which of `available` are selected, sorted.
    func matching<S: Sequence>(_ available: S) -> [String] where S.Element == String {
        available.filter { topic in names.contains(topic) || patterns.contains { Self.matches($0.regex, topic) } }.sorted()
    }

    /// The names not in `available` and the patterns matching none of it.
    func missing<C: Collection>(from available: C) -> Set<String> where C.Element == String {
        let absentNames = names.filter { !available.contains($0) }
        let idlePatterns = patterns.filter { pattern in !available.contains { Self.matches(pattern.regex, $0) } }.map(\.text)
        return absentNames.union(idlePatterns)
    }

    /// Why `topic` cannot be asked for — empty, a `^pattern` that does not compile, or a name Kafka does not allow —
    /// or nil when it can; for a clear error before connecting.
    public static func problem(with topic: String) -> String? {
        if topic.isEmpty { return "is empty" }
        if topic.hasPrefix("^") {
            return (try? NSRegularExpression(pattern: topic)) == nil ? "is not a valid regular expression" : nil
        }
        let legal =
            topic.utf8.count <= maximumNameLength && topic != "." && topic != ".."
            && topic.unicodeScalars.allSatisfy {
                $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "._-".unicodeScalars.contains($0))
            }
        return legal ? nil : "is not a Kafka topic name (letters, digits, '.', '_' and '-', at most \(maximumNameLength); or ^regex)"
    }

    private static func matches(_ regex: NSRegularExpression, _ topic: String) -> Bool {
        regex.firstMatch(in: topic, range: NSRange(topic.startIndex..., in: topic)) != nil
    }
}
