import Testing

@testable import MarketData

/// Symbols and broker codes are held packed in integers: their text, order, equality and validation must be exactly
/// those of the code as text.
@Suite struct PackedCodeTests {
    static let symbols = [
        "A", "AC", "ACEN", "AEV", "ALI", "ALLHC", "BDO", "BPI", "GTCAP", "JFC", "MER", "X", "Z9",
        "AB.C-1", "ABCDEFGH", "ABCDEFGHI", "ABCDEFGHIJKL", "ABCDEFGHIJKK", "PRF2A", "SMPH",
    ]

    @Test func aSymbolKeepsItsTextAndSortsAsItsText() throws {
        let packed = try Self.symbols.map { try #require(Symbol($0)) }
        #expect(packed.map(\.code) == Self.symbols)
        #expect(packed.sorted().map(\.code) == Self.symbols.sorted())
        for (left, right) in zip(packed, packed.dropFirst() + packed.prefix(1)) {
            #expect((left < right) == (left.code < right.code) && (left == right) == (left.code == right.code))
        }
        #expect(Set(packed).count == Self.symbols.count)
    }

    @Test(arguments: ["", "al i", "1ALI", "ABCDEFGHIJKLM", "AL\u{1B}", "ÄLI", "ALI ", ".ALI", "ali"])
    func aMalformedSymbolIsRejected(_ text: String) {
        #expect(Symbol(text) == nil)
    }

    @Test func aSymbolMatchesItsKeyBytesOnly() {
        let symbol: Symbol = "ABCDEFGHIJ"
        #expect(Array("ABCDEFGHIJ".utf8).withUnsafeBufferPointer(symbol.isCode))
        #expect(!Array("ABCDEFGHIJK".utf8).withUnsafeBufferPointer(symbol.isCode))
        #expect(!Array("ABCDEFGH".utf8).withUnsafeBufferPointer(symbol.isCode))
        #expect(!Array("ABCDEFGHIJ\0".utf8).withUnsafeBufferPointer(symbol.isCode))
        #expect(!Array("ALI\0".utf8).withUnsafeBufferPointer(Symbol(stringLiteral: "ALI").isCode))
    }

    @Test func aBrokerCodeKeepsItsTextAndSortsAsItsText() throws {
        let texts = ["COL", "BDO", "10", "FW", "XMB", "abc1", "ABCDEFGH", "Z"]
        let codes = try texts.map { try #require(BrokerCode($0)) }
        #expect(codes.map(\.code) == texts)
        #expect(codes.sorted().map(\.code) == texts.sorted())
        #expect(Set(codes).count == texts.count)
    }

    @Test(arguments: ["", "ABCDEFGHI", "X\u{1B}[2J", "A B", "Ñ", "A-B", "A.B"])
    func aMalformedBrokerCodeIsRejected(_ text: String) {
        #expect(BrokerCode(text) == nil)
    }
}
