import Testing

@testable import Settings

/// The locator behind every error's line: tables, dotted and quoted keys, inline tables, and values that span
/// lines must not throw the count off.
@Suite struct TOMLOutlineTests {
    static let text = """
        # comment with a [fake] header and key = "value"
        theme = "dark"   # trailing
        note = \"\"\"
        several
        lines = 3
        \"\"\"
        list = [
          "a",  # first
          "b"
        ]

        [clusters.prod]
        bootstrap_servers = 'x:1'
        properties."sasl.password" = "p"

        [ clusters . "we ird" ]
        inline = { a = 1, b = { c = "d" } }
        [[arrays]]
        after = true
        """

    @Test(arguments: [
        (["theme"], 2), (["note"], 3), (["list"], 7), (["clusters"], 12), (["clusters", "prod"], 12),
        (["clusters", "prod", "bootstrap_servers"], 13), (["clusters", "prod", "properties"], 14),
        (["clusters", "prod", "properties", "sasl.password"], 14), (["clusters", "we ird"], 16),
        (["clusters", "we ird", "inline", "b", "c"], 17), (["arrays", "after"], 19),
    ])
    func everyKeyIsFoundOnItsLine(path: [String], line: Int) {
        #expect(TOMLOutline(Self.text).line(of: path) == line)
    }

    @Test func anUnknownKeyFallsBackToItsNearestAncestorThenTheFirstLine() {
        let outline = TOMLOutline(Self.text)
        #expect(outline.line(of: ["clusters", "prod", "nope"]) == 12)
        #expect(outline.line(of: ["nowhere"]) == 1)
    }

    @Test func arrayElementsAndTheirCommasAreLocated() throws {
        let text = "x = [\"A\", 'B' ,\n  \"C\" # c\n]\n"
        let value = try #require(TOMLOutline(text).entries.first { $0.path == ["x"] }?.value)
        let bytes = Array(text.utf8)
        let elements = try #require(value.elements)
        #expect(elements.map { String(decoding: bytes[$0.start..<$0.end], as: UTF8.self) } == ["\"A\"", "'B'", "\"C\""])
        #expect(elements.map { $0.comma.map { Character(UnicodeScalar(bytes[$0])) } } == [",", ",", nil])
        #expect(bytes[value.end - 1] == UInt8(ascii: "]"))
    }

    @Test func keysAreWrittenBareWhenTOMLAllowsIt() {
        #expect(TOMLOutline.keyText(["clusters", "prod", "properties", "sasl.password"]) == "clusters.prod.properties.\"sasl.password\"")
        #expect(TOMLOutline.keyText("a \"b\"") == "\"a \\\"b\\\"\"")
    }

    @Test func brokenTextGivesWhatItCanWithoutHanging() {
        let outline = TOMLOutline("a = [1, 2\nb = \"unterminated\n[c\nd = {e = \n")
        #expect(outline.line(of: ["a"]) == 1)
    }
}
