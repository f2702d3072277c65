/// `${NAME}` in a setting's text, replaced by the environment variable's value, so secrets can stay out of the
/// file; `$${` writes a literal `${`, and any other `$` is itself.
enum EnvironmentExpansion {
    /// Why a text cannot be expanded.
    enum Failure: Error, Equatable {
        /// `${NAME}` names a variable that is not set.
        case unset(String)
        /// `${` not followed by a variable name and `}`.
        case malformed(String)

        var message: String {
            switch self {
            case .unset(let name): "environment variable \(name) is not set"
            case .malformed(let text): "'\(text)' is not a ${NAME} reference (write $${ for a literal ${)"
            }
        }
    }

    /// `text` with every reference replaced by `lookup(NAME)`.
    static func expand(_ text: String, lookup: (String) -> String?) throws(Failure) -> String {
        var output = ""
        var rest = Substring(text)
        while let dollar = rest.firstIndex(of: "$") {
            output += rest[..<dollar]
            let after = rest[rest.index(after: dollar)...]
            if after.hasPrefix("${") {
                output += "${"
                rest = after.dropFirst(2)
            } else if after.hasPrefix("{") {
                guard let close = after.firstIndex(of: "}"), isName(after[after.index(after: after.startIndex)..<close]) else {
                    throw .malformed("$" + String(after.prefix { $0 != "}" && $0 != " " }.prefix(40)) + (after.contains("}") ? "}" : ""))
                }
                let name = String(after[after.index(after: after.startIndex)..<close])
                guard let value = lookup(name) else { throw .unset(name) }
                output += value
                rest = after[after.index(after: close)...]
            } else {
                output += "$"
                rest = after
            }
        }
        return output + rest
    }

    /// `text` with its references left out: what the file itself holds.
    static func literalPart(of text: String) -> String {
        (try? expand(text) { _ in "" }) ?? text
    }

    /// A shell variable name: a letter or `_`, then letters, digits or `_`.
    private static func isName(_ text: Substring) -> Bool {
        guard let first = text.first, first.isASCII, first.isLetter || first == "_" else { return false }
        return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }
}
