import MarketData

/// A tape's broker codes, each kept once and numbered from 1 (0 is `none`), so a print holds two 2-byte numbers
/// instead of two codes. Bounded: at `limit` codes the table is rebuilt from the codes the ring still holds (at most
/// two per print), which leaves room for at least as many new codes again; a tape of `TradeTape.dayCapacity` prints
/// keeps at most 8,002 codes of at most 8 characters (`BrokerCode`). The market's broker
/// ledgers share one table that is never rebuilt and takes no more codes once full (`numberIfRoom`).
public struct BrokerCodes: Hashable, Sendable {
    /// A code's number in the table.
    public typealias Number = UInt16
    /// The number of an unknown broker.
    public static let none: Number = 0

    private var codes: [BrokerCode] = []
    private var numbers: [BrokerCode: Number] = [:]
    private let limit: Int

    /// Room for the codes of `prints` prints twice over and the two of the print being added.
    static func limit(forPrints prints: Int) -> Int { 4 * prints + 2 }

    init(limit: Int) {
        precondition(limit <= Int(Number.max), "more codes than 2-byte numbers")
        self.limit = limit
    }

    /// The code a number stands for; nil for `none`.
    public subscript(number: Number) -> BrokerCode? { number == Self.none ? nil : codes[Int(number) - 1] }

    /// How many codes the table holds.
    public var count: Int { codes.count }

    /// True when the next two new codes might not fit.
    var isFull: Bool { codes.count + 2 > limit }

    /// The number of a code, adding it when new; `none` for nil. A tape's table makes room itself before it is full
    /// (`keepOnlyCodes`), so this always adds.
    mutating func number(_ code: BrokerCode?) -> Number {
        guard let code else { return Self.none }
        return number(code, addingWhileBelow: Int(Number.max)) ?? Self.none
    }

    /// The number of a code, adding it when new and the table holds fewer than its limit; nil for a new code when
    /// the table is full (a `BrokerLedger` then books it with the others).
    mutating func numberIfRoom(_ code: BrokerCode) -> Number? { number(code, addingWhileBelow: limit) }

    private mutating func number(_ code: BrokerCode, addingWhileBelow room: Int) -> Number? {
        if let number = numbers[code] { return number }
        guard codes.count < room else { return nil }
        codes.append(code)
        let number = Number(codes.count)
        numbers[code] = number
        return number
    }

    /// Keeps only the codes `prints` hold, renumbering them and the prints.
    mutating func keepOnlyCodes(of prints: inout [TradeTape.Print]) {
        var rebuilt = BrokerCodes(limit: limit)
        for index in prints.indices {
            let print = prints[index]
            prints[index] = print.withBrokers(buyer: rebuilt.number(self[print.buyer]), seller: rebuilt.number(self[print.seller]))
        }
        self = rebuilt
    }
}
