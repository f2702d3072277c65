import Foundation

/// One benchmark's result: our samples and, where there is one, a reference measured in the same run.
struct BenchmarkResult: Encodable {
    let name: String
    /// `records/s` (higher is better), or a cost: `µs`, `ns/record` or `instructions/record` (lower is better).
    let unit: String
    let samples: [Double]
    let reference: String?
    let referenceSamples: [Double]?

    var median: Double { Self.median(samples) }
    var referenceMedian: Double? { referenceSamples.map(Self.median) }

    /// Ours ÷ reference for rates, reference ÷ ours for costs: above 1 means we are faster.
    var ratio: Double? {
        guard let reference = referenceMedian, reference > 0, median > 0 else { return nil }
        return ["µs", "ns/record", "instructions/record"].contains(unit) ? reference / median : median / reference
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
    }

    enum CodingKeys: String, CodingKey { case name, unit, samples, reference, referenceSamples, median, ratio }

    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(unit, forKey: .unit)
        try container.encode(samples, forKey: .samples)
        try container.encodeIfPresent(reference, forKey: .reference)
        try container.encodeIfPresent(referenceSamples, forKey: .referenceSamples)
        try container.encode(median, forKey: .median)
        try container.encodeIfPresent(ratio, forKey: .ratio)
    }
}

/// Seconds taken by `body`, on the monotonic clock.
func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

/// Runs `body` once to warm up, then `repetitions` times, returning each run's value.
func repeated(_ repetitions: Int, _ body: () throws -> Double) rethrows -> [Double] {
    _ = try body()
    return try (0..<repetitions).map { _ in try body() }
}

/// The results as an aligned table.
func table(_ results: [BenchmarkResult]) -> String {
    func number(_ value: Double) -> String {
        value >= 100 ? String(format: "%.0f", value) : String(format: "%.2f", value)
    }
    let header = ["benchmark", "median", "min", "max", "unit", "reference", "ratio"]
    let rows = results.map { result in
        [
            result.name, number(result.median), number(result.samples.min() ?? 0), number(result.samples.max() ?? 0), result.unit,
            result.referenceMedian.map { "\(result.reference ?? "") \(number($0))" } ?? "-",
            result.ratio.map { String(format: "%.2f×", $0) } ?? "-",
        ]
    }
    let widths = header.indices.map { column in ([header] + rows).map { $0[column].count }.max()! }
    return ([header] + rows).map { row in
        row.enumerated().map { column, cell in
            column == 0 || column == 4 || column == 5
                ? cell.padding(toLength: widths[column], withPad: " ", startingAt: 0)
                : String(repeating: " ", count: widths[column] - cell.count) + cell
        }.joined(separator: "  ")
    }.joined(separator: "\n")
}
