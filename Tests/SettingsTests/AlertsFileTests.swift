import Dashboard
import Foundation
import Settings
import Testing

/// `alerts.toml`: the `!` form's rules in file order, and adding one that touches only the bytes of the array.
@Suite struct AlertsFileTests {
    static let text = """
        # rules from the dashboard's ! form
        rules = [
          "ALI above 24",   # breakout
          "SM move 2% in 5m",
        ]
        # the end

        """

    static func rule(_ text: String) -> AlertRule { try! AlertRule(parsing: text) }

    func adding(_ rule: String, in text: String = text) throws -> String {
        try AlertsFile.adding(Self.rule(rule), in: text, file: "alerts.toml")
    }

    @Test func rulesComeInFileOrder() throws {
        #expect(try AlertsFile.parse(text: Self.text, file: "alerts.toml") == [Self.rule("ALI above 24"), Self.rule("SM move 2% in 5m")])
        #expect(try AlertsFile.parse(text: "# nothing yet\n", file: "alerts.toml").isEmpty)
    }

    @Test func addingToAMultiLineArrayAddsALineLikeTheLastOneKeepingEveryOtherByte() throws {
        #expect(
            try adding("BDO below 130")
                == Self.text.replacingOccurrences(of: "  \"SM move 2% in 5m\",\n", with: "  \"SM move 2% in 5m\",\n  \"BDO below 130\",\n"))
    }

    @Test func addingToAOneLineArrayAppendsAfterACommaAndToNoArrayWritesOne() throws {
        #expect(try adding("BDO block", in: "rules = [\"ALI halt\"]  # mine\n") == "rules = [\"ALI halt\", \"BDO block\"]  # mine\n")
        #expect(try adding("BDO block", in: "rules = []\n") == "rules = [\"BDO block\"]\n")
        #expect(try adding("BDO block", in: "# mine") == "# mine\nrules = [\"BDO block\"]\n")
        #expect(try adding("BDO block", in: "") == "rules = [\"BDO block\"]\n")
    }

    @Test func aRuleTheFileHasAlreadyLeavesItAsItIs() throws {
        #expect(try adding("ali ABOVE 24.00") == Self.text)
    }

    @Test(arguments: [
        ("rules = [\n  \"ALI above 24\",\n  \"ALI sideways\",\n]\n", "a.toml:3: rules: alert rule \"ALI sideways\": unknown condition"),
        ("rule = [\"ALI halt\"]\n", "a.toml:1: rule: unknown key (did you mean 'rules'?)"),
        ("rules = \"ALI halt\"\n", "a.toml:1: rules: expected an array of strings"),
        ("rules = [1]\n", "a.toml:1: rules: expected an array of strings, found an integer in it"),
    ])
    func aBadFileNamesTheFileLineAndProblem(text: String, expected: String) {
        #expect {
            _ = try AlertsFile.parse(text: text, file: "a.toml")
        } throws: { error in
            "\(error)".hasPrefix(expected) && !"\(error)".contains("\n")
        }
    }

    @Test func addWritesTheFileBesideTheConfigurationAndReadGivesTheRulesBack() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("alerts-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = AlertsFile.path(besideConfig: folder.appendingPathComponent("config.toml").path)
        #expect(path == folder.appendingPathComponent("alerts.toml").path)
        #expect(try AlertsFile.read(path: path).isEmpty)
        try Self.text.write(toFile: path, atomically: false, encoding: .utf8)
        try AlertsFile.add(Self.rule("JFC above 205.50"), path: path)
        try AlertsFile.add(Self.rule("JFC above 205.50"), path: path)
        #expect(try AlertsFile.read(path: path).map(\.name) == ["ALI above 24", "SM move 2% in 5m", "JFC above 205.5"])
        #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix("# rules from the dashboard's ! form\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["alerts.toml"])
    }
}
