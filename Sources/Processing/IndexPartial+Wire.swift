import Dashboard
import Foundation
import MarketData

/// The partials topic's JSON (docs/WIRE.md, docs/schema/pse.index.partials.schema.json):
/// `{"code":"PSEi","partition":3,"first":…,"through":…,"cap":"123…","traded":["ALI",…],"caughtUp":false}`, the
/// capitalisation as a decimal string of 10⁻¹⁰ PHP units (a 128-bit integer does not fit a JSON number exactly).
extension IndexPartial {
    /// Why a partials record was refused.
    public struct DecodeFailure: Error, CustomStringConvertible {
        public let description: String
    }

    private struct Fields: Codable {
        var code: String
        var partition: Int32
        var first: Int64?
        var through: Int64
        var cap: String
        var traded: [String]
        var caughtUp: Bool
    }

    public var wireValue: [UInt8] {
        let fields = Fields(
            code: code.rawValue, partition: partition, first: firstMinute, through: through,
            cap: String(capitalisation.units), traded: traded.map(\.code), caughtUp: caughtUp)
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return Array(try! encoder.encode(fields))
    }

    /// Decodes and checks a partials record; every failure names only what it checked, never the bytes.
    public init(wireValue bytes: [UInt8]) throws(DecodeFailure) {
        guard let fields = try? JSONDecoder().decode(Fields.self, from: Data(bytes)) else {
            throw DecodeFailure(description: "not a partials record")
        }
        guard let code = IndexCode(rawValue: fields.code) else { throw DecodeFailure(description: "unknown index code") }
        guard fields.partition >= 0, fields.through >= 0, fields.first.map({ $0 >= 0 && $0 < fields.through }) ?? true
        else { throw DecodeFailure(description: "partition or times out of range") }
        guard let units = Int128(fields.cap) else { throw DecodeFailure(description: "cap is not an integer") }
        let traded = fields.traded.compactMap(Symbol.init)
        guard traded.count == fields.traded.count else { throw DecodeFailure(description: "malformed symbol in traded") }
        self.init(
            code: code, partition: fields.partition, firstMinute: fields.first, through: fields.through,
            capitalisation: FreeFloatCapitalisation(units: units), traded: traded, caughtUp: fields.caughtUp)
    }
}
