import Foundation

/// The topics a consumer wants: exact names, and `^regex` patterns matched against the cluster's topics.
struct TopicSelection {
    private let names: Set<String>
    private let patterns: [NSRegularExpression]

    init(_ topics: [String]) {
        names = Set(topics.filter { !$0.hasPrefix("^") })
        patterns = topics.filter { $0.hasPrefix("^") }.compactMap { try? NSRegularExpression(pattern: $0) }
    }

    /// Which of `available` are selected, sorted.
    func matching<S: Sequence>(_ available: S) -> [String] where S.Element == String {
        available.filter { topic in
            names.contains(topic) || patterns.contains { pattern in
                pattern.firstMatch(in: topic, range: NSRange(topic.startIndex..., in: topic)) != nil
            }
        }.sorted()
    }

    /// A pattern that does not compile, for a clear error before connecting.
    static func invalidPattern(in topics: [String]) -> String? {
        topics.first { $0.hasPrefix("^") && (try? NSRegularExpression(pattern: $0)) == nil }
    }
}
