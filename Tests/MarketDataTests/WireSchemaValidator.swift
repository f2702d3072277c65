import Foundation
import MarketData

/// Runs `scripts/validate-wire-schema.py` (Debian's python3-jsonschema, an implementation independent of our codec)
/// over session-format lines and reads back what it found.
enum WireSchemaValidator {
    static let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../..").standardized
    static let schemaDirectory = repository.appendingPathComponent("docs/schema")
    static let sampleDay = repository.appendingPathComponent("Sessions/pse-2026-11-25-simulated.jsonl.gz")

    /// A JSON Schema keyword that failed, and the member it concerns ("" for the record itself).
    struct Problem: Decodable, Hashable {
        let keyword: String
        let field: String
    }

    /// An invalid record: its line in the input (from 1) and what failed.
    struct Violation: Decodable {
        let line: Int
        let topic: String
        let errors: [Problem]
    }

    struct Report {
        var violations: [Violation] = []
        /// Records validated per topic.
        var records: [String: Int] = [:]
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    /// Validates every record of a session file (`.jsonl` or `.jsonl.gz`).
    static func validate(sessionFile: URL) throws -> Report {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = [
            repository.appendingPathComponent("scripts/validate-wire-schema.py").path, schemaDirectory.path, sessionFile.path,
        ]
        let output = Pipe()
        let errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        try process.run()
        let printed = output.fileHandleForReading.readDataToEndOfFile()
        let complaints = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        var report = Report()
        let decoder = JSONDecoder()
        for line in printed.split(separator: UInt8(ascii: "\n")) {
            if let summary = try? decoder.decode([String: [String: Int]].self, from: Data(line)), let records = summary["records"] {
                report.records = records
            } else {
                report.violations.append(try decoder.decode(Violation.self, from: Data(line)))
            }
        }
        guard [0, 1].contains(process.terminationStatus), !report.records.isEmpty else {
            throw Failure(description: "validate-wire-schema.py exited \(process.terminationStatus): \(complaints)")
        }
        return report
    }

    /// Validates record values (line N of the report is `values[N - 1]`); their bytes go as base64, so values that
    /// are not UTF-8 or not JSON reach the validator as they are.
    static func validate(_ values: [(topic: String, value: [UInt8])]) throws -> Report {
        struct Line: Encodable {
            let topic: String
            let v64: String
        }
        let encoder = JSONEncoder()
        var lines = Data()
        for (topic, value) in values {
            lines.append(try encoder.encode(Line(topic: topic, v64: Data(value).base64EncodedString())))
            lines.append(UInt8(ascii: "\n"))
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("wire-schema-\(UUID().uuidString).jsonl")
        try lines.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        return try validate(sessionFile: file)
    }
}
