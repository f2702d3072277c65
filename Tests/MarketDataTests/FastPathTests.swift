import Simulator
import Testing

@testable import MarketData

/// The trade and quote fast paths against the general scanner: wherever a fast path gives an event, the scanner
/// gives the same one; the fast paths take every trade and quote the simulator publishes (the shape producers
/// write); and for every other shape they either agree or step aside, so each rejection still names its reason.
@Suite struct FastPathTests {
    /// The simulator's first 20,000 trades and 20,000 quotes.
    static let simulated: [(FeedTopic, [UInt8])] = {
        let records = MarketSimulator(.init(seed: 7, date: "2026-11-25"))!.lazy.map { $0.record }
        let trades = records.filter { $0.topic == FeedTopic.trades.rawValue }.prefix(20_000).map { (FeedTopic.trades, $0.value) }
        let quotes = records.filter { $0.topic == FeedTopic.quotes.rawValue }.prefix(20_000).map { (FeedTopic.quotes, $0.value) }
        return trades + quotes
    }()

    static let base = #"{"sym":"ALI","px":31.45,"qty":100,"ts":1764037502123,"seq":1,"buyer":"COL","seller":"FW","board":"main"}"#

    /// Variants of a valid trade the fast path must read exactly as the scanner does, or leave to it.
    static let tradeVariants: [String] = [
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

    static let quoteBase = #"{"sym":"ALI","bid":31.4,"bidQty":100,"ask":31.45,"askQty":2000,"ts":1764037502123,"seq":1}"#

    /// Variants of a valid quote the fast path must read exactly as the scanner does, or leave to it.
    static let quoteVariants: [String] = [
        quoteBase,
        #"{"sym":"ALI","bid":null,"ask":31.45,"askQty":2000,"ts":1764037502123,"seq":1}"#,
        #"{"sym":"ALI","bid":null,"bidQty":5,"ask":null,"ts":1764037502123,"seq":1}"#,
        #"{"sym":"ALI","ts":1764037502123,"seq":1}"#,
        #"{"sym":"ALI","bid":31.45,"bidQty":100,"ask":31.45,"askQty":2000,"ts":1764037502123,"seq":1,"v":1}"#,
        #"{"sym":"ALI","bid":31.5,"bidQty":100,"ask":31.45,"askQty":2000,"ts":1764037502123,"seq":1}"#,
        #"{"sym":"ALI","bid":31.4,"ask":31.45,"askQty":2000,"ts":1764037502123,"seq":1}"#,
        #"{"sym":"ALI","bid":31.4,"bidQty":0,"ask":31.45,"askQty":2000,"ts":1764037502123,"seq":1}"#,
        #"{"sym":"ALI","bid":0,"bidQty":10,"ask":31.45,"askQty":2000,"ts":1764037502123,"seq":1}"#,
        #"{"sym":"ALI","bid":nul,"ask":31.45,"askQty":2000,"ts":1764037502123,"seq":1}"#,
        #"{"sym":"ALI","bid":nullx,"ask":31.45,"askQty":2000,"ts":1764037502123,"seq":1}"#,
        #"{"sym":"ALI","bid":"31.4","bidQty":100,"ts":1764037502123,"seq":1}"#,
        #"{"sym":"ALI","bid":31.4,"bidQty":100,"bid":31.3,"ts":1764037502123,"seq":1}"#,
        #"{"sym":"ALI","bid":31.4,"bidQty":100,"ts":1764037502123}"#,
        #"{"sym":"ALI","bid":31.4,"bidQty":100,"ts":1764037502123,"seq":1,"px":5}"#,
        #"{ "sym":"ALI","bid":31.4,"bidQty":100,"ts":1764037502123,"seq":1}"#,
    ]

    @Test func everySimulatedTradeAndQuoteTakesTheFastPathAndReadsAsTheScannerReadsIt() throws {
        #expect(Self.simulated.count == 40_000)
        for (topic, value) in Self.simulated {
            let (fast, scanned) = Self.bothReadings(topic, value)
            let event = try #require(fast, "fast path stepped aside for \(String(decoding: value, as: UTF8.self))")
            #expect(scanned == .success(event))
        }
    }

    @Test(arguments: tradeVariants.map { (FeedTopic.trades, $0) } + quoteVariants.map { (FeedTopic.quotes, $0) })
    func aVariantIsReadAsTheScannerReadsItOrLeftToIt(_ topic: FeedTopic, _ json: String) {
        let (fast, scanned) = Self.bothReadings(topic, Array(json.utf8))
        if let fast { #expect(scanned == .success(fast), "\(json)") }
    }

    @Test func theCommonVariantsTakeTheFastPath() {
        let trades = Self.tradeVariants.filter { Self.bothReadings(.trades, Array($0.utf8)).fast != nil }
        // All but the one in another order than our producers' (`TradeFastPath`), which the scanner reads.
        #expect(trades.count == 7, "\(trades)")
        let quotes = Self.quoteVariants.filter { Self.bothReadings(.quotes, Array($0.utf8)).fast != nil }
        #expect(quotes.count == 5, "\(quotes)")
    }

    /// Every single-byte change of the base records (each position set to each byte of interest) is read alike.
    @Test(arguments: [(FeedTopic.trades, base), (FeedTopic.quotes, quoteBase)])
    func everyOneByteChangeIsReadAsTheScannerReadsItOrLeftToIt(_ topic: FeedTopic, _ json: String) {
        let base = Array(json.utf8)
        let replacements = Array(#"0123456789.-+eE"{}[],: \tABCXYZabzlnu"#.utf8) + [0x00, 0x1B, 0x7F, 0xC3, 0xFF]
        var disagreements: [String] = []
        for position in base.indices {
            for replacement in replacements where replacement != base[position] {
                var changed = base
                changed[position] = replacement
                let (fast, scanned) = Self.bothReadings(topic, changed)
                if let fast, scanned != .success(fast) { disagreements.append(String(decoding: changed, as: UTF8.self)) }
            }
        }
        #expect(disagreements.isEmpty, "\(disagreements.prefix(5))")
    }

    /// The fast path's event, and the scanner's event or the reason it rejects the record.
    static func bothReadings(_ topic: FeedTopic, _ value: [UInt8]) -> (fast: MarketEvent?, scanned: Result<MarketEvent, ScanFailure>) {
        value.withUnsafeBufferPointer { bytes in
            let fast: MarketEvent? =
                topic == .trades ? TradeFastPath.decode(bytes).map(MarketEvent.trade) : QuoteFastPath.decode(bytes).map(MarketEvent.quote)
            do throws(DecodeFailure) {
                return (fast, .success(try WireCodec.scan(topic, bytes)))
            } catch {
                return (fast, .failure(ScanFailure(reason: error.reason)))
            }
        }
    }

    struct ScanFailure: Error, Equatable {
        var reason: DecodeError.Reason?
    }
}
