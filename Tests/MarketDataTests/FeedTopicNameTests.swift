import MarketData
import Testing

/// A topic's kind comes from its name: the defaults, any `*.kind`, and `*.kind.computed` (the index processor's
/// output); other names are no kind the dashboard decodes.
@Suite struct FeedTopicNameTests {
    @Test(arguments: [
        ("pse.trades", FeedTopic.trades), ("staging.pse.trades", .trades), ("pse.quotes", .quotes), ("pse.index", .index),
        ("pse.index.computed", .index), ("desk.pse.index.computed", .index), ("pse.status", .status), ("pse.ref", .reference),
    ])
    func namesEndingInAKindAreThatKind(name: String, kind: FeedTopic) {
        #expect(FeedTopic(topicName: name) == kind)
    }

    @Test(arguments: ["pse.index.partials", "computed", "pse.computed", "pse.alerts", "trades.raw", ""])
    func otherNamesAreNoKind(name: String) {
        #expect(FeedTopic(topicName: name) == nil)
    }
}
