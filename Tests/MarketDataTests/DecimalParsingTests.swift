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
