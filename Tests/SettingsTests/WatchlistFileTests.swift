import Dashboard
import Foundation
import MarketData
import Settings
import Testing

/// `watchlists.toml`: lists in file order, and edits that touch only the bytes of one list.
@Suite struct WatchlistFileTests {
    static let text = """
        # my second-liners
        mine = ["ALI", "MWIDE"]   # watch these

        banks = [
          "BDO",  # biggest
          "BPI",
        ]
        # the end

        """

    func adding(_ symbol: Symbol, to list: String, in text: String = text) throws -> String {
        try WatchlistFile.adding(symbol, to: list, in: text, file: "watchlists.toml")
    }

    func removing(_ symbol: Symbol, from list: String, in text: String = text) throws -> String {
        try WatchlistFile.removing(symbol, from: list, in: text, file: "watchlists.toml")
    }

    @Test func listsComeInFileOrder() throws {
        let lists = try WatchlistFile.parse(text: "zeta = [\"ALI\"]\nalpha = [\n\"BDO\", \"SM\"]\n", file: "w.toml")
        #expect(lists == [Watchlist(name: "zeta", symbols: ["ALI"]), Watchlist(name: "alpha", symbols: ["BDO", "SM"])])
    }

    @Test(arguments: [
        ("mine = [\"ALI\"]\nbanks = [\n  \"BDO\",\n  \"bpi\",\n]\n", "w.toml:2: banks: 'bpi' is not a PSE symbol"),
        ("mine = [\"ALI\", \"ALI\"]\n", "w.toml:1: mine: ALI is listed twice"),
        ("\nmine = \"ALI\"\n", "w.toml:2: mine: expected a list of symbols, found a string"),
        ("mine = [1]\n", "w.toml:1: mine: expected a list of symbols, found an integer in it"),
        ("[mine]\nx = 1\n", "w.toml:1: mine: expected a list of symbols, found a table"),
        ("mine = [\"ALI\"\n", "w.toml:"),
    ])
    func aBadFileNamesTheFileLineAndList(text: String, expected: String) {
        #expect {
            _ = try WatchlistFile.parse(text: text, file: "w.toml")
        } throws: { error in
            "\(error)".hasPrefix(expected) && !"\(error)".contains("\n")
        }
    }

    @Test func addingToAOneLineListThenRemovingGivesBackTheSameBytes() throws {
        let added = try adding("SM", to: "mine")
        #expect(added == Self.text.replacingOccurrences(of: "\"MWIDE\"]", with: "\"MWIDE\", \"SM\"]"))
        #expect(try removing("SM", from: "mine", in: added) == Self.text)
    }

    @Test func addingToAMultiLineListAddsALineLikeTheLastOne() throws {
        let added = try adding("MBT", to: "banks")
        #expect(added == Self.text.replacingOccurrences(of: "  \"BPI\",\n", with: "  \"BPI\",\n  \"MBT\",\n"))
        #expect(try removing("MBT", from: "banks", in: added) == Self.text)
    }

    @Test func aMultiLineListWithoutATrailingCommaKeepsItsStyle() throws {
        let text = "banks = [\n\t\"BDO\",\n\t\"BPI\"  # second\n]\n"
        let added = try adding("MBT", to: "banks", in: text)
        #expect(added == "banks = [\n\t\"BDO\",\n\t\"BPI\",  # second\n\t\"MBT\"\n]\n")
        #expect(try removing("MBT", from: "banks", in: added) == text)
    }

    @Test func removingASymbolOnItsOwnLineTakesItsCommentAlong() throws {
        #expect(try removing("BDO", from: "banks") == Self.text.replacingOccurrences(of: "  \"BDO\",  # biggest\n", with: ""))
    }

    @Test func removingTheFirstOfAOneLineListKeepsTheRest() throws {
        #expect(try removing("ALI", from: "mine") == Self.text.replacingOccurrences(of: "\"ALI\", ", with: ""))
    }

    @Test func removingTheLastSymbolLeavesAnEmptyList() throws {
        let once = try removing("ALI", from: "mine")
        #expect(try removing("MWIDE", from: "mine", in: once).hasPrefix("# my second-liners\nmine = []   # watch these\n"))
        let banks = try removing("BPI", from: "banks", in: try removing("BDO", from: "banks"))
        #expect(banks.contains("\nbanks = []\n# the end\n"))
        #expect(try WatchlistFile.parse(text: banks, file: "w.toml").last == Watchlist(name: "banks", symbols: []))
    }

    @Test func addingToAnEmptyListAndRemovingAgainRoundTrips() throws {
        let text = "empty = []  # nothing yet\n"
        let added = try adding("ALI", to: "empty", in: text)
        #expect(added == "empty = [\"ALI\"]  # nothing yet\n")
        #expect(try removing("ALI", from: "empty", in: added) == text)
    }

    @Test func addingASymbolAlreadyThereOrRemovingOneNotThereChangesNothing() throws {
        #expect(try adding("BPI", to: "banks") == Self.text)
        #expect(try removing("SM", from: "banks") == Self.text)
        #expect(try removing("ALI", from: "nosuchlist") == Self.text)
    }

    @Test func aMissingListIsAddedAtTheEnd() throws {
        #expect(try adding("SM", to: "new list") == Self.text + "\"new list\" = [\"SM\"]\n")
        #expect(try adding("SM", to: "x", in: "a = [] # no newline") == "a = [] # no newline\nx = [\"SM\"]\n")
    }

    @Test func theFileIsWrittenAtomicallyKeepingItsModeAndAMissingOneIsMadePrivate() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("settings-\(UUID().uuidString)/psei-ticker")
        defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
        let path = folder.appendingPathComponent("watchlists.toml").path
        #expect(try WatchlistFile.read(path: path).isEmpty)
        #expect(try WatchlistFile.add("ALI", to: "mine", path: path) == [Watchlist(name: "mine", symbols: ["ALI"])])
        #expect(FileSystem.mode(of: path) == 0o600)
        try Self.text.write(toFile: path, atomically: false, encoding: .utf8)
        chmod(path, 0o640)
        _ = try WatchlistFile.add("SM", to: "banks", path: path)
        #expect(FileSystem.mode(of: path) == 0o640)
        let lists = try WatchlistFile.remove("SM", from: "banks", path: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == Self.text)
        #expect(lists.map(\.name) == ["mine", "banks"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["watchlists.toml"])
    }

    @Test func aSymbolicLinkIsFollowedSoTheLinkStays() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("settings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let real = folder.appendingPathComponent("real.toml").path, link = folder.appendingPathComponent("watchlists.toml").path
        try "mine = []\n".write(toFile: real, atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: real)
        _ = try WatchlistFile.add("ALI", to: "mine", path: link)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link) == real)
        #expect(try String(contentsOfFile: real, encoding: .utf8) == "mine = [\"ALI\"]\n")
    }

    @Test func theFileLivesBesideTheConfiguration() {
        #expect(
            WatchlistFile.path(besideConfig: "/home/u/.config/psei-ticker/config.toml") == "/home/u/.config/psei-ticker/watchlists.toml")
        #expect(WatchlistFile.path(besideConfig: "config.toml") == "watchlists.toml")
    }
}
