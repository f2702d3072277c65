/// Up to eight ASCII bytes held in one `UInt64`, first byte highest and zero-padded, so two packed codes compare as
/// integers in the order their texts sort, and hashing or comparing one costs a word, not a `String`.
/// `Symbol` and `BrokerCode` keep their text this way (a wire code never contains a zero byte).
@usableFromInline enum PackedASCII {
    /// `bytes[range]` (at most eight) packed, or nil when a byte fails `isAllowed`.
    @inline(__always)
    static func pack(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, allowing isAllowed: (UInt8) -> Bool)
        -> UInt64?
    {
        var word: UInt64 = 0
        for index in range {
            let byte = bytes[index]
            guard isAllowed(byte) else { return nil }
            word = word << 8 | UInt64(byte)
        }
        return word << (8 * UInt64(8 - range.count))
    }

    /// How many bytes `word` holds.
    @inline(__always)
    static func count(_ word: UInt64) -> Int { 8 - word.trailingZeroBitCount / 8 }

    /// The bytes of `words`, in order, as text.
    static func text(_ words: UInt64...) -> String {
        let counts = words.map(count)
        return String(unsafeUninitializedCapacity: counts.reduce(0, +)) { buffer in
            var written = 0
            for (word, count) in zip(words, counts) {
                for offset in 0..<count {
                    buffer[written] = UInt8(truncatingIfNeeded: word >> (56 - 8 * UInt64(offset)))
                    written += 1
                }
            }
            return written
        }
    }

    /// `text`'s UTF-8 bytes in a buffer, for the packing initialisers that take a `String`.
    static func withBytes<Result>(of text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        var text = text
        return text.withUTF8(body)
    }
}
