import Testing

@testable import MarketData

/// The word-at-a-time readers of the fast paths against the byte-at-a-time rules they stand for: every byte value in
/// every lane, every length and every position near a buffer's end.
@Suite struct ByteWordTests {
    @Test func aWordHoldsTheEightBytesFromItsStartAndZerosPastTheEnd() {
        for length in 0...20 {
            let bytes = (0..<length).map { UInt8(0x41 + $0) }
            bytes.withUnsafeBufferPointer { buffer in
                for start in 0...length {
                    var expected: UInt64 = 0
                    for offset in 0..<8 where start + offset < length { expected |= UInt64(bytes[start + offset]) << (8 * offset) }
                    #expect(ByteWord(buffer, at: start).value == expected, "length \(length), start \(start)")
                }
            }
        }
    }

    @Test func theFirstIndexOfAByteIsItsFirstLane() {
        for lane in 0..<8 {
            for other in UInt8.min...UInt8.max where other != 0x22 {
                // `other` before and after the quote, so a borrow from a lane below cannot hide or fake it.
                var bytes = [UInt8](repeating: other, count: 8)
                bytes[lane] = 0x22
                let word = bytes.withUnsafeBufferPointer { ByteWord($0, at: 0) }
                #expect(word.firstIndex(of: 0x22) == lane)
            }
        }
        let none = Array("ABCDEFGH".utf8).withUnsafeBufferPointer { ByteWord($0, at: 0) }
        #expect(none.firstIndex(of: 0x22) == nil)
    }

    /// `Symbol(text:)` and `BrokerCode(text:)` against `init(bytes:)`: each byte value in each lane of codes of every
    /// length up to eight, the other lanes a letter.
    @Test func aCodeReadAsOneWordIsTheCodeReadByteByByte() {
        var compared = 0
        for count in 1...8 {
            for lane in 0..<count {
                for byte in UInt8.min...UInt8.max {
                    var bytes = [UInt8](repeating: UInt8(ascii: "K"), count: count)
                    bytes[lane] = byte
                    bytes.withUnsafeBufferPointer { buffer in
                        let text = ShortText(buffer)!
                        #expect(Symbol(text: text) == Symbol(bytes: buffer), "\(bytes)")
                        #expect(BrokerCode(text: text) == BrokerCode(bytes: buffer), "\(bytes)")
                        #expect(Trade.ForeignSide(text: text) == Trade.ForeignSide(rawValue: String(decoding: buffer, as: UTF8.self)))
                        #expect(Trade.Board(text: text) == Trade.Board(rawValue: String(decoding: buffer, as: UTF8.self)))
                    }
                    compared += 1
                }
            }
        }
        #expect(compared == 36 * 256)
    }

    @Test func everyForeignSideAndBoardIsReadFromItsWireText() {
        for side in [Trade.ForeignSide.buy, .sell, .both] {
            #expect(Array(side.rawValue.utf8).withUnsafeBufferPointer { Trade.ForeignSide(text: ShortText($0)!) } == side)
        }
        for board in [Trade.Board.main, .oddlot, .block] {
            #expect(Array(board.rawValue.utf8).withUnsafeBufferPointer { Trade.Board(text: ShortText($0)!) } == board)
        }
    }

    @Test func aMemberStartIsItsSeparatorQuotedNameAndColon() {
        let names: [(StaticString, String)] = [("v", #""v":"#), ("sym", #""sym":"#), ("buyer", #""buyer":"#), ("foreign", #""foreign":"#)]
        for (name, text) in names {
            let start = ByteWord.memberStart(name)
            var bytes = [UInt8(0)] + Array(text.utf8)
            bytes += [UInt8](repeating: 0, count: 16 - bytes.count)
            let words = bytes.withUnsafeBufferPointer { (ByteWord($0, at: 0).value, ByteWord($0, at: 8).value) }
            #expect(start.count == text.utf8.count + 1 && start.head == words.0 && start.tail == words.1, "\(name)")
        }
    }
}
