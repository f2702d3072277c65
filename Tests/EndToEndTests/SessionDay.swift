import Foundation
import Testing

/// A recorded day's figures worked out straight from the session file's lines with Foundation's JSON — not the
/// wire codec, not the reducer — for checking the wrap: prices in 1/10,000 PHP, values in 1/10,000 PHP.
struct SessionDay {
    /// A trade on the block board.
    struct BlockSale {
        let symbol: String, price: Int, quantity: Int, timestamp: Int
    }

    /// A halt of one security (or of the market, scope `MARKET`) and when it ended.
    struct HaltPeriod {
        let scope: String, since: Int
        var until: Int?
    }

    private(set) var previousClose: [String: Int] = [:]
    private(set) var shares: [String: Double] = [:]
    private(set) var freeFloat: [String: Double] = [:]
    private(set) var indexPreviousClose: [String: Int] = [:]
    private(set) var indexClose: [String: Int] = [:]
    private(set) var divisor: [String: Double] = [:]
    private(set) var members: [String: [String]] = [:]
    /// The last main-board price of each stock (the one with the highest `seq`).
    private(set) var last: [String: Int] = [:]
    /// Value traded per stock, every board.
    private(set) var value: [String: Int] = [:]
    private(set) var valueByBoard: [String: Int] = [:]
    private(set) var tradeCount = 0
    private(set) var foreignBuying: [String: Int] = [:]
    private(set) var foreignSelling: [String: Int] = [:]
    private(set) var blockSales: [BlockSale] = []
    private(set) var halts: [HaltPeriod] = []
    /// Each index's levels and each stock's main-board prices, `(ts, units)` in the order they take effect (by time).
    private(set) var indexLevels: [String: [(ts: Int, value: Int)]] = [:]
    private(set) var mainPrices: [String: [(ts: Int, price: Int)]] = [:]

    init(path: String) throws {
        let text = try runToEnd("/bin/sh", ["-c", "gzip -dc '\(path)'"]).stdout
        var lastSeq: [String: Int] = [:], seen = Set<String>(), indexTime: [String: Int] = [:]
        var statuses: [(scope: String, phase: String, ts: Int)] = []
        for line in text.split(separator: "\n") {
            let record = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            guard let topic = record["topic"] as? String, let v = record["v"] as? [String: Any] else { continue }
            switch topic {
            case "pse.ref": reference(v)
            case "pse.index":
                let (code, ts) = (v["code"] as! String, v["ts"] as! Int)
                if ts >= indexTime[code, default: .min] { (indexTime[code], indexClose[code]) = (ts, Self.units(v["value"])) }
                indexLevels[code, default: []].append((ts, Self.units(v["value"])))
            case "pse.status": statuses.append((v["scope"] as! String, v["phase"] as! String, v["ts"] as! Int))
            case "pse.trades":
                let (symbol, seq) = (v["sym"] as! String, v["seq"] as! Int)
                guard seen.insert("\(symbol) \(seq)").inserted else { continue }
                trade(v, symbol: symbol, seq: seq, lastSeq: &lastSeq)
            default: break
            }
        }
        for status in statuses.sorted(by: { $0.ts < $1.ts }) { halt(status) }
        indexLevels = indexLevels.mapValues {
            $0.enumerated().sorted { ($0.element.ts, $0.offset) < ($1.element.ts, $1.offset) }.map(\.element)
        }
        mainPrices = mainPrices.mapValues {
            $0.enumerated().sorted { ($0.element.ts, $0.offset) < ($1.element.ts, $1.offset) }.map(\.element)
        }
    }

    /// Every security the day carries.
    var symbols: [String] { Set(previousClose.keys).union(value.keys).sorted() }
    var pseiMembers: [String] { members["PSEi"] ?? [] }

    /// `[advancers, decliners, unchanged, notTraded]` of `symbols` by their last main-board price.
    func breadth(of symbols: [String]) -> [Int] {
        var counts = [0, 0, 0, 0]
        for symbol in symbols {
            guard let last = last[symbol], let close = previousClose[symbol] else { counts[3] += 1; continue }
            counts[last > close ? 0 : last < close ? 1 : 2] += 1
        }
        return counts
    }

    /// Each PSEi member's contribution: (last − previous close) × shares × free float ÷ the PSEi's divisor.
    var pseiPoints: [String: Double] {
        let divisor = divisor["PSEi"] ?? .nan
        return Dictionary(
            uniqueKeysWithValues: pseiMembers.map { symbol in
                let change = Double((last[symbol] ?? previousClose[symbol]!) - previousClose[symbol]!) / 10_000
                return (symbol, change * shares[symbol]! * freeFloat[symbol]! / divisor)
            })
    }

    private mutating func reference(_ v: [String: Any]) {
        if let symbol = v["sym"] as? String {
            previousClose[symbol] = Self.units(v["prevClose"])
            shares[symbol] = v["shares"] as? Double
            freeFloat[symbol] = v["freeFloat"] as? Double
        } else if let code = v["code"] as? String {
            indexPreviousClose[code] = Self.units(v["prevClose"])
            divisor[code] = v["divisor"] as? Double
            members[code] = v["members"] as? [String]
        }
    }

    private mutating func trade(_ v: [String: Any], symbol: String, seq: Int, lastSeq: inout [String: Int]) {
        let (price, quantity, board) = (Self.units(v["px"]), v["qty"] as! Int, v["board"] as? String ?? "main")
        let tradeValue = price * quantity
        tradeCount += 1
        value[symbol, default: 0] += tradeValue
        valueByBoard[board, default: 0] += tradeValue
        let foreign = v["foreign"] as? String ?? ""
        if foreign.contains("B") { foreignBuying[symbol, default: 0] += tradeValue }
        if foreign.contains("S") { foreignSelling[symbol, default: 0] += tradeValue }
        if board == "block" { blockSales.append(BlockSale(symbol: symbol, price: price, quantity: quantity, timestamp: v["ts"] as! Int)) }
        if board == "main", seq > lastSeq[symbol, default: .min] { (lastSeq[symbol], last[symbol]) = (seq, price) }
        if board == "main" { mainPrices[symbol, default: []].append((v["ts"] as! Int, price)) }
    }

    /// A halt or suspension begins (the same phase again is the same halt) or, with any other phase, ends.
    private mutating func halt(_ status: (scope: String, phase: String, ts: Int)) {
        let open = halts.lastIndex { $0.scope == status.scope && $0.until == nil }
        if status.phase == "halted" || status.phase == "suspended" {
            if open == nil { halts.append(HaltPeriod(scope: status.scope, since: status.ts)) }
        } else if let open {
            halts[open].until = status.ts
        }
    }

    private static func units(_ number: Any?) -> Int { Int((((number as? Double) ?? 0) * 10_000).rounded()) }
}
