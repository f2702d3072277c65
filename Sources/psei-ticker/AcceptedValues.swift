import ArgumentParser

/// The values an option accepts. Its `--help` shows them, and the parser refuses anything else with one line that
/// names the option and says what is wrong (exit 64) — a value out of range never reaches a conversion that traps.
protocol AcceptedValues<Value>: Sendable {
    associatedtype Value

    /// What is accepted, for `--help` and errors, e.g. `0.25…1000 or max`.
    var summary: String { get }

    /// The value `text` stands for, or nil when it is not accepted.
    func parse(_ text: String) -> Value?

    /// Why `text` is not accepted, e.g. `out of range`.
    func refusal(of text: String) -> String

    /// `value` as it would be written on the command line (for the default shown in `--help`).
    func argument(for value: Value) -> String
}

/// An option value that is not accepted; ArgumentParser prints it after "The value 'X' is invalid for '--option'".
struct RefusedValue: Error, CustomStringConvertible {
    let description: String
}

extension AcceptedValues {
    /// The value of `text`, or a `RefusedValue` saying why not and what is accepted.
    func value(of text: String) throws(RefusedValue) -> Value {
        guard let value = parse(text) else { throw RefusedValue(description: "\(refusal(of: text)) (expected \(summary))") }
        return value
    }

    /// `help` followed by what is accepted and the default: "Frame size (WIDTHxHEIGHT, …; default: 120x40)."
    func help(_ help: String, default defaultValue: String?) -> ArgumentHelp {
        let sentence = help.hasSuffix(".") ? String(help.dropLast()) : help
        return ArgumentHelp("\(sentence) (\(summary)\(defaultValue.map { "; default: \($0)" } ?? "")).")
    }
}

extension Option {
    /// An option taking one of `accepted`, with a default. Its value is always the next argument, so `--speed -1`
    /// is refused as out of range rather than mistaken for a flag.
    init<Accepted: AcceptedValues>(
        wrappedValue: Value, name: NameSpecification = .long, help: String,
        accepting accepted: Accepted
    ) where Accepted.Value == Value {
        self.init(
            wrappedValue: wrappedValue, name: name, parsing: .unconditional,
            help: accepted.help(help, default: accepted.argument(for: wrappedValue)),
            transform: { text in try accepted.value(of: text) })
    }

    /// An optional option taking one of `accepted`.
    init<Wrapped, Accepted: AcceptedValues>(name: NameSpecification = .long, help: String, accepting accepted: Accepted)
    where Value == Wrapped?, Accepted.Value == Wrapped {
        self.init(
            name: name, parsing: .unconditional, help: accepted.help(help, default: nil),
            transform: { text in try accepted.value(of: text) })
    }
}
