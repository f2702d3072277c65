/// A squarified treemap (Bruls, Huizing and van Wijk): rectangles with areas proportional to weights, laid out row by
/// row along the shorter side of what is left, each row grown while that keeps its tiles closer to square — square
/// on the screen, where a cell is about twice as high as it is wide.
public enum Treemap {
    /// How many cell widths a cell's height measures; the layout works in widths and comes back to cells at the end.
    static let cellHeightInWidths = 2.0

    /// A rectangle in cell widths, by its edges, so neighbours share the very same edge values.
    private struct Span {
        var left: Double, top: Double, right: Double, bottom: Double
        var width: Double { right - left }
        var height: Double { bottom - top }

        /// The cells whose centres it holds: edges rounded alike on both sides of a shared edge, so neighbours
        /// never overlap and leave no gap.
        var cells: BoxFrame.Rect {
            let (x0, x1) = (Int(left.rounded()), Int(right.rounded()))
            let (y0, y1) = (Int((top / cellHeightInWidths).rounded()), Int((bottom / cellHeightInWidths).rounded()))
            return BoxFrame.Rect(x: x0, y: y0, width: max(x1 - x0, 0), height: max(y1 - y0, 0))
        }
    }

    /// One rectangle per weight, in the order given. Weights running from the largest down give the squarest tiles.
    /// A weight that is not positive and finite gets an empty rectangle. The rectangles never overlap, together
    /// cover `rect` when any weight is positive, and each has the area of its share of `rect` to within its own
    /// rounding at the edges (a tiny share may round to nothing).
    public static func layout(_ weights: [Double], in rect: BoxFrame.Rect) -> [BoxFrame.Rect] {
        var result = Array(repeating: BoxFrame.Rect(x: rect.x, y: rect.y, width: 0, height: 0), count: weights.count)
        let shown = weights.indices.filter { weights[$0] > 0 && weights[$0].isFinite }
        let total = shown.reduce(0.0) { $0 + weights[$1] }
        guard rect.width > 0, rect.height > 0, total > 0, total.isFinite else { return result }
        var free = Span(
            left: Double(rect.x), top: Double(rect.y) * cellHeightInWidths, right: Double(rect.x + rect.width),
            bottom: Double(rect.y + rect.height) * cellHeightInWidths)
        let areaPerWeight = free.width * free.height / total
        let areas = shown.map { weights[$0] * areaPerWeight }
        var start = 0
        while start < areas.count {
            // The row is a column at the left of what is free when that is wider than high, else a strip along its top.
            let across = free.width >= free.height
            let (rowStart, freeEnd) = across ? (free.left, free.right) : (free.top, free.bottom)
            let (alongStart, alongEnd) = across ? (free.top, free.bottom) : (free.left, free.right)
            let side = max(alongEnd - alongStart, .leastNormalMagnitude)
            let end = rowEnd(areas, from: start, side: side)
            let rowArea = areas[start..<end].reduce(0, +)
            let far = end == areas.count ? freeEnd : min(rowStart + rowArea / side, freeEnd)
            let thickness = max(far - rowStart, .leastNormalMagnitude)
            var position = alongStart
            for index in start..<end {
                let next = index == end - 1 ? alongEnd : min(position + areas[index] / thickness, alongEnd)
                let span =
                    across
                    ? Span(left: rowStart, top: position, right: far, bottom: next)
                    : Span(left: position, top: rowStart, right: next, bottom: far)
                result[shown[index]] = span.cells
                position = next
            }
            if across { free.left = far } else { free.top = far }
            start = end
        }
        return result
    }

    /// The end of the row that starts at `start`: tiles join while the row's most elongated tile gets no worse.
    private static func rowEnd(_ areas: [Double], from start: Int, side: Double) -> Int {
        var (sum, smallest, largest) = (areas[start], areas[start], areas[start])
        var worst = worstAspect(sum: sum, smallest: smallest, largest: largest, side: side)
        var end = start + 1
        while end < areas.count {
            let candidate = (sum: sum + areas[end], smallest: min(smallest, areas[end]), largest: max(largest, areas[end]))
            let aspect = worstAspect(sum: candidate.sum, smallest: candidate.smallest, largest: candidate.largest, side: side)
            guard aspect <= worst else { break }
            (sum, smallest, largest, worst) = (candidate.sum, candidate.smallest, candidate.largest, aspect)
            end += 1
        }
        return end
    }

    /// The largest ratio of long to short side among a row's tiles of `sum` area laid along `side`.
    private static func worstAspect(sum: Double, smallest: Double, largest: Double, side: Double) -> Double {
        let (sideSquared, sumSquared) = (side * side, sum * sum)
        return max(sideSquared * largest / sumSquared, sumSquared / (sideSquared * smallest))
    }
}
