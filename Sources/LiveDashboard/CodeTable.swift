/// Numbers the distinct values the live log meets (symbols, broker codes) from 1, so an event in the log carries one
/// or two bytes instead of the value's eight or sixteen; 0 stands for no value. Full at 65,535 values: `code(for:)` is then nil for a
/// new one, and the event is kept unpacked.
struct CodeTable<Value: Hashable> {
    private var values: [Value] = []
    private var codes: [Value: UInt16] = [:]

    /// The values numbered so far.
    var count: Int { values.count }

    /// The code of `value`, numbering it when new; nil when the table is full.
    mutating func code(for value: Value) -> UInt16? {
        if let code = codes[value] { return code }
        guard values.count < Int(UInt16.max) else { return nil }
        values.append(value)
        let code = UInt16(values.count)
        codes[value] = code
        return code
    }

    /// The value numbered `code` (not 0).
    subscript(code: UInt16) -> Value { values[Int(code) - 1] }
}
