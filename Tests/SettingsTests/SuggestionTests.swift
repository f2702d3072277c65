import Testing

@testable import Settings

@Suite struct SuggestionTests {
    @Test(arguments: [
        ("boostrap_servers", "bootstrap_servers"), ("them", "theme"), ("stale_after", "stale_after_minutes"),
        ("colums", "columns"), ("xyzzy", nil),
    ])
    func theClosestKnownWordIsSuggested(word: String, suggestion: String?) {
        #expect(Suggestion.closest(to: word, among: SettingsFile.topLevelKeys + SettingsFile.profileKeys) == suggestion)
    }

    @Test func withNothingCloseTheKnownWordsAreListed() {
        #expect(Suggestion.hint(for: "xyzzy", among: ["a", "b"]) == " (known: a, b)")
        #expect(Suggestion.distance("kitten", "sitting") == 3)
    }
}
