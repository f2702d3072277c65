/// An enumeration of the wire schema, read from a string's bytes (`JSONScanner.enumeration`).
protocol WireEnumeration: RawRepresentable<String> {
    /// The case whose raw value is `wireBytes`; by default through a `String`, the trade's enumerations (on every
    /// record) straight from the bytes.
    init?(wireBytes: UnsafeBufferPointer<UInt8>)
}

extension WireEnumeration {
    init?(wireBytes: UnsafeBufferPointer<UInt8>) { self.init(rawValue: String(decoding: wireBytes, as: UTF8.self)) }
}

extension Trade.ForeignSide: WireEnumeration {
    init?(wireBytes bytes: UnsafeBufferPointer<UInt8>) {
        switch FieldName(bytes: bytes) {
        case "B": self = .buy
        case "S": self = .sell
        case "BS": self = .both
        default: return nil
        }
    }
}

extension Trade.Board: WireEnumeration {
    init?(wireBytes bytes: UnsafeBufferPointer<UInt8>) {
        switch FieldName(bytes: bytes) {
        case "main": self = .main
        case "oddlot": self = .oddlot
        case "block": self = .block
        default: return nil
        }
    }
}

extension IndexCode: WireEnumeration {}
extension MarketPhase: WireEnumeration {}
extension TradingCluster: WireEnumeration {}
