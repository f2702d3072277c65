/// A number type an option can hold.
protocol OptionNumber: Comparable, LosslessStringConvertible, Sendable {
    init?(exactly source: Double)
}

extension Int: OptionNumber {}
extension UInt64: OptionNumber {}
extension Double: OptionNumber {}

/// The numbers from `bounds.lowerBound` through `bounds.upperBound`. Whole numbers may be written with an
/// exponent (`1e3`); NaN, infinities and fractions where a whole number is wanted are refused.
struct NumberRange<Number: OptionNumber>: AcceptedValues {
    let bounds: ClosedRange<Number>

    init(_ bounds: ClosedRange<Number>) { self.bounds = bounds }

    var summary: String { "\(argument(for: bounds.lowerBound))…\(argument(for: bounds.upperBound))" }

    func parse(_ text: String) -> Number? {
        // Digits first: a 20-digit seed would lose precision on its way through Double.
        guard let number = Number(text) ?? Double(text).flatMap(Number.init(exactly:)), bounds.contains(number) else { return nil }
        return number
    }

    func refusal(of text: String) -> String {
        guard let number = Double(text), !number.isNaN else { return "not a number" }
        if number.isFinite && number.rounded() != number && Number(exactly: number) == nil { return "not a whole number" }
        return "out of range"
    }

    /// `30`, not `30.0`.
    func argument(for value: Number) -> String {
        let text = "\(value)"
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}
