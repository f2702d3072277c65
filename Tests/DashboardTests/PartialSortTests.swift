import Testing

@testable import Dashboard

/// `Array.sort(window:)` on arrays with many equal elements (the rows never have two equal places, but the sort
/// does not rely on it): the window holds what a full sort puts there, smaller elements before it, larger after.
@Suite struct PartialSortTests {
    @Test func theWindowIsSortedAndTheRestPartitionedAroundIt() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let count = Int.random(in: 0...200, using: &generator)
            let values = (0..<count).map { _ in Int.random(in: 0...Int.random(in: 0...50, using: &generator), using: &generator) }
            let start = Int.random(in: 0...count + 5, using: &generator)
            let window = start..<start + Int.random(in: 0...60, using: &generator)
            var partial = values
            partial.sort(window: window)
            let sorted = values.sorted()
            let inside = window.clamped(to: values.indices)
            #expect(partial[inside] == sorted[inside], "\(values) \(window)")
            #expect(partial.sorted() == sorted)
            if !inside.isEmpty {
                #expect(partial[..<inside.lowerBound].allSatisfy { $0 <= partial[inside.lowerBound] })
                #expect(partial[inside.upperBound...].allSatisfy { $0 >= partial[inside.upperBound - 1] })
            }
        }
    }
}
