import Foundation
import MarketData
import Testing

/// `Price(_:)` (the codec's decimal parser) against Foundation's `Decimal` as an independent reference, on
/// random decimal texts of every shape the fast and the general path see.
@Suite struct DecimalParsingTests {
    @Test func agreesWithFoundationDecimalOnRandomTexts() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let text = randomDecimalText(using: &generator)
            let reference = referenceUnits(text)
            #expect(Price(text)?.units == reference, "\(text)")
        }
    }

    @Test(arguments: ["", "-", ".5", "5.", "+5", "05", "1e", "1e+", "--1", "1.2.3", " 1", "1 ", "0x10", "1,000"])
    func rejectsTextsThatAreNotJSONNumbers(text: String) {
        #expect(Price(text) == nil)
    }

    @Test func acceptsExponentsAndTrailingZerosWhenTheValueIsExact() {
        #expect(Price("1.5e2")?.units == 1_500_000)
        #expect(Price("150000e-3")?.units == 1_500_000)
        #expect(Price("0.00010000000000000000000")?.units == 1)
        #expect(Price("1e-5") == nil)
        #expect(Price("1e15") == nil)
    }

    @Test func everyInt64IsReadAndOneMoreIsNot() {
        #expect(Price("922337203685477.5807")?.units == .max)
        #expect(Price("-922337203685477.5807")?.units == -.max)
        #expect(Price("922337203685477.5808") == nil)
        #expect(Price("9223372036854775807e-4")?.units == .max)
        #expect(Price("123456789012345678901234567890") == nil)
    }

    /// Units of 1/10,000 if `text` is a JSON number exactly representable in an Int64 at that scale.
    func referenceUnits(_ text: String) -> Int64? {
        let grammar = #"^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$"#
        guard text.range(of: grammar, options: .regularExpression) != nil,
            let decimal = Decimal(string: text, locale: Locale(identifier: "en_US_POSIX"))
        else { return nil }
        let scaled = decimal * 10_000
        var rounded = Decimal()
        var copy = scaled
        NSDecimalRound(&rounded, &copy, 0, .plain)
        guard rounded == scaled, abs(scaled) <= Decimal(Int64.max) else { return nil }
        return NSDecimalNumber(decimal: scaled).int64Value
    }

    func randomDecimalText(using generator: inout SystemRandomNumberGenerator) -> String {
        let digits = "0123456789"
        func run(_ length: Int) -> String {
            String((0..<length).map { _ in digits.randomElement(using: &generator)! })
        }
        var text = Bool.random(using: &generator) ? "" : "-"
        let integer = run(Int.random(in: 1...9, using: &generator))
        let withoutLeadingZeros = integer.drop { $0 == "0" }
        let leadingZero = Int.random(in: 0..<10, using: &generator) == 0  // invalid JSON, e.g. 0123
        text += leadingZero ? "0" + integer : (withoutLeadingZeros.isEmpty ? "0" : String(withoutLeadingZeros))
        if Bool.random(using: &generator) { text += "." + run(Int.random(in: 1...7, using: &generator)) }
        if Int.random(in: 0..<4, using: &generator) == 0 {
            text += ["e", "E"].randomElement(using: &generator)! + ["", "+", "-"].randomElement(using: &generator)!
            text += String(Int.random(in: 0...6, using: &generator))
        }
        return text
    }
}

/// `DecimalText.text` writes bytes in one pass; the text it must give is written out here the plain way, on values
/// of every length (up to 128 bits), with and without grouping.
@Suite struct DecimalTextTests {
    static func reference(_ value: UInt128, decimals: Int, grouping: Bool) -> String {
        let (whole, fraction) = value.quotientAndRemainder(dividingBy: DecimalText.power(decimals))
        var wholeText = String(whole)
        if grouping {
            var groups: [Substring] = []
            while wholeText.count > 3 {
                groups.insert(wholeText.suffix(3), at: 0)
                wholeText.removeLast(3)
            }
            wholeText = ([Substring(wholeText)] + groups).joined(separator: ",")
        }
        guard decimals > 0 else { return wholeText }
        let digits = String(fraction)
        return wholeText + "." + String(repeating: "0", count: decimals - digits.count) + digits
    }

    @Test func matchesThePlainWayOnValuesOfEveryLength() {
        var generator = SystemRandomNumberGenerator()
        var values: [UInt128] = [0, 1, 9, 10, 999, 1_000, UInt128(UInt64.max), UInt128(UInt64.max) + 1, .max]
        values += (0...38).flatMap { [DecimalText.power($0), DecimalText.power($0) - 1] }
        values += (0..<5_000).map { _ in
            UInt128.random(in: 0...UInt128(1) << UInt128.random(in: 1...127, using: &generator), using: &generator)
        }
        for value in values {
            for decimals in [0, 1, 2, 4, 8, 12] {
                for grouping in [false, true] {
                    let expected = Self.reference(value, decimals: decimals, grouping: grouping)
                    #expect(DecimalText.text(value, decimals: decimals, grouping: grouping) == expected)
                }
            }
        }
        #expect(DecimalText.text(1_234_567, decimals: 2, grouping: true) == "12,345.67")
        #expect(DecimalText.text(5, decimals: 4, grouping: true) == "0.0005")
        #expect(DecimalText.grouped(1_204_000) == "1,204,000")
    }
}
