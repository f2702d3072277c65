import Foundation
import GoldenFiles
import Testing

/// `psei-ticker wrap` of the shipped sample day through the real binary: its JSON checked field by field against
/// figures computed here straight from the session's lines (Foundation's JSON, not the codec or the reducer), the
/// text and Markdown against golden files, the comparison with earlier wraps, and its refusals.
@Suite struct WrapCommandTests {
    static func wrap(_ arguments: [String]) throws -> (stdout: String, stderr: String, status: Int32) {
        try runToEnd(
            pseiTicker, ["wrap", "--replay", SampleSessionTests.session, "--log-file", "/dev/null"] + arguments,
            environment: ["LANG": "C.UTF-8"])
    }

    static func json(_ arguments: [String] = []) throws -> [String: Any] {
        let result = try wrap(["--format", "json"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    @Test func theJSONOfTheSampleDayAgreesWithTheSessionFieldByField() throws {
        let day = try SessionDay(path: SampleSessionTests.session)
        let wrap = try Self.json()
        #expect(wrap["date"] as? String == "2026-11-25" && wrap["schema"] as? Int == 1)

        let psei = try #require(wrap["psei"] as? [String: Any])
        let (close, previousClose) = (try #require(day.indexClose["PSEi"]), try #require(day.indexPreviousClose["PSEi"]))
        #expect(units(psei["close"]) == close && units(psei["previousClose"]) == previousClose)
        #expect(units(psei["change"]) == close - previousClose)
        #expect(psei["changePercent"] as? Double == hundredths(Double(close - previousClose) * 100 / Double(previousClose)))

        let turnover = try #require(wrap["turnover"] as? [String: Any])
        #expect(centavos(turnover["total"]) == centavos(day.value.values.reduce(0, +)))
        for (field, board) in [("mainBoard", "main"), ("oddLot", "oddlot"), ("block", "block")] {
            #expect(centavos(turnover[field]) == centavos(day.valueByBoard[board, default: 0]), "\(field)")
        }
        #expect(turnover["trades"] as? Int == day.tradeCount && turnover["average"] is NSNull)

        let breadth = try #require(wrap["breadth"] as? [String: Any])
        #expect(counts(breadth["psei"]) == day.breadth(of: day.pseiMembers), "PSEi")
        #expect(counts(breadth["board"]) == day.breadth(of: day.symbols), "whole board")

        let foreign = try #require(wrap["foreign"] as? [String: Any])
        let (buying, selling) = (day.foreignBuying.values.reduce(0, +), day.foreignSelling.values.reduce(0, +))
        #expect(centavos(foreign["buying"]) == centavos(buying) && centavos(foreign["selling"]) == centavos(selling))
        #expect(centavos(foreign["net"]) == centavos(buying - selling))
        let net = Dictionary(
            uniqueKeysWithValues: day.symbols.map { ($0, day.foreignBuying[$0, default: 0] - day.foreignSelling[$0, default: 0]) })
        for (field, sign) in [("topBuys", 1), ("topSells", -1)] {
            let expected = top(net.filter { $0.value * sign > 0 }.mapValues { Double($0 * sign) })
            let list = try #require(foreign[field] as? [[String: Any]])
            #expect(list.map { $0["symbol"] as? String } == expected, "\(field)")
            #expect(list.map { centavos($0["net"]) } == expected.map { centavos(net[$0!]!) }, "\(field)")
        }

        let movers = try #require(wrap["indexMovers"] as? [String: Any])
        let points = day.pseiPoints
        for (field, sign) in [("up", 1.0), ("down", -1.0)] {
            let expected = top(points.filter { $0.value * sign > 0 }.mapValues { $0 * sign })
            let list = try #require(movers[field] as? [[String: Any]])
            #expect(list.map { $0["symbol"] as? String } == expected, "\(field)")
            for (mover, symbol) in zip(list, expected) {
                #expect(abs((mover["points"] as? Double ?? .nan) - points[symbol!]!) <= 0.005, "\(symbol!)")
            }
        }

        let active = try #require(wrap["mostActive"] as? [[String: Any]])
        let expectedActive = top(day.value.mapValues(Double.init))
        #expect(active.map { $0["symbol"] as? String } == expectedActive)
        #expect(active.map { centavos($0["value"]) } == expectedActive.map { centavos(day.value[$0!]!) })

        let blocks = try #require(wrap["blockSales"] as? [[String: Any]])
        #expect(blocks.count == day.blockSales.count && !blocks.isEmpty)
        for (sale, expected) in zip(blocks, day.blockSales) {
            #expect(sale["symbol"] as? String == expected.symbol && units(sale["price"]) == expected.price)
            #expect(
                sale["quantity"] as? Int == expected.quantity && centavos(sale["value"]) == centavos(expected.price * expected.quantity))
            #expect(((sale["time"] as? [String: Any])?["epochMillis"] as? Int) == expected.timestamp)
        }

        let halts = try #require(wrap["halts"] as? [String: Any])
        let stockHalts = try #require(halts["stocks"] as? [[String: Any]])
        #expect(
            stockHalts.map(Self.halt) == day.halts.filter { $0.scope != "MARKET" }.map { [$0.scope, $0.since, $0.until] as [AnyHashable?] })
        #expect((halts["market"] as? [Any])?.count == day.halts.filter { $0.scope == "MARKET" }.count)
    }

    /// The formats of the golden files and their files' suffixes.
    static let goldenFormats = [("text", "txt"), ("md", "md")]

    /// The sample day's wrap in each of `goldenFormats`, made once for the suite, side by side; keyed by format.
    static let goldenWraps = Result {
        let formats = goldenFormats.map(\.0)
        return Dictionary(uniqueKeysWithValues: zip(formats, try concurrentMap(formats) { try wrap(["--format", $0]) }))
    }

    @Test(arguments: goldenFormats)
    func theTextAndMarkdownOfTheSampleDay(format: String, suffix: String) throws {
        let result = try #require(try Self.goldenWraps.get()[format])
        #expect(result.status == 0, "\(result.stderr)")
        try assertSnapshot(result.stdout, named: "sample-day-wrap.\(suffix)")
    }

    @Test func earlierWrapsGiveTheAverageTurnoverAndLaterOnesAreLeftOut() throws {
        let directory = temporaryDirectory()
        func earlier(_ date: String, total: Double, trades: Int) throws -> String {
            let path = directory.appendingPathComponent("\(date).json").path
            let wrap: [String: Any] = ["date": date, "turnover": ["total": total, "trades": trades]]
            try JSONSerialization.data(withJSONObject: wrap).write(to: URL(fileURLWithPath: path))
            return path
        }
        let files = [
            try earlier("2026-11-23", total: 4_000_000_000.10, trades: 50_000),
            try earlier("2026-11-24", total: 6_000_000_000.20, trades: 60_001),
            try earlier("2026-11-25", total: 1, trades: 1),
        ]
        // The text's run goes alongside the JSON's.
        let textRun = startInBackground { try Self.wrap(["--history"] + files).stdout }
        let wrap = try Self.json(["--history"] + files)
        let turnover = try #require(wrap["turnover"] as? [String: Any])
        let average = try #require(turnover["average"] as? [String: Any])
        #expect(average["sessions"] as? Int == 2 && average["total"] as? Double == 5_000_000_000.15 && average["trades"] as? Int == 55_001)
        let total = try #require(turnover["total"] as? Double)
        #expect(average["changePercent"] as? Double == hundredths((total - 5_000_000_000.15) * 100 / 5_000_000_000.15))
        let text = try textRun()
        #expect(text.contains("against the average of 2 earlier sessions: ₱5.00B, 55,001 trades"), "\(text)")
    }

    @Test func aBadFormatOrAnUnreadableHistoryIsOneLineAndAFailure() throws {
        let format = try Self.wrap(["--format", "pdf"])
        #expect(
            format.status == 64 && format.stderr.split(separator: "\n").count == 1 && format.stderr.contains("--format"), "\(format.stderr)"
        )
        let missing = try Self.wrap(["--history", "/nonexistent/wrap.json"])
        #expect(missing.status == 1 && missing.stdout.isEmpty, "\(missing.stderr)")
        #expect(
            missing.stderr.hasPrefix("psei-ticker: --history /nonexistent/wrap.json: cannot be read")
                && missing.stderr.split(separator: "\n").count == 1, "\(missing.stderr)")
        let notWrap = temporaryDirectory().appendingPathComponent("x.json")
        try Data("[1, 2]".utf8).write(to: notWrap)
        let wrong = try Self.wrap(["--history", notWrap.path])
        #expect(wrong.status == 1 && wrong.stderr == "psei-ticker: --history \(notWrap.path): not a wrap's JSON (no date or turnover)\n")
    }

    private static func halt(_ halt: [String: Any]) -> [AnyHashable?] {
        let moment = { (key: String) in (halt[key] as? [String: Any])?["epochMillis"] as? Int }
        return [halt["symbol"] as? String, moment("since"), moment("until")]
    }
}

/// A number from the wrap's JSON in 1/10,000 (prices, index levels).
private func units(_ value: Any?) -> Int? { (value as? Double).map { Int(($0 * 10_000).rounded()) } }

/// Pesos from the wrap's JSON, or 1/10,000 PHP computed here, in centavos (half away from zero).
private func centavos(_ value: Any?) -> Int? { (value as? Double).map { Int(($0 * 100).rounded()) } }
private func centavos(_ units: Int) -> Int? { Int((Double(units) / 100).rounded()) }

private func hundredths(_ value: Double) -> Double { (value * 100).rounded() / 100 }

/// `[advancers, decliners, unchanged, notTraded]` from the wrap's JSON.
private func counts(_ value: Any?) -> [Int]? {
    guard let count = value as? [String: Any] else { return nil }
    return ["advancers", "decliners", "unchanged", "notTraded"].map { count[$0] as? Int ?? -1 }
}

/// The five highest scores, highest first, ties by symbol (as wraps rank).
private func top(_ scores: [String: Double]) -> [String?] {
    scores.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(5).map { $0.key }
}
