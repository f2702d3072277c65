import Dashboard

/// How the screens write net foreign buying: `₱−781.7M` in the role of a rise when foreigners bought more than
/// they sold and of a fall when they sold more; nothing at all while no trade has carried a foreign flag.
enum ForeignFlowText {
    /// The net figure in at most `width` characters and its role; nil before any foreign trade.
    static func net(_ flow: ForeignFlow, width: Int, context: RenderContext) -> (text: String, role: StyleRole)? {
        guard flow != ForeignFlow() else { return nil }
        return (Format.netMoney(flow.netUnits, glyphs: context.glyphs, width: width), context.role(Int(flow.netUnits.signum())))
    }

    /// The header's `NFB ₱−781.7M` (net foreign buying of the market) at display `order`.
    static func headerSegment(_ flow: ForeignFlow, order: Int, context: RenderContext) -> [SegmentedLine.Segment] {
        guard let (text, role) = net(flow, width: Format.moneyWidth + 1, context: context) else { return [] }
        return [
            SegmentedLine.Segment(
                [SegmentedLine.Run("NFB ", .label), SegmentedLine.Run(text, role)], side: .left, order: order, spacing: 3)
        ]
    }
}
