import Simulator
import Testing

@testable import MarketData

/// The trade fast path against the general scanner: wherever the fast path gives a trade, the scanner gives the
/// same one; the fast path takes every trade the simulator publishes (the shape producers write); and for every
/// other shape it either agrees or steps aside, so each rejection still names its reason.
@Suite struct TradeFastPathTests {
    static let simulated: [[UInt8]] = {
        let records = MarketSimulator(.init(seed: 7, date: "2026-11-25"))!.lazy.map { $0.record }
        return records.filter { $0.topic == FeedTopic.trades.rawValue }.prefix(20_000).map { $0.value }
    }()

    static let base = #"{"sym":"ALI","px":31.45,"qty":100,"ts":1764037502123,"seq":1,"buyer":"COL","seller":"FW","board":"main"}"#

    /// Variants of a valid trade the fast path must read exactly as the scanner does, or leave to it.
    static let variants: [String] = [
        base,
        #"{"sym":"ALI","px":31.45,"qty":100,"ts":1764037502123,"seq":0}"#,
        #"{"seq":1,"ts":1764037502123,"qty":100,"px":31.45,"sym":"ALI"}"#,
        #"{"v":1,"sym":"ALI","px":0.0012,"qty":1,"ts":946684800000,"seq":9223372036854775807}"#,
        #"{"v":2,"sym":"ALI","px":31.45,"qty":100,"ts":1764037502123,"seq":1}"#,
        #"{"sym":"ALI","px":31.45,"qty":100,"ts":1764037502123,"seq":1,"foreign":"BS","board":"oddlot"}"#,
        #"{"sym":"ALI","px":31.45,"qty":100,"ts":1764037502123,"seq":1,"foreign":"X"}"#,
        #"{"sym":"ABCDEFGHIJKL","px":31.45,"qty":100,"ts":1764037502123,"seq":1}"#,
        #"{"sym":"ABCDEFGHIJKLM","px":31.45,"qty":100,"ts":1764037502123,"seq":1}"#,
        #"{"sym":"ALI","px":31.45,"qty":100,"ts":1764037502123,"seq":1,"buyer":"abc12345"}"#,
        #"{"sym":"ALI","px":31.45,"qty":100,"ts":1764037502123,"seq":1,"buyer":"abc123456"}"#,
        #"{"sym":"ALI","px":31.45,"qty":100,"ts":1764037502123,"seq":1,"buyer":"C\u004FL"}"#,
        #"{"sym":"A\u004CI","px":31.45,"qty":100,"ts":1764037502123,"seq":1}"#,
        #"{ "sym" : "ALI" , "px" : 31.45 , "qty" : 100 , "ts" : 1764037502123 , "seq" : 1 }"#,
        " " + base, base + "\n",
        #"{"sym":"ALI","px":"31.45","qty":100,"ts":1764037502123,"seq":1}"#,
        #"{"sym":"ALI","px":3145e-2,"qty":100,"ts":1764037502123,"seq":1}"#,
        #"{"sym":"ALI","px":31.450,"qty":100,"ts":1764037502123,"seq":1}"#,
        #"{"sym":"ALI","px":31.45001,"qty":100,"ts":1764037502123,"seq":1}"#,
        #"{"sym":"ALI","px":031.45,"qty":100,"ts":1764037502123,"seq":1}"#,
        #"{"sym":"ALI","px":0,"qty":100,"ts":1764037502123,"seq":1}"#,
        #"{"sym":"ALI","px":-31.45,"qty":100,"ts":1764037502123,"seq":1}"#,
        #"{"sym":"ALI","px":1000000000,"qty":1000000000000,"ts":4102444799999,"seq":1}"#,
        #"{"sym":"ALI","px":1000000000.0001,"qty":100,"ts":1764037502123,"seq":1}"#,
        #"{"sym":"ALI","px":31.45,"qty":1000000000001,"ts":1764037502123,"seq":1}"#,
        #"{"sym":"ALI","px":31.45,"qty":100.0,"ts":1764037502123,"seq":1}"#,
        #"{"sym":"ALI","px":31.45,"qty":100,"ts":4102444800000,"seq":1}"#,
        #"{"sym":"ALI","px":31.45,"qty":100,"ts":1764037502123,"seq":-1}"#,
        #"{"sym":"ALI","px":31.45,"qty":100,"ts":1764037502123,"seq":12345678901234567890}"#,
        #"{"sym":"ALI","px":12345678901234.5,"qty":100,"ts":1764037502123,"seq":1}"#,
        #"{"sym":"ALI","px":31.45,"qty":100,"ts":1764037502123,"seq":1,"seq":2}"#,
        #"{"sym":"ALI","px":31.45,"qty":100,"ts":1764037502123}"#,
        #"{"sym":"ALI","px":31.45,"qty":100,"ts":1764037502123,"seq":1,"note":"x"}"#,
        #"{"sym":"ALI","px":31.45,"qty":100,"ts":1764037502123,"seq":1,}"#,
        #"{"sym":"ALI","px":31.45,"qty":100,"ts":1764037502123,"seq":1}}"#,
        #"{"sym":"ALI","px":31.45,"qty":100,"ts":1764037502123,"seq":1"#,
        #"{"sym":"ali","px":31.45,"qty":100,"ts":1764037502123,"seq":1}"#,
        #"{"sym":"ALI","px":31.45,"qty":100,"ts":1764037502123,"seq":1,"board":null}"#,
        #"{"syms":"ALI","sym":"ALI","px":31.45,"qty":100,"ts":1764037502123,"seq":1}"#,
        #"{"sym":"ALI","pxx":1,"px":31.45,"qty":100,"ts":1764037502123,"seq":1}"#,
        #"{"sym":"ALI":"px":31.45,"qty":100,"ts":1764037502123,"seq":1}"#,
        "{}", "{", "}", "",
    ]

    @Test func everySimulatedTradeTakesTheFastPathAndReadsAsTheScannerReadsIt() throws {
        #expect(Self.simulated.count == 20_000)
        for value in Self.simulated {
            let (fast, scanned) = Self.bothReadings(value)
            let trade = try #require(fast, "fast path stepped aside for \(String(decoding: value, as: UTF8.self))")
            #expect(scanned == .success(trade))
        }
    }

    @Test(arguments: variants)
    func aVariantIsReadAsTheScannerReadsItOrLeftToIt(_ json: String) {
        let (fast, scanned) = Self.bothReadings(Array(json.utf8))
        if let fast { #expect(scanned == .success(fast), "\(json)") }
    }

    @Test func theCommonVariantsTakeTheFastPath() {
        let fastOnes = Self.variants.filter { Self.bothReadings(Array($0.utf8)).fast != nil }
        #expect(fastOnes.count == 8, "\(fastOnes)")
    }

    /// Every single-byte change of the base record (each position set to each byte of interest) is read alike.
    @Test func everyOneByteChangeIsReadAsTheScannerReadsItOrLeftToIt() {
        let base = Array(Self.base.utf8)
        let replacements = Array(#"0123456789.-+eE"{}[],: \tABCXYZabz"#.utf8) + [0x00, 0x1B, 0x7F, 0xC3, 0xFF]
        var disagreements: [String] = []
        for position in base.indices {
            for replacement in replacements where replacement != base[position] {
                var changed = base
                changed[position] = replacement
                let (fast, scanned) = Self.bothReadings(changed)
                if let fast, scanned != .success(fast) { disagreements.append(String(decoding: changed, as: UTF8.self)) }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }

    /// The fast path's trade, and the scanner's trade or the reason it rejects the record.
    static func bothReadings(_ value: [UInt8]) -> (fast: Trade?, scanned: Result<Trade, ScanFailure>) {
        value.withUnsafeBufferPointer { bytes in
            let fast = TradeFastPath.decode(bytes)
            do throws(DecodeFailure) {
                guard case .trade(let trade) = try WireCodec.scan(.trades, bytes) else { return (fast, .failure(ScanFailure())) }
                return (fast, .success(trade))
            } catch {
                return (fast, .failure(ScanFailure(reason: error.reason)))
            }
        }
    }

    struct ScanFailure: Error, Equatable {
        var reason: DecodeError.Reason?
    }
}
