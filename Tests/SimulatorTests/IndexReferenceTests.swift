import Exchange
import MarketData
import Simulator
import Testing

/// The reference data lets a consumer compute every index itself: Σ(member's last × shares × free float) ÷ divisor.
@Suite struct IndexReferenceTests {
    static let day = MarketSimulatorTests.day

    static var references: [ReferenceData] {
        day.compactMap { simulated in
            guard case .reference(let reference) = simulated.event else { return nil }
            return reference
        }
    }

    @Test func everySecurityHasSharesAFreeFloatAndClusterC() {
        let securities = Self.references.filter { if case .security = $0.subject { true } else { false } }
        #expect(securities.count == 30)
        for reference in securities {
            #expect(reference.cluster == .c)
            #expect((0.2...0.65).contains(reference.freeFloat ?? 0), "\(reference.subject)")
            #expect((reference.shares?.shares ?? 0) > 10_000_000, "\(reference.subject)")
        }
    }

    @Test func thePSEiListsItsThirtyConstituentsAndEachSectorIndexItsOwn() {
        let indices = Dictionary(
            uniqueKeysWithValues: Self.references.compactMap { reference -> (IndexCode, ReferenceData)? in
                guard case .index(let code) = reference.subject else { return nil }
                return (code, reference)
            })
        #expect(Set(indices[.psei]?.members ?? []) == Set(PSERules.constituents.map(\.symbol)))
        for code in IndexCode.sectors {
            let expected = PSERules.constituents.filter { $0.sector.index == code }.map(\.symbol)
            #expect(indices[code]?.members == expected, "\(code)")
            #expect((indices[code]?.divisor ?? 0) > 0)
        }
    }

    /// At every index record, each index recomputed from the published figures alone: the reference data as it
    /// decodes from the wire and the last main-board trade of each member (its previous close before any).
    @Test func everyIndexRecordEqualsItsMembersFreeFloatCapitalisationOverTheDivisor() throws {
        var securities: [Symbol: ReferenceData] = [:]
        var indices: [IndexCode: ReferenceData] = [:]
        var last: [Symbol: Price] = [:]
        var checked = 0
        for simulated in Self.day {
            switch try WireCodec.decode(simulated.record).get() {
            case .reference(let reference):
                switch reference.subject {
                case .security(let symbol): securities[symbol] = reference
                case .index(let code): indices[code] = reference
                }
            case .trade(let trade) where trade.board == .main:
                last[trade.symbol] = trade.price
            case .index(let level):
                let index = try #require(indices[level.code])
                let capitalisation = try #require(index.members).reduce(0.0) { sum, member in
                    let security = securities[member]!
                    let price = last[member] ?? security.previousClose
                    return sum + price.doubleValue * Double(security.shares!.shares) * security.freeFloat!
                }
                let computed = capitalisation / index.divisor!
                #expect(abs(computed - level.value.doubleValue) <= 0.01, "\(level.code) at \(level.timestamp)")
                checked += 1
            default:
                break
            }
        }
        #expect(checked > 7_000)
    }
}
