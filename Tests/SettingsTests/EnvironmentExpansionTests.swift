import Testing

@testable import Settings

@Suite struct EnvironmentExpansionTests {
    let environment = ["USER": "juan", "EMPTY": ""]

    func expand(_ text: String) throws(EnvironmentExpansion.Failure) -> String {
        try EnvironmentExpansion.expand(text) { environment[$0] }
    }

    @Test func referencesAreReplacedAndEverythingElseKept() throws {
        #expect(try expand("psei-${USER}") == "psei-juan")
        #expect(try expand("${USER}${EMPTY}$HOME costs $5") == "juan$HOME costs $5")
        #expect(try expand("$${USER} is literal") == "${USER} is literal")
    }

    @Test func anUnsetVariableIsNamed() {
        #expect(throws: EnvironmentExpansion.Failure.unset("KAFKA_PASSWORD")) { try expand("${KAFKA_PASSWORD}") }
    }

    @Test(arguments: ["${", "${USER", "${1X}", "${A B}", "${}"])
    func aMalformedReferenceIsRefused(text: String) {
        #expect(throws: EnvironmentExpansion.Failure.self) { try expand(text) }
    }

    @Test func theLiteralPartLeavesReferencesOut() {
        #expect(EnvironmentExpansion.literalPart(of: "${KAFKA_PASSWORD}") == "")
        #expect(EnvironmentExpansion.literalPart(of: "x${A}y") == "xy")
    }
}
