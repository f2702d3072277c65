import Foundation
import MarketData
import Processing
import Testing

/// docs/schema/pse.index.partials.schema.json describes what the processor writes: every partial of a simulated
/// day validates (Debian's python3-jsonschema), and partials the decoder refuses fail it too.
@Suite struct PartialsSchemaTests {
    static let schema = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../docs/schema/pse.index.partials.schema.json").standardized.path

    @Test func everyPartialOfADayValidatesAndRefusedOnesDoNot() throws {
        let day = SimulatedTradingDay(partitions: 3)
        var processor = IndexProcessor(tradePartitions: day.partitions)
        for reference in day.references { processor.apply(reference) }
        var partials: [IndexPartial] = []
        for slice in day.trades { partials += processor.apply(slice.trade, partition: slice.partition, offset: slice.offset) }
        for partition in 0..<day.partitions + 1 { partials += processor.caughtUp(partition: partition) }
        try #require(partials.count > 100)
        let valid = partials.map { String(decoding: $0.wireValue, as: UTF8.self) }
        #expect(try Self.invalidLines(valid) == [])

        let refused = [
            #"{"code":"XYZ","partition":0,"through":60000,"cap":"1","traded":[],"caughtUp":false}"#,
            #"{"code":"PSEi","partition":-1,"through":60000,"cap":"1","traded":[],"caughtUp":false}"#,
            #"{"code":"PSEi","partition":0,"through":60000,"cap":"1.5","traded":[],"caughtUp":false}"#,
            #"{"code":"PSEi","partition":0,"through":60000,"cap":"1","traded":["ali"],"caughtUp":false}"#,
            #"{"code":"PSEi","partition":0,"through":60000,"cap":"1","traded":[]}"#,
        ]
        for line in refused {
            #expect(throws: IndexPartial.DecodeFailure.self) { try IndexPartial(wireValue: Array(line.utf8)) }
        }
        #expect(try Self.invalidLines(refused) == Array(0..<refused.count))
    }

    /// The indices of the lines that fail the schema.
    static func invalidLines(_ lines: [String]) throws -> [Int] {
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("partials-\(UUID().uuidString).jsonl")
        try lines.joined(separator: "\n").write(to: input, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: input) }
        let script = """
            import json, sys, jsonschema
            validator = jsonschema.Draft202012Validator(json.load(open(sys.argv[1])))
            for index, line in enumerate(open(sys.argv[2])):
                if list(validator.iter_errors(json.loads(line))): print(index)
            """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script, schema, input.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        try #require(process.terminationStatus == 0, "python3-jsonschema failed")
        return text.split(separator: "\n").compactMap { Int($0) }
    }
}
