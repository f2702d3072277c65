/// The time typed after `g` (go to a time, `HH:MM[:SS]`) and why the last one entered was not taken.
public struct GoToPrompt: Hashable, Sendable {
    /// The characters typed so far.
    public var text = ""
    /// Why the time entered was not taken (`25:99 is not a time of day …`), until the next key.
    public var problem: String?

    public init(text: String = "", problem: String? = nil) {
        self.text = text
        self.problem = problem
    }
}
