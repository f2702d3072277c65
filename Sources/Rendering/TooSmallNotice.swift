/// What a terminal below the dashboard's minimum size shows: "terminal too small, needs 40×10", word-wrapped to the
/// screen. When it does not fit whole, the longest ending of it that does ("needs 40×10", "40×10"); when not even
/// the size fits, "!". A word is never cut.
enum TooSmallNotice {
    static func draw(into grid: inout CellGrid, minimumWidth: Int, minimumHeight: Int, glyphs: Glyphs) {
        let words = ["terminal", "too", "small,", "needs", "\(minimumWidth)\(glyphs.times)\(minimumHeight)"]
        let (width, height) = (grid.width, grid.height)
        let lines = words.indices.lazy.compactMap { wrap(words[$0...], width: width, height: height) }.first ?? ["!"]
        for (row, line) in lines.enumerated() { grid.put(line, x: 0, y: row, role: .warning) }
    }

    /// `words` filled into lines of at most `width` characters, or nil when a word is wider or the lines outnumber
    /// `height`.
    private static func wrap(_ words: ArraySlice<String>, width: Int, height: Int) -> [String]? {
        var lines: [String] = []
        for word in words {
            guard word.count <= width else { return nil }
            if let last = lines.last, last.count + 1 + word.count <= width {
                lines[lines.count - 1] = last + " " + word
            } else {
                lines.append(word)
            }
        }
        return lines.count <= height ? lines : nil
    }
}
