/// One line made of segments that are shown whole or not at all. Segments are listed in priority order and kept
/// while they fit, so a narrow line drops the least important ones first and nothing is ever cut or overlapped;
/// the kept ones are drawn in their display order, left-side ones from the left edge and right-side ones against
/// the right edge, each at least `spacing` blanks from its neighbour.
public struct SegmentedLine: Sendable {
    /// Text in one role.
    public struct Run: Hashable, Sendable {
        public let text: String
        public let role: StyleRole

        public init(_ text: String, _ role: StyleRole) { self.text = text; self.role = role }
    }

    /// Which edge a segment is drawn against.
    public enum Side: Hashable, Sendable { case left, right }

    /// How a segment of free text may be cut: to no fewer than `minimumWidth` columns, ending in `ellipsis`.
    public struct Shortening: Hashable, Sendable {
        public let minimumWidth: Int
        public let ellipsis: String

        public init(minimumWidth: Int, ellipsis: String) { self.minimumWidth = minimumWidth; self.ellipsis = ellipsis }
    }

    /// A piece of the line, shown whole or not at all (unless it says how it may be shortened).
    public struct Segment: Hashable, Sendable {
        public let runs: [Run]
        public let side: Side
        /// Position among the segments of its side, from the left.
        public let order: Int
        /// Blanks between this segment and the one before it on the line.
        public let spacing: Int
        /// Free text that may be cut rather than dropped (a disconnection's reason); nil for a segment that is whole
        /// or nothing (every number).
        public let shortening: Shortening?

        public init(_ runs: [Run], side: Side, order: Int, spacing: Int, shortening: Shortening? = nil) {
            self.runs = runs; self.side = side; self.order = order; self.spacing = spacing; self.shortening = shortening
        }

        /// The segment cut to `width` columns (its last run shortened, ending in the ellipsis); nil below its minimum.
        func shortened(to width: Int) -> Segment? {
            guard let shortening, width >= shortening.minimumWidth, width < self.width, let last = runs.last else { return nil }
            let keep = width - (self.width - last.text.count) - shortening.ellipsis.count
            guard keep > 0 else { return nil }
            let cut = Run(String(last.text.prefix(keep)) + shortening.ellipsis, last.role)
            return Segment(runs.dropLast() + [cut], side: side, order: order, spacing: spacing)
        }

        public var text: String { runs.map(\.text).joined() }
        public var width: Int { runs.reduce(0) { $0 + $1.text.count } }
    }

    /// A kept segment and the column it starts at.
    public struct Placement: Hashable, Sendable {
        public let segment: Segment
        public let x: Int
    }

    /// Blanks kept at each end of the line.
    public let margin: Int
    /// The segments, most important first.
    public let segments: [Segment]

    public init(margin: Int, segments: [Segment]) {
        self.margin = margin
        self.segments = segments
    }

    /// The longest prefix of the priority order that fits in `width` columns, placed left to right.
    public func placements(width: Int) -> [Placement] {
        var kept: [Segment] = []
        for segment in segments {
            let room = width - Self.width(of: kept + [segment], margin: margin) + segment.width
            if room >= segment.width {
                kept.append(segment)
            } else {
                if let shortened = segment.shortened(to: room) { kept.append(shortened) }
                break
            }
        }
        let left = kept.filter { $0.side == .left }.sorted { $0.order < $1.order }
        let right = kept.filter { $0.side == .right }.sorted { $0.order < $1.order }
        var placements: [Placement] = []
        var x = margin
        for (index, segment) in left.enumerated() {
            if index > 0 { x += segment.spacing }
            placements.append(Placement(segment: segment, x: x))
            x += segment.width
        }
        x = width - margin
        for (index, segment) in right.enumerated().reversed() {
            x -= segment.width
            placements.append(Placement(segment: segment, x: x))
            if index > 0 { x -= segment.spacing }
        }
        return placements
    }

    /// Draws the segments that fit on row `y`.
    public func draw(into grid: inout CellGrid, y: Int) {
        for placement in placements(width: grid.width) {
            var x = placement.x
            for run in placement.segment.runs { x = grid.put(run.text, x: x, y: y, role: run.role) }
        }
    }

    /// Columns taken by `segments` in display order: their widths, the spacing between neighbours (between the two
    /// sides, that of the first right-side segment) and both margins.
    private static func width(of segments: [Segment], margin: Int) -> Int {
        let left = segments.filter { $0.side == .left }.sorted { $0.order < $1.order }
        let right = segments.filter { $0.side == .right }.sorted { $0.order < $1.order }
        let line = left + right
        return 2 * margin + line.reduce(0) { $0 + $1.width } + line.dropFirst().reduce(0) { $0 + $1.spacing }
    }
}
