import Dashboard
import Foundation
import MarketData
import Rendering
import Simulator
import Testing

/// Random and mutated records, extreme magnitudes among them, through decode, reduce and rendering: no crash, no
/// trap, every record accounted for (`applied + rejected + duplicates == received`), whatever decodes re-encodes
/// to the same event, and after every batch a frame of the state is drawn (the stocks with the largest values
/// first, every other frame with the time & sales of the first), so extreme figures are formatted too.
/// `PSEI_FUZZ_RECORDS` sets the count (default 1,000,000) and `PSEI_FUZZ_SEED` the seed; see Tests/README.md.
@Suite struct FuzzTests {
    static let sizes = [(80, 24), (120, 40), (200, 60)]

    @Test func aMillionMutatedRecordsAreAllAccountedForWithoutACrash() {
        let environment = ProcessInfo.processInfo.environment
        let total = environment["PSEI_FUZZ_RECORDS"].flatMap(Int.init) ?? 1_000_000
        var random = SeededRandom(seed: environment["PSEI_FUZZ_SEED"].flatMap(UInt64.init) ?? 20261125)
        let seeds = Array(MarketSimulator(.init(seed: 3, date: "2026-11-25"))!.prefix(3_000)).map(\.record)
        var mutator = RecordMutator(seeds: seeds)
        var state = DashboardState(source: "fuzz")
        var decodedCount = 0
        var produced = 0
        var renders = 0
        while produced < total {
            let batch = (0..<min(10_000, total - produced)).map { _ in mutator.next(&random) }
            let decoded = batch.map(WireCodec.decode)
            for case .success(let event) in decoded {
                decodedCount += 1
                let again = WireCodec.decode(
                    FeedRecord(
                        topic: event.topic.rawValue, partition: 0, offset: 0, timestamp: 0,
                        key: nil, value: WireCodec.encode(event)))
                if (try? again.get()) != event { Issue.record("\(event) does not survive a round trip: \(again)") }
            }
            Dashboard.reduce(into: &state, action: .records(decoded, receivedAt: 1_795_577_400_000 + EpochMillis(produced)))
            produced += batch.count
            let counters = state.feed.counters
            #expect(counters.received == produced)
            #expect(counters.applied + counters.rejectedTotal + counters.duplicates + counters.earlierDay == counters.received)
            renders += 1
            let (width, height) = Self.sizes[renders % Self.sizes.count]
            var shown = state
            shown.ui.sort = .value
            shown.ui.detailShown = renders % 2 == 0
            let frame = FrameExport.text(Renderer.render(shown, width: width, height: height, context: RenderContext()))
            #expect(frame.contains(" SYM ") && frame.contains("malformed \(Quantity(Int64(counters.rejectedTotal)).grouped)"))
        }
        #expect(decodedCount > total / 10, "the mutations should leave some records valid")
        #expect(state.feed.counters.rejectedTotal > total / 2, "most mutations should be caught")
        #expect(Set(state.feed.counters.rejected.keys).count >= 10, "rejections should cover many reasons: \(state.feed.counters.rejected)")
    }
}

/// Makes records from valid seeds: byte flips, insertions, deletions, truncations, splices, hostile tokens, extreme
/// numbers in place of valid ones, odd topics and keys, and now and then pure noise.
struct RecordMutator {
    let seeds: [FeedRecord]
    static let tokens: [[UInt8]] = [
        "\\u001b[2J", "\\u009b", "\\u202e", "\\ud800", "1e309", "-0", "00012", "12345678901234567890",
        "null", "true", "{", "}", "[", "]", "\"", ",", ":", "\\", "\u{0}", "\u{1B}]52;c;eA==\u{7}",
        "\"px\":1", "\"sym\":\"ZZZZ\"", "0.0001", "99999999999.9999", "\u{FF}", "\"seq\":1",
        "\"ts\":4102444800000",
        "{\"a\":{\"b\":{\"c\":[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
    ]
    .map { Array($0.utf8) }
    /// Magnitudes at and beyond every bound: the codec's price and quantity limits, Int64's edges (for `seq` and
    /// `ts`), the time range, zero, negatives, 30 digits, exponents.
    static let extremes: [[UInt8]] = [
        "1000000000", "1000000000.0001", "999999999.9999", "1000000000000", "1000000000001",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808",
        "-9223372036854775809", "946684800000", "4102444799999", "4102444800000", "0", "-0",
        "-1", "-99999999.99", "0.0001", "123456789012345678901234567890",
        "-123456789012345678901234567890", "1e12", "1e18", "1e19", "9.99e8", "-1e300",
    ]
    .map { Array($0.utf8) }
    static let topics = ["pse.trades", "pse.quotes", "pse.index", "pse.status", "pse.ref", "pse.trades.v2", "", "pse.\u{1B}[2J"]

    init(seeds: [FeedRecord]) { self.seeds = seeds }

    mutating func next(_ random: inout SeededRandom) -> FeedRecord {
        var record = seeds[random.int(in: 0...(seeds.count - 1))]
        if random.unit() < 0.03 {
            record.value = (0..<random.int(in: 0...200)).map { _ in UInt8(truncatingIfNeeded: random.next()) }
        } else if random.unit() < 0.3 {
            // Mostly still valid: other prices, quantities, times and sequence numbers (off-tick, odd lots, gaps…).
            for _ in 0..<random.int(in: 1...3) { changeDigit(&record.value, &random) }
        } else if random.unit() < 0.15 {
            // Still valid JSON, one or two numbers replaced by extremes: some rejected as out of range, some shown.
            for _ in 0..<random.int(in: 1...2) { replaceNumber(&record.value, &random) }
        } else {
            for _ in 0..<random.int(in: 1...4) { mutate(&record.value, &random) }
        }
        if random.unit() < 0.05 { record.topic = Self.topics[random.int(in: 0...(Self.topics.count - 1))] }
        if random.unit() < 0.05 { record.key = [nil, [], Array("ALI".utf8), Array("BDO\u{1B}".utf8)][random.int(in: 0...3)] }
        return record
    }

    private func changeDigit(_ bytes: inout [UInt8], _ random: inout SeededRandom) {
        let digits = bytes.indices.filter { (0x30...0x39).contains(bytes[$0]) }
        guard !digits.isEmpty else { return }
        bytes[digits[random.int(in: 0...(digits.count - 1))]] = UInt8(0x30 + random.int(in: 0...9))
    }

    /// Replaces one JSON number value (the bytes after a `:`) with an extreme.
    private func replaceNumber(_ bytes: inout [UInt8], _ random: inout SeededRandom) {
        let starts = bytes.indices.filter { $0 > 0 && bytes[$0 - 1] == UInt8(ascii: ":") && Self.isNumberByte(bytes[$0]) }
        guard !starts.isEmpty else { return }
        let start = starts[random.int(in: 0...(starts.count - 1))]
        let end = bytes[start...].firstIndex { !Self.isNumberByte($0) } ?? bytes.endIndex
        bytes.replaceSubrange(start..<end, with: Self.extremes[random.int(in: 0...(Self.extremes.count - 1))])
    }

    private static func isNumberByte(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"), UInt8(ascii: "."), UInt8(ascii: "e"),
            UInt8(ascii: "E"):
            true
        default: false
        }
    }

    private func mutate(_ bytes: inout [UInt8], _ random: inout SeededRandom) {
        let position = bytes.isEmpty ? 0 : random.int(in: 0...(bytes.count - 1))
        switch random.int(in: 0...6) {
        case 0 where !bytes.isEmpty: bytes[position] ^= UInt8(1 << random.int(in: 0...7))
        case 1: bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: position)
        case 2 where !bytes.isEmpty: bytes.removeSubrange(position..<min(bytes.count, position + random.int(in: 1...8)))
        case 3: bytes.removeSubrange(position...)
        case 4 where !bytes.isEmpty:
            let end = min(bytes.count, position + random.int(in: 1...16))
            bytes.insert(contentsOf: Array(bytes[position..<end]), at: random.int(in: 0...bytes.count))
        case 5:
            let other = seeds[random.int(in: 0...(seeds.count - 1))].value
            let cut = random.int(in: 0...other.count)
            bytes = Array(bytes.prefix(position)) + Array(other[cut...])
        default: bytes.insert(contentsOf: Self.tokens[random.int(in: 0...(Self.tokens.count - 1))], at: position)
        }
    }
}
