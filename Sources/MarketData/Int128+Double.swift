extension Int128 {
    /// The nearest `Double`, as `Double(_:)` gives it, converted through 64 bits whenever the value fits: the
    /// standard library's conversion from `Int128` is generic and costs about 3,700 instructions, and a heatmap frame
    /// converts each of thousands of stocks' turnover.
    public var doubleValue: Double {
        if let word = Int64(exactly: self) { return Double(word) }
        return Double(self)
    }
}
