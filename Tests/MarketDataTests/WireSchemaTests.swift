import Foundation
import GoldenFiles
import MarketData
import Recording
import Testing

/// The JSON Schema files of wire schema v1 (`docs/schema`) against the codec, checked by an independent validator
/// (Debian's python3-jsonschema through `scripts/validate-wire-schema.py`).
@Suite struct WireSchemaTests {
    /// A rejection in the codec's terms: the reason and the field it names.
    struct Rejection: Hashable, CustomStringConvertible {
        let reason: DecodeError.Reason
        let field: String
        var description: String { "\(reason.rawValue) \"\(field)\"" }
    }

    /// A fixture the codec sees: from the rejection table of `WireCodecRejectionTests` or the hostile corpus.
    struct Fixture {
        let name: String
        let record: FeedRecord
    }

    static let kinds = ["trades", "quotes", "index", "status", "ref"]

    static func fixtures() throws -> [Fixture] {
        let table = WireCodecRejectionTests.cases.indices.map { index in
            Fixture(name: "rejection table #\(index)", record: WireCodecRejectionTests.record(index))
        }
        return try table + HostileCase.all().map { Fixture(name: $0.name, record: $0.record) }
    }

    @Test func everyRecordOfTheSampleDayValidates() throws {
        let report = try WireSchemaValidator.validate(sessionFile: WireSchemaValidator.sampleDay)
        #expect(report.violations.isEmpty, "\(report.violations.prefix(5))")
        let (records, _) = try SessionReader.readAll(path: WireSchemaValidator.sampleDay.path, allowPartial: false)
        let perTopic = Dictionary(grouping: records, by: \.topic).mapValues(\.count)
        #expect(report.records == perTopic)
        #expect(Set(perTopic.keys) == Set(Self.kinds.map { "pse.\($0)" }))
    }

    @Test func everyRejectedFixtureFailsTheSchemaForTheCodecsReason() throws {
        var expressible: [(fixture: Fixture, rejection: Rejection)] = []
        var inexpressibleSeen: Set<DecodeError.Reason> = []
        for fixture in try Self.fixtures() {
            guard case .failure(let error) = WireCodec.decode(fixture.record) else { continue }
            if WireSchemaReasons.inexpressible[error.reason] != nil {
                inexpressibleSeen.insert(error.reason)
            } else {
                expressible.append((fixture, Rejection(reason: error.reason, field: error.detail)))
            }
        }
        let report = try WireSchemaValidator.validate(expressible.map { ($0.fixture.record.topic, $0.fixture.record.value) })
        let violations = Dictionary(uniqueKeysWithValues: report.violations.map { ($0.line, $0.errors) })
        var differencesSeen: Set<Int> = []
        for (line, (fixture, rejection)) in zip(1..., expressible) {
            guard let problems = violations[line] else {
                Issue.record("\(fixture.name): the codec rejects it (\(rejection)), the schema accepts it")
                continue
            }
            for problem in problems where WireSchemaReasons.reason(problem) == nil {
                Issue.record("\(fixture.name): no codec reason for the schema's \(problem)")
            }
            let found = Set(
                problems.compactMap { problem in WireSchemaReasons.reason(problem).map { Rejection(reason: $0, field: problem.field) } })
            if found.contains(rejection) { continue }
            if let difference = WireSchemaReasons.differences.firstIndex(where: { difference in
                difference.codec == rejection.reason && found.contains { $0.reason == difference.schema }
            }) {
                differencesSeen.insert(difference)
                continue
            }
            Issue.record("\(fixture.name): the codec says \(rejection), the schema \(found.map(\.description).sorted())")
        }
        #expect(expressible.count >= 80)
        // Every entry of the two lists is needed by some fixture.
        #expect(inexpressibleSeen == Set(WireSchemaReasons.inexpressible.keys))
        #expect(differencesSeen == Set(WireSchemaReasons.differences.indices))
    }

    @Test func everyFixtureTheCodecAcceptsValidates() throws {
        let accepted = try Self.fixtures().filter { fixture in
            if case .success = WireCodec.decode(fixture.record) { return true }
            return false
        }
        let report = try WireSchemaValidator.validate(accepted.map { ($0.record.topic, $0.record.value) })
        #expect(accepted.count >= 10)
        for violation in report.violations {
            Issue.record("\(accepted[violation.line - 1].name): accepted by the codec, not by the schema: \(violation.errors)")
        }
    }

    /// Each schema's examples are real records of the sample day, and the codec decodes them; `pse.ref`'s show both
    /// shapes.
    @Test func theExamplesAreRecordsOfTheSampleDayThatDecode() throws {
        let (records, _) = try SessionReader.readAll(path: WireSchemaValidator.sampleDay.path, allowPartial: false)
        let events = Set(records.compactMap { try? WireCodec.decode($0).get() })
        var examples: [(topic: String, value: [UInt8])] = []
        for kind in Self.kinds {
            let ofKind = try Self.schema(kind)["examples"] as? [Any] ?? []
            #expect(!ofKind.isEmpty, "pse.\(kind) has no examples")
            for example in ofKind {
                examples.append(("pse.\(kind)", Array(try JSONSerialization.data(withJSONObject: example))))
            }
        }
        var referenceSubjects: Set<String> = []
        for (topic, value) in examples {
            let decoded = WireCodec.decode(FeedRecord(topic: topic, timestamp: 0, key: nil, value: value))
            let text = String(decoding: value, as: UTF8.self)
            guard case .success(let event) = decoded else {
                Issue.record("\(topic) example \(text): \(decoded)")
                continue
            }
            #expect(events.contains(event), "\(topic) example \(text) is not a record of the sample day")
            if case .reference(let reference) = event {
                switch reference.subject {
                case .security: referenceSubjects.insert("security")
                case .index: referenceSubjects.insert("index")
                }
            }
        }
        #expect(referenceSubjects == ["security", "index"])
        #expect(try WireSchemaValidator.validate(examples).violations.isEmpty)
    }

    /// The files are self-contained; a definition they share (`price`, `symbol`, …) reads the same in each.
    @Test func sharedDefinitionsAreTheSameInEveryFile() throws {
        var definitions: [String: (file: String, body: NSDictionary)] = [:]
        for kind in Self.kinds {
            for (name, body) in try Self.schema(kind)["$defs"] as? [String: NSDictionary] ?? [:] {
                if let first = definitions[name] {
                    #expect(first.body == body, "$defs/\(name) differs between \(first.file) and pse.\(kind)")
                } else {
                    definitions[name] = ("pse.\(kind)", body)
                }
            }
        }
        #expect(Set(definitions.keys).isSuperset(of: ["price", "quantity", "symbol", "timestamp", "version"]))
    }

    static func schema(_ kind: String) throws -> [String: Any] {
        let url = WireSchemaValidator.schemaDirectory.appendingPathComponent("pse.\(kind).schema.json")
        return try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] ?? [:]
    }
}
