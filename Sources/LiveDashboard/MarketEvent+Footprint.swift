import MarketData

extension MarketEvent {
    /// The bytes the event takes in memory: its inline size (`MemoryLayout<MarketEvent>.stride`) plus the heap its
    /// longer texts (over 15 UTF-8 bytes, which Swift stores out of line) and an index's member list take. Symbols,
    /// broker codes and index codes are validated short codes, stored inline.
    var footprint: Int {
        let inline = MemoryLayout<MarketEvent>.stride
        return switch self {
        case .trade, .quote, .index: inline
        case .status(let status): inline + heapBytes(status.reason)
        case .reference(let reference):
            inline + heapBytes(reference.name) + heapBytes(reference.sector) + heapBytes(reference.date)
                + (reference.members.map { arrayHeader + $0.count * MemoryLayout<Symbol>.stride } ?? 0)
        }
    }
}

/// The header of a heap-allocated string or array.
private let arrayHeader = 32

/// The heap a text takes: none when it fits inline (15 UTF-8 bytes or fewer).
private func heapBytes(_ text: String?) -> Int {
    guard let count = text?.utf8.count, count > 15 else { return 0 }
    return arrayHeader + count
}
