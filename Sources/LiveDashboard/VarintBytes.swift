/// Whole numbers as variable-length bytes (LEB128 of the zigzag form: seven bits a byte, low bits first, the sign in
/// the lowest bit), so a number below 64 either way takes one byte and a day's times, prices and sizes two to four.
enum VarintBytes {
    /// Appends `value`'s bytes.
    @inline(__always)
    static func append(_ value: Int64, to bytes: inout [UInt8]) {
        var rest = UInt64(bitPattern: value &<< 1 ^ value >> 63)
        while rest >= 0x80 {
            bytes.append(UInt8(truncatingIfNeeded: rest) | 0x80)
            rest >>= 7
        }
        bytes.append(UInt8(rest))
    }

    /// Reads numbers `append` wrote, from `index` on.
    struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        /// The position of the next byte to read.
        var index = 0

        /// The next byte as it is.
        @inline(__always)
        mutating func byte() -> UInt8 {
            defer { index += 1 }
            return bytes[index]
        }

        /// The next number.
        @inline(__always)
        mutating func number() -> Int64 {
            var value: UInt64 = 0
            var shift: UInt64 = 0
            while true {
                let byte = bytes[index]
                index += 1
                value |= UInt64(byte & 0x7F) &<< shift
                if byte < 0x80 { break }
                shift += 7
            }
            return Int64(bitPattern: value >> 1) ^ -Int64(bitPattern: value & 1)
        }
    }
}
