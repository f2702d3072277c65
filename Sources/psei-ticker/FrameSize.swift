/// A frame's size in cells, written `WIDTHxHEIGHT` (e.g. `120x40`).
struct FrameSize: Sendable {
    let width: Int
    let height: Int
}

/// `WIDTHxHEIGHT` with the width in `widths` and the height in `heights`.
struct FrameSizeRange: AcceptedValues {
    let widths: NumberRange<Int>
    let heights: NumberRange<Int>

    var summary: String { "WIDTHxHEIGHT, \(widths.summary) by \(heights.summary)" }

    func parse(_ text: String) -> FrameSize? {
        guard let (width, height) = split(text), let width = widths.parse(width), let height = heights.parse(height) else { return nil }
        return FrameSize(width: width, height: height)
    }

    func refusal(of text: String) -> String {
        guard let (width, height) = split(text) else { return "not WIDTHxHEIGHT" }
        return widths.parse(width) == nil ? "width \(widths.refusal(of: width))" : "height \(heights.refusal(of: height))"
    }

    func argument(for value: FrameSize) -> String { "\(value.width)x\(value.height)" }

    private func split(_ text: String) -> (String, String)? {
        let parts = text.lowercased().split(separator: "x", omittingEmptySubsequences: false)
        return parts.count == 2 ? (String(parts[0]), String(parts[1])) : nil
    }
}
