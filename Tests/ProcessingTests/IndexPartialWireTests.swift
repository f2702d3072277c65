import Dashboard
import MarketData
import Processing
import Testing

/// The partials topic's records: written and read back whole, and anything else refused with a reason.
@Suite struct IndexPartialWireTests {
    static let partial = IndexPartial(
        code: .miningAndOil, partition: 3, firstMinute: 1_795_570_200_000, through: 1_795_570_320_000,
        capitalisation: FreeFloatCapitalisation(units: Int128(Int64.max) * 1_000_003), traded: ["ALI", "SMPH"], caughtUp: true)

    @Test func aPartialSurvivesTheWireExactly() throws {
        let bytes = Self.partial.wireValue
        #expect(try IndexPartial(wireValue: bytes) == Self.partial)
        #expect(String(decoding: bytes, as: UTF8.self).contains(#""cap":"\#(Self.partial.capitalisation.units)""#))
    }

    @Test(arguments: [
        #"{"code":"XYZ","partition":0,"through":60000,"cap":"1","traded":[],"caughtUp":false}"#,
        #"{"code":"PSEi","partition":-1,"through":60000,"cap":"1","traded":[],"caughtUp":false}"#,
        #"{"code":"PSEi","partition":0,"first":60000,"through":60000,"cap":"1","traded":[],"caughtUp":false}"#,
        #"{"code":"PSEi","partition":0,"through":60000,"cap":"1.5","traded":[],"caughtUp":false}"#,
        #"{"code":"PSEi","partition":0,"through":60000,"cap":"1","traded":["ali\u001b"],"caughtUp":false}"#,
        #"{"code":"PSEi","partition":0,"through":60000,"cap":"1","traded":[]}"#,
        "not json",
    ])
    func malformedPartialsAreRefused(_ text: String) {
        #expect(throws: IndexPartial.DecodeFailure.self) { try IndexPartial(wireValue: Array(text.utf8)) }
    }
}

/// The one index formula: exact, so the sum of parts is the sum of the whole in any order.
@Suite struct FreeFloatCapitalisationTests {
    @Test func partsAddUpExactlyInAnyOrder() {
        let caps = (1...200).map { index in
            FreeFloatCapitalisation(
                price: Price(units: Int64(index) * 12_345 + 7), shares: Quantity(Int64(index) * 98_765_431),
                freeFloat: Double(index % 97) / 97)
        }
        let whole = caps.reduce(.zero, +)
        let parts =
            caps.enumerated().filter { $0.offset % 3 == 0 }.map(\.element).reduce(.zero, +)
            + caps.enumerated().filter { $0.offset % 3 != 0 }.reversed().map(\.element).reduce(.zero, +)
        #expect(whole == parts)
    }

    @Test func theLevelIsTheCapitalisationOverTheDivisor() {
        // ₱10.00 × 1,000,000 shares × 0.5 = ₱5,000,000 over 5,000 is 1,000.
        let cap = FreeFloatCapitalisation(price: Price("10.00")!, shares: 1_000_000, freeFloat: 0.5)
        #expect(cap.level(divisor: 5_000) == 1_000)
        #expect(IndexLevelRounding.price(cap.level(divisor: 3_000)) == Price("1666.6667"))
    }
}
