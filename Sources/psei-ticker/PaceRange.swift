import Simulator

/// `max` (as fast as possible) or a factor of real time within `factors`.
struct PaceRange: AcceptedValues {
    let factors: NumberRange<Double>

    var summary: String { "\(factors.summary) or \(Pace.maximum)" }

    func parse(_ text: String) -> Pace? {
        if Pace(text) == .maximum { return .maximum }
        return factors.parse(text).map(Pace.factor)
    }

    func refusal(of text: String) -> String { factors.refusal(of: text) }

    func argument(for value: Pace) -> String { value.description }
}
