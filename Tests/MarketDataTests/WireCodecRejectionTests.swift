import MarketData
import Testing

@Suite struct WireCodecRejectionTests {
    static let good = #""ts":1764037502123,"seq":1"#

    static let cases: [(topic: String, key: String?, json: String, reason: DecodeError.Reason, detail: String)] = [
        ("pse.trades", nil, String(repeating: " ", count: 65_537), .oversized, "65537 bytes"),
        ("pse.trades", nil, "hello", .notJSON, ""),
        ("pse.trades", nil, "", .notJSON, "empty"),
        ("pse.trades", nil, #"{"sym":"ALI","px":31.45"#, .notJSON, "truncated"),
        ("pse.trades", nil, #"{"sym":"ALI",}"#, .notJSON, "trailing comma"),
        ("pse.trades", nil, #"{"sym":"ALI"} x"#, .notJSON, "data after the object"),
        ("pse.trades", nil, "{\"sym\":\"A\tLI\"}", .notJSON, "raw control character in a string"),
        ("pse.trades", nil, "[1,2]", .notAnObject, ""),
        ("pse.trades", nil, "(bytes 0xFF 0xFE inside a string, built in the test)", .invalidUTF8, ""),
        ("pse.trades", nil, #"{"x":"# + String(repeating: "[", count: 40) + String(repeating: "]", count: 40) + "}", .tooDeep, ""),
        ("pse.trades", nil, #"{"sym":"ALI","sym":"BDO","px":1,"qty":1,\#(good)}"#, .duplicateField, "sym"),
        ("pse.trades", nil, #"{"sym":"ALI","qty":100,\#(good)}"#, .missingField, "px"),
        ("pse.trades", nil, #"{"sym":"ALI","px":31.45,\#(good)}"#, .missingField, "qty"),
        ("pse.trades", nil, #"{"sym":"ALI","px":true,"qty":100,\#(good)}"#, .wrongType, "px"),
        ("pse.trades", nil, #"{"sym":"ALI","px":31.45,"qty":"100",\#(good)}"#, .wrongType, "qty"),
        ("pse.trades", nil, #"{"sym":"ALI","px":00012,"qty":100,\#(good)}"#, .badNumber, "px"),
        ("pse.trades", nil, #"{"sym":"ALI","px":1e309,"qty":100,\#(good)}"#, .outOfRange, "px"),
        ("pse.trades", nil, #"{"sym":"ALI","px":1000000000.0001,"qty":100,\#(good)}"#, .outOfRange, "px"),
        ("pse.trades", nil, #"{"sym":"ALI","px":31.45001,"qty":100,\#(good)}"#, .badNumber, "px"),
        ("pse.trades", nil, #"{"sym":"ALI","px":31.45,"qty":12345678901234567890,\#(good)}"#, .outOfRange, "qty"),
        ("pse.trades", "HUGEQ", #"{"sym":"HUGEQ","px":1.01,"qty":1000000000000000,\#(good)}"#, .outOfRange, "qty"),
        ("pse.trades", nil, #"{"sym":"ALI","px":31.45,"qty":1000000000001,\#(good)}"#, .outOfRange, "qty"),
        ("pse.trades", nil, #"{"sym":"ALI","px":31.45,"qty":100,"ts":1764037502123,"seq":9223372036854775808}"#, .outOfRange, "seq"),
        ("pse.trades", nil, #"{"sym":"ALI","px":31.45,"qty":100,"ts":123456789012345678901234567890,"seq":1}"#, .outOfRange, "ts"),
        ("pse.quotes", nil, #"{"sym":"ALI","bid":31.40,"bidQty":1000000000001,"ask":31.45,"askQty":100,\#(good)}"#, .outOfRange, "bidQty"),
        ("pse.index", nil, #"{"code":"PSEi","value":1000000005,"ts":1764037502123}"#, .outOfRange, "value"),
        ("pse.ref", nil, #"{"sym":"ALI","prevClose":22.05,"boardLot":1000000000005,"date":"2026-11-25"}"#, .outOfRange, "boardLot"),
        ("pse.trades", nil, #"{"sym":"ALI","px":31.45,"qty":1.5,\#(good)}"#, .badNumber, "qty"),
        ("pse.trades", nil, #"{"sym":"ALI","px":"31.45x","qty":100,\#(good)}"#, .badNumber, "px"),
        ("pse.trades", nil, #"{"sym":"ALI","px":"31.45001","qty":100,\#(good)}"#, .badNumber, "px"),
        ("pse.trades", nil, #"{"sym":"ALI","px":"0.00","qty":100,\#(good)}"#, .nonPositivePrice, "px"),
        ("pse.trades", nil, #"{"sym":"ALI","px":"1000000000.0001","qty":100,\#(good)}"#, .outOfRange, "px"),
        ("pse.trades", nil, #"{"sym":"ALI","px":-0,"qty":100,\#(good)}"#, .nonPositivePrice, "px"),
        ("pse.trades", nil, #"{"sym":"ALI","px":-31.45,"qty":100,\#(good)}"#, .nonPositivePrice, "px"),
        ("pse.trades", nil, #"{"sym":"ALI","px":31.45,"qty":-100,\#(good)}"#, .negativeQuantity, "qty"),
        ("pse.trades", nil, #"{"sym":"ALI","px":31.45,"qty":0,\#(good)}"#, .zeroQuantity, "qty"),
        ("pse.trades", nil, #"{"sym":"ALI","px":31.45,"qty":-0,\#(good)}"#, .zeroQuantity, "qty"),
        ("pse.quotes", nil, #"{"sym":"ALI","bid":31.40,"bidQty":0,"ask":31.45,"askQty":100,\#(good)}"#, .zeroQuantity, "bidQty"),
        ("pse.trades", nil, #"{"sym":"al i","px":31.45,"qty":100,\#(good)}"#, .badSymbol, "sym"),
        ("pse.trades", "BDO", #"{"sym":"ALI","px":31.45,"qty":100,\#(good)}"#, .keyMismatch, "BDO"),
        ("pse.trades", nil, #"{"v":2,"sym":"ALI","px":31.45,"qty":100,\#(good)}"#, .unknownVersion, "v"),
        ("pse.orders", nil, #"{"sym":"ALI"}"#, .unknownTopic, "pse.orders"),
        ("pse.index", nil, #"{"code":"XYZ","value":1,"ts":1764037502123}"#, .unknownIndex, "code"),
        ("pse.status", nil, #"{"scope":"MARKET","phase":"lunch","ts":1764037502123}"#, .unknownPhase, "phase"),
        ("pse.trades", nil, #"{"sym":"ALI","px":31.45,"qty":100,"ts":99999999999999,"seq":1}"#, .badValue, "ts"),
        ("pse.trades", nil, #"{"sym":"ALI","px":31.45,"qty":100,\#(good),"foreign":"X"}"#, .badValue, "foreign"),
        ("pse.ref", nil, #"{"sym":"ALI","prevClose":22.05,"date":"2026-13-01"}"#, .badValue, "date"),
        ("pse.quotes", nil, #"{"sym":"ALI","bid":31.50,"bidQty":100,"ask":31.45,"askQty":100,\#(good)}"#, .crossedQuote, "bid"),
        ("pse.quotes", nil, #"{"sym":"ALI","bid":31.50,"ask":31.55,"askQty":100,\#(good)}"#, .missingField, "bidQty"),
        // Schema v1's weighting fields of reference data.
        ("pse.ref", nil, #"{"sym":"ALI",\#(ref),"shares":100,"shares":100}"#, .duplicateField, "shares"),
        ("pse.ref", nil, #"{"sym":"ALI",\#(ref),"shares":"100"}"#, .wrongType, "shares"),
        ("pse.ref", nil, #"{"sym":"ALI",\#(ref),"shares":0}"#, .zeroQuantity, "shares"),
        ("pse.ref", nil, #"{"sym":"ALI",\#(ref),"shares":-5}"#, .negativeQuantity, "shares"),
        ("pse.ref", nil, #"{"sym":"ALI",\#(ref),"shares":1000000000001}"#, .outOfRange, "shares"),
        ("pse.ref", nil, #"{"sym":"ALI",\#(ref),"freeFloat":"0.45"}"#, .wrongType, "freeFloat"),
        ("pse.ref", nil, #"{"sym":"ALI",\#(ref),"freeFloat":1.0000001}"#, .badNumber, "freeFloat"),
        ("pse.ref", nil, #"{"sym":"ALI",\#(ref),"freeFloat":1.01}"#, .outOfRange, "freeFloat"),
        ("pse.ref", nil, #"{"sym":"ALI",\#(ref),"freeFloat":-0.2}"#, .outOfRange, "freeFloat"),
        ("pse.ref", nil, #"{"sym":"ALI",\#(ref),"freeFloat":45}"#, .outOfRange, "freeFloat"),
        ("pse.ref", nil, #"{"sym":"ALI",\#(ref),"cluster":"D"}"#, .badValue, "cluster"),
        ("pse.ref", nil, #"{"sym":"ALI",\#(ref),"cluster":"a"}"#, .badValue, "cluster"),
        ("pse.ref", nil, #"{"sym":"ALI",\#(ref),"cluster":1}"#, .wrongType, "cluster"),
        ("pse.ref", nil, #"{"code":"PSEi",\#(ref),"divisor":0}"#, .outOfRange, "divisor"),
        ("pse.ref", nil, #"{"code":"PSEi",\#(ref),"divisor":-781553212}"#, .outOfRange, "divisor"),
        ("pse.ref", nil, #"{"code":"PSEi",\#(ref),"divisor":100000000000.0001}"#, .outOfRange, "divisor"),
        ("pse.ref", nil, #"{"code":"PSEi",\#(ref),"divisor":1e30}"#, .outOfRange, "divisor"),
        ("pse.ref", nil, #"{"code":"PSEi",\#(ref),"divisor":7.123456}"#, .badNumber, "divisor"),
        ("pse.ref", nil, #"{"code":"PSEi",\#(ref),"divisor":null}"#, .wrongType, "divisor"),
        ("pse.ref", nil, #"{"code":"PSEi",\#(ref),"members":"ALI"}"#, .wrongType, "members"),
        ("pse.ref", nil, #"{"code":"PSEi",\#(ref),"members":{"ALI":1}}"#, .wrongType, "members"),
        ("pse.ref", nil, #"{"code":"PSEi",\#(ref),"members":["ALI",7]}"#, .wrongType, "members"),
        ("pse.ref", nil, #"{"code":"PSEi",\#(ref),"members":["ALI",["BDO"]]}"#, .wrongType, "members"),
        ("pse.ref", nil, #"{"code":"PSEi",\#(ref),"members":["ALI","bd o"]}"#, .badSymbol, "members"),
        ("pse.ref", nil, #"{"code":"PSEi",\#(ref),"members":[]}"#, .badValue, "members"),
        ("pse.ref", nil, #"{"code":"PSEi",\#(ref),"members":["ALI","BDO","ALI"]}"#, .badValue, "members"),
        ("pse.ref", nil, #"{"code":"PSEi",\#(ref),"members":["ALI"],"members":["BDO"]}"#, .duplicateField, "members"),
        ("pse.ref", nil, #"{"code":"PSEi",\#(ref),"members":[\#(tooManyMembers)]}"#, .outOfRange, "members"),
        ("pse.ref", nil, #"{"code":"PSEi",\#(ref),"members":["ALI",]}"#, .notJSON, "unexpected character"),
        ("pse.ref", nil, #"{"code":"PSEi",\#(ref),"shares":100}"#, .badValue, "shares"),
        ("pse.ref", nil, #"{"cluster":"A","code":"PSEi",\#(ref)}"#, .badValue, "cluster"),
        ("pse.ref", nil, #"{"sym":"ALI",\#(ref),"divisor":781553212}"#, .badValue, "divisor"),
        ("pse.ref", nil, #"{"members":["BDO"],"sym":"ALI",\#(ref)}"#, .badValue, "members"),
    ]

    /// The required fields of reference data after its subject.
    static let ref = #""prevClose":22.05,"date":"2026-11-25""#
    static let tooManyMembers = (0...WireBounds.maximumIndexMembers).map { #""M\#($0)""# }.joined(separator: ",")

    /// The record of case `index`, at `pse.…[3]@1042`.
    static func record(_ index: Int) -> FeedRecord {
        let testCase = cases[index]
        var value = Array(testCase.json.utf8)
        if testCase.reason == .invalidUTF8 { value = Array(#"{"sym":"ALI","x":""#.utf8) + [0xFF, 0xFE] + Array(#""}"#.utf8) }
        return FeedRecord(
            topic: testCase.topic, partition: 3, offset: 1042, timestamp: 0,
            key: testCase.key.map { Array($0.utf8) }, value: value)
    }

    @Test(arguments: cases.indices)
    func rejectsWithTheReasonAndTheRecordCoordinates(index: Int) {
        let testCase = Self.cases[index]
        switch WireCodec.decode(Self.record(index)) {
        case .success(let event):
            Issue.record("accepted \(event)")
        case .failure(let error):
            #expect(error.reason == testCase.reason)
            #expect(error.detail == testCase.detail)
            #expect(error.topic == testCase.topic && error.partition == 3 && error.offset == 1042)
        }
    }

    @Test func everyReasonIsCovered() {
        let covered = Set(Self.cases.map(\.reason))
        #expect(covered == Set(DecodeError.Reason.allCases))
    }

    @Test func describesTheRejectionForLogsAndTheStatusBar() {
        let error = DecodeError(reason: .missingField, detail: "px", topic: "pse.trades", partition: 3, offset: 1042)
        #expect(error.description == #"missing field "px" at pse.trades[3]@1042"#)
    }
}
