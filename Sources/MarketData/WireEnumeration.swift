/// An enumeration of the wire schema, read from a string's bytes (`JSONScanner.enumeration`).
protocol WireEnumeration: RawRepresentable<String> {
    /// The case whose raw value is `wireBytes`; by default through a `String`, the trade's enumerations (on every
    /// record) straight from the bytes.
    init?(wireBytes: UnsafeBufferPointer<UInt8>)
}

extension WireEnumeration {
    init?(wireBytes: UnsafeBufferPointer<UInt8>) { self.init(rawValue: String(decoding: wireBytes, as: UTF8.self)) }
}

extension Trade.ForeignSide: ShortWireEnumeration {
    /// The side `text` names (the trade fast path's way).
    @inline(__always)
    init?(text: ShortText) {
        if text.equals("B") {
            self = .buy
        } else if text.equals("S") {
            self = .sell
        } else if text.equals("BS") {
            self = .both
        } else {
            return nil
        }
    }

}

extension Trade.Board: ShortWireEnumeration {
    /// The board `text` names (the trade fast path's way).
    @inline(__always)
    init?(text: ShortText) {
        if text.equals("main") {
            self = .main
        } else if text.equals("oddlot") {
            self = .oddlot
        } else if text.equals("block") {
            self = .block
        } else {
            return nil
        }
    }

}

/// A wire enumeration whose cases are at most eight bytes, read from a `ShortText` (the trade fast path's way) and
/// from bytes the same way.
protocol ShortWireEnumeration: WireEnumeration {
    init?(text: ShortText)
}

extension ShortWireEnumeration {
    init?(wireBytes bytes: UnsafeBufferPointer<UInt8>) {
        guard let text = ShortText(bytes) else { return nil }
        self.init(text: text)
    }
}

extension IndexCode: WireEnumeration {}
extension MarketPhase: WireEnumeration {}
extension TradingCluster: WireEnumeration {}
