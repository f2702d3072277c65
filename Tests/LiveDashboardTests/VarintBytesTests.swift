import Testing

@testable import LiveDashboard

/// Variable-length numbers read back as written, at every length from one byte to ten, of either sign.
@Suite struct VarintBytesTests {
    @Test func everyNumberReadsBackAsWrittenInTheBytesItsSizeNeeds() {
        var values: [Int64] = [0, 1, -1, 63, -64, 64, -65, .max, .min, .max - 1, .min + 1]
        for bit in 0..<63 { values += [1 << bit, -(1 << bit), (1 << bit) - 1, -(1 << bit) + 1] }
        var bytes: [UInt8] = []
        var lengths: [Int] = []
        for value in values {
            let before = bytes.count
            VarintBytes.append(value, to: &bytes)
            lengths.append(bytes.count - before)
        }
        let back = bytes.withUnsafeBufferPointer { buffer in
            var reader = VarintBytes.Reader(bytes: buffer)
            return values.map { _ in reader.number() }
        }
        #expect(back == values)
        for (value, length) in zip(values, lengths) {
            // Zigzag: |value| below 2^(7n - 1) (the sign takes a bit) fits in n bytes.
            let magnitude = value < 0 ? ~UInt64(bitPattern: value) : UInt64(value)
            let needed = max(1, (64 - magnitude.leadingZeroBitCount + 1 + 6) / 7)
            #expect(length == needed, "\(value): \(length) bytes")
        }
    }
}
