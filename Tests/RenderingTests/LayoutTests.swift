import Dashboard
import Exchange
import MarketData
import Rendering
import Testing

@Suite struct LayoutTests {
    /// Below 40×10 the frame is only the notice: the whole of it when it fits, else the longest ending of it that
    /// does, word-wrapped, and a word is never cut; "!" where not even the size fits.
    @Test func tooSmallNoticeFitsWholeWordsAtEverySize() {
        let state = DashboardState(source: "test")
        let words = ["terminal", "too", "small,", "needs", "40×10"]
        for width in 0...60 {
            for height in 0...12 where width < Renderer.minimumWidth || height < Renderer.minimumHeight {
                let grid = Renderer.render(state, width: width, height: height, context: RenderContext())
                guard width > 0 && height > 0 else { continue }
                let lines = FrameExport.text(grid).split(separator: "\n").map(String.init)
                let shown = lines.flatMap { $0.split(separator: " ").map(String.init) }
                let size = "\(width)×\(height): \(lines)"
                if width < words.last!.count {
                    #expect(shown == ["!"], "\(size)")
                } else {
                    #expect(!shown.isEmpty && shown == Array(words.suffix(shown.count)), "\(size)")
                }
                if width >= words.joined(separator: " ").count { #expect(lines == [words.joined(separator: " ")], "\(size)") }
            }
        }
    }

    /// The header at every width from the minimum to 220 and at every stage of the day: the segments it keeps are
    /// the most important ones (the index and the phase always), each drawn whole where the layout puts it, at least
    /// one blank from its neighbours, and nothing else is on the line.
    @Test(arguments: ["", "09:20", "10:42:13", "12:30", "15:30"])
    func headerSegmentsAreWholeAndApartAtEveryWidth(time: String) {
        let state = time.isEmpty ? DashboardState(source: "test") : simulatedState(until: time)
        for glyphs in [Glyphs.unicode, .ascii] {
            let context = RenderContext(glyphs: glyphs)
            let line = HeaderLine.line(state, totals: state.shown.totals, context: context)
            for width in Renderer.minimumWidth...220 {
                let row = Array(Renderer.render(state, width: width, height: Renderer.minimumHeight, context: context).text(row: 0))
                let placements = line.placements(width: width).sorted { $0.x < $1.x }
                let at = "\(time) width \(width): \(String(row))"
                #expect(Set(placements.map(\.segment)) == Set(line.segments.prefix(placements.count)), "\(at)")
                #expect(placements.count >= 2, "\(at)")
                var covered = Set<Int>()
                for (index, placement) in placements.enumerated() {
                    let end = placement.x + placement.segment.width
                    #expect(placement.x >= 0 && end <= width, "\(at)")
                    guard placement.x >= 0 && end <= width else { continue }
                    #expect(String(row[placement.x..<end]) == placement.segment.text, "\(at)")
                    if index > 0 { #expect(placement.x > placements[index - 1].x + placements[index - 1].segment.width, "\(at)") }
                    covered.formUnion(placement.x..<end)
                }
                #expect(row.indices.allSatisfy { covered.contains($0) || row[$0] == " " }, "\(at)")
            }
        }
    }

    /// However few rows the chart gets, it draws the index (never "no index data yet" when there is data).
    @Test(arguments: [40, 80, 120, 200])
    func theChartDrawsTheIndexAtEveryHeight(width: Int) {
        let state = simulatedState(until: "10:42:13")
        for height in Renderer.minimumHeight...40 {
            let text = FrameExport.text(Renderer.render(state, width: width, height: height, context: RenderContext()))
            let chartRows = text.split(separator: "\n").dropFirst(Renderer.Layout.chartTop + 1).prefix(
                Renderer.Layout(width: width, height: height).chartHeight - 2)
            #expect(!text.contains("no index data yet"), "\(width)×\(height)")
            #expect(
                chartRows.contains { $0.unicodeScalars.contains { (0x2801...0x28FF).contains($0.value) } }, "\(width)×\(height)\n\(text)")
        }
    }

    /// An index level outside the charted session (before 09:00) with no previous close: the chart shows the level
    /// on its axis rather than claiming there is no data; with no index data at all it says so.
    @Test func theChartSaysNoIndexDataOnlyWhenThereIsNone() throws {
        var state = DashboardState(source: "test")
        let empty = FrameExport.text(Renderer.render(state, width: 80, height: 24, context: RenderContext()))
        #expect(empty.contains("no index data yet"))
        let early = try #require(ManilaTime.epochMillis(date: "2026-11-25", secondOfDay: 8 * 3600))
        let level = IndexLevel(code: .psei, value: try #require(Price("6412.57")), timestamp: early)
        Dashboard.reduce(into: &state, action: .records([.success(.index(level))], receivedAt: 0))
        let text = FrameExport.text(Renderer.render(state, width: 80, height: 24, context: RenderContext()))
        #expect(!text.contains("no index data yet"))
        #expect(text.split(separator: "\n")[Renderer.Layout.chartTop + 1].contains("6,413"))
    }

    @Test func everyConstituentIsReachableAt80x24ByScrolling() {
        var state = simulatedState(until: "10:00")
        let layout = Renderer.Layout(width: 80, height: 24)
        Dashboard.reduce(into: &state, action: .tableRows(layout.stockRows))
        var seen = Set<String>()
        for _ in 0..<4 {
            let text = FrameExport.text(Renderer.render(state, width: 80, height: 24, context: RenderContext()))
            for line in text.split(separator: "\n") {
                let fields = line.dropFirst().split(separator: " ")
                if let symbol = fields.first, PSERules.constituent(Symbol(String(symbol)) ?? "X") != nil,
                    fields.contains(where: { $0.hasSuffix("%") })
                {
                    seen.insert(String(symbol))
                }
            }
            Dashboard.reduce(into: &state, action: .key(.pageDown))
        }
        #expect(seen.count == 30)
    }

    @Test func wideTerminalsShowBidAskAndTradeCount() {
        let text = FrameExport.text(Renderer.render(simulatedState(until: "10:00"), width: 200, height: 60, context: RenderContext()))
        #expect(text.contains("BID") && text.contains("ASK") && text.contains("TRADES"))
        let narrow = FrameExport.text(Renderer.render(simulatedState(until: "10:00"), width: 120, height: 40, context: RenderContext()))
        #expect(!narrow.contains("TRADES"))
    }
}

@Suite struct OverlayTests {
    @Test func timeAndSalesListsTheSelectedStocksLatestTradesNewestFirst() throws {
        var state = simulatedState(until: "10:00")
        Dashboard.reduce(into: &state, action: .key(.toggleDetail))
        let text = FrameExport.text(Renderer.render(state, width: 120, height: 40, context: RenderContext()))
        #expect(text.contains("AC time & sales"))
        let newest = try #require(state.market.stocks["AC"]!.tape.trades.last)
        let firstTradeLine = try #require(
            text.split(separator: "\n").first { $0.contains(ManilaTime(epochMillis: newest.timestamp).clockText) })
        #expect(firstTradeLine.contains(newest.price.formatted(grouping: true)))
    }
}

/// The `?` overlay on a terminal too short for every key.
@Suite struct HelpOverlayTests {
    @Test func keysThatDoNotFitAreCountedNotSilentlyDropped() {
        var state = DashboardState(source: "test")
        Dashboard.reduce(into: &state, action: .key(.toggleHelp))
        let keys = (1...30).map { (keys: "k\($0)", description: "key number \($0)") }
        let short = FrameExport.text(Renderer.render(state, width: 80, height: 24, context: RenderContext(keyHelp: keys)))
        let shownKeys = keys.filter { short.contains(" \($0.keys) ") }.count
        #expect(shownKeys < keys.count && short.contains("\(keys.count - shownKeys) more: a taller terminal shows every key"), "\(short)")
        let tall = FrameExport.text(Renderer.render(state, width: 80, height: 40, context: RenderContext(keyHelp: keys)))
        #expect(keys.allSatisfy { tall.contains(" \($0.keys) ") } && !tall.contains("more: a taller"), "\(tall)")
    }
}
