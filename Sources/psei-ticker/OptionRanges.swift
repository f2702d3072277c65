import Recording
import Rendering

/// What every numeric option accepts, in one place: each option's `--help` shows its range and its parser
/// enforces it.
enum OptionRanges {
    /// `replay --speed`: the replay's speed steps, which `+` and `-` move between.
    static let replaySpeed = PaceRange(factors: NumberRange(ReplayFeed.speeds.first!...ReplayFeed.speeds.last!))
    /// `--pace` of the simulated day and `feed --speed`: from a tenth of real time to a day in about two seconds.
    static let pace = PaceRange(factors: NumberRange(0.1...10_000))
    static let seed = NumberRange(UInt64.min...UInt64.max)
    /// Made-up listings are named X0001…X9999.
    static let extraSymbols = NumberRange(0...9_999)
    static let brokers = NumberRange(1...9)
    static let partitions = NumberRange(1...256)
    /// Minutes without a trade or quote before a stock is stale: six seconds to a day.
    static let staleAfterMinutes = NumberRange(0.1...1_440.0)
    /// Seconds to wait for a cluster: one second to an hour.
    static let timeoutSeconds = NumberRange(1.0...3_600)
    /// Seconds to record: one second to a week.
    static let durationSeconds = NumberRange(1.0...604_800)
    /// `topics --interval`: seconds records/s and bytes/s are measured over, a tenth of a second to a minute.
    static let rateWindowSeconds = NumberRange(0.1...60)
    /// `snapshot --size`: from the smallest frame the renderer lays out.
    static let frameSize = FrameSizeRange(
        widths: NumberRange(Renderer.minimumWidth...1_000),
        heights: NumberRange(Renderer.minimumHeight...1_000))
}
