/// The name of the member being read, as its bytes in the record: a decoder matches it against its fields' names
/// (`case "px":`) by length first, then first byte, then the rest, so most comparisons stop at the length.
@usableFromInline struct FieldName {
    @usableFromInline let bytes: UnsafeBufferPointer<UInt8>

    @inlinable init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// True when `name` is `field`.
    @inlinable @inline(__always)
    static func ~= (field: StaticString, name: FieldName) -> Bool {
        let count = field.utf8CodeUnitCount
        guard name.bytes.count == count, count > 0 else { return false }
        let expected = field.utf8Start
        guard name.bytes[0] == expected[0] else { return false }
        for offset in 1..<count where name.bytes[offset] != expected[offset] { return false }
        return true
    }
}
