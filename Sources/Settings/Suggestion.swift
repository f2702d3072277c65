/// "Did you mean": the known word closest to a mistyped one, by edit distance.
enum Suggestion {
    /// The candidate within a few edits of `word` (a third of its length, at least two), or the one `word` begins;
    /// nil when none is close.
    static func closest(to word: String, among candidates: [String]) -> String? {
        let scored = candidates.map { (candidate: $0, distance: distance(word, $0)) }
        if let best = scored.min(by: { $0.distance < $1.distance }), best.distance <= max(2, word.count / 3) {
            return best.candidate
        }
        return word.count >= 3 ? candidates.first { $0.hasPrefix(word) } : nil
    }

    /// ` (did you mean 'x'?)`, or ` (known: a, b, c)` when nothing is close.
    static func hint(for word: String, among candidates: [String]) -> String {
        if let suggestion = closest(to: word, among: candidates) { return " (did you mean '\(suggestion)'?)" }
        return candidates.isEmpty ? "" : " (known: \(candidates.joined(separator: ", ")))"
    }

    /// The Levenshtein distance: insertions, deletions and substitutions of characters.
    static func distance(_ lhs: String, _ rhs: String) -> Int {
        let (a, b) = (Array(lhs), Array(rhs))
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
