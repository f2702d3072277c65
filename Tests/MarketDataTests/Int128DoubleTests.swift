import MarketData
import Testing

/// `Int128.doubleValue` takes a shortcut through 64 bits; it must give what `Double(_:)` gives, on both sides of
/// the shortcut's edge.
@Suite struct Int128DoubleTests {
    @Test func isTheNearestDoubleAsTheStandardLibraryGivesIt() {
        var generator = SystemRandomNumberGenerator()
        var values: [Int128] = [0, 1, -1, Int128(Int64.max), Int128(Int64.max) + 1, Int128(Int64.min), Int128(Int64.min) - 1, .max, .min]
        values += (0..<5_000).map { _ in
            let bound = Int128(1) << Int128.random(in: 1...126, using: &generator)
            return Int128.random(in: -bound...bound, using: &generator)
        }
        for value in values { #expect(value.doubleValue == Double(value), "\(value)") }
    }
}
