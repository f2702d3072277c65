import Foundation
import Testing

/// `snapshot --format svg` and `--format html` in a real browser (headless Chromium, whatever fonts it picks): the
/// box borders stand on the same pixel columns on every line, and the page has the theme's background.
@Suite(.serialized) struct BrowserExportTests {
    static let chromium = "/usr/bin/chromium"
    static let session = SampleSessionTests.session

    /// The frame at 11:00 (120×40) in each format with each theme the tests use (`marked`: `markedBorderTheme`),
    /// exported once for the suite, side by side; keyed `format theme`.
    static let exports = Result {
        let marked = try markedBorderTheme()
        let pages = ["svg", "html"].flatMap { format in ["default", "light", "marked"].map { (format, $0) } }
        let runs = try concurrentMap(pages) { format, theme in
            try runToEnd(
                pseiTicker,
                [
                    "snapshot", "--replay", session, "--at", "11:00", "--format", format,
                    "--theme", theme == "marked" ? marked : theme, "--log-file", "/dev/null",
                ], environment: ["LANG": "C.UTF-8"])
        }
        return Dictionary(uniqueKeysWithValues: zip(pages.map { "\($0) \($1)" }, runs))
    }

    /// The frame at 11:00 (120×40) exported in `format` with `theme` (`default`, `light` or `marked`), as a file.
    func export(_ format: String, theme: String) throws -> URL {
        let file = temporaryDirectory().appendingPathComponent("frame.\(format)")
        let result = try #require(try Self.exports.get()["\(format) \(theme)"])
        #expect(result.status == 0, "\(result.stderr)")
        try result.stdout.write(to: file, atomically: true, encoding: .utf8)
        return file
    }

    /// What Chromium draws for `page`, as pixels.
    func screenshot(_ page: URL) throws -> PNGImage {
        try #require(FileManager.default.isExecutableFile(atPath: Self.chromium), "chromium is not installed (make deps installs it)")
        let directory = temporaryDirectory()
        let picture = directory.appendingPathComponent("shot.png")
        // A browser that hangs must not hang the suite: it gets two minutes.
        let result = try runToEnd(
            "/usr/bin/timeout",
            [
                "120", Self.chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                "--user-data-dir=\(directory.appendingPathComponent("profile").path)",
                "--window-size=1100,760", "--screenshot=\(picture.path)", page.absoluteString,
            ])
        #expect(FileManager.default.fileExists(atPath: picture.path), "no screenshot: \(result.stderr)")
        return try PNGImage(contentsOf: picture)
    }

    /// A theme whose borders alone are pure magenta, on a black page.
    static func markedBorderTheme() throws -> String {
        let path = temporaryDirectory().appendingPathComponent("marked.toml").path
        try "[border]\nfg = \"#ff00ff\"\n\n[page]\nbg = \"#000000\"\nfg = \"#ffffff\"\n".write(
            toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test(arguments: ["svg", "html"])
    func boxBordersStandOnTheSamePixelColumnsOnEveryLine(format: String) throws {
        let image = try screenshot(try export(format, theme: "marked"))
        // Each pixel row crossing the chart box and the side panel meets four vertical borders: │ … │ │ … │.
        var crossings: [[Int]] = []
        for y in 0..<image.height {
            var strokes: [Int] = []
            var x = 0
            while x < image.width {
                let (red, green, blue) = image[x, y]
                guard red > 150, blue > 150, green < 100 else { x += 1; continue }
                let start = x
                while x < image.width, image[x, y].red > 150, image[x, y].blue > 150, image[x, y].green < 100 { x += 1 }
                // A wider run is a horizontal border: not a row of vertical strokes.
                if x - start <= 4 { strokes.append((start + x - 1) / 2) } else { strokes = []; break }
            }
            if strokes.count == 4 { crossings.append(strokes) }
        }
        #expect(crossings.count > 100, "too few rows of vertical borders found (\(crossings.count))")
        for border in 0..<4 {
            let columns = crossings.map { $0[border] }
            #expect(columns.max()! - columns.min()! <= 1, "\(format): border \(border) wanders over pixel columns \(Set(columns).sorted())")
        }
    }

    /// The README shows the sample day at 11:00 as SVG; `PSEI_RECORD_SNAPSHOTS=1` re-draws it after a change.
    @Test func theReadmePictureIsTheCurrentFrame() throws {
        let picture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs/sample-day.svg")
            .standardized
        let current = try String(contentsOf: try export("svg", theme: "default"), encoding: .utf8)
        if ProcessInfo.processInfo.environment["PSEI_RECORD_SNAPSHOTS"] == "1" {
            try current.write(to: picture, atomically: true, encoding: .utf8)
        }
        #expect(
            try String(contentsOf: picture, encoding: .utf8) == current,
            "docs/sample-day.svg is out of date: PSEI_RECORD_SNAPSHOTS=1 swift test --filter BrowserExportTests")
    }

    @Test(arguments: [
        ("svg", "default", (0x12, 0x12, 0x12)), ("html", "default", (0x12, 0x12, 0x12)),
        ("svg", "light", (0xff, 0xff, 0xff)), ("html", "light", (0xff, 0xff, 0xff)),
    ])
    func thePageHasTheThemesBackground(format: String, theme: String, background: (Int, Int, Int)) throws {
        let image = try screenshot(try export(format, theme: theme))
        let corner = image[2, 2]
        #expect(
            corner.red == background.0 && corner.green == background.1 && corner.blue == background.2,
            "\(format) \(theme): page is \(corner)")
    }
}
