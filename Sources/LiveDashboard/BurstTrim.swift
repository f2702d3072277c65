import KafkaFeed

/// Gives the heap's free pages back to the system once the records stop coming after a burst of at least `burst`
/// of them (a catch-up, a new day read at full speed): glibc keeps in its arenas what librdkafka's read-ahead, the
/// decoding, the reducer and the live DVR freed, and the process would otherwise stay at its catch-up peak all day
/// (Benchmarks/README.md). Driven by the UI loop, the last to let go of a batch.
struct BurstTrim {
    static let burst = 10_000
    private var sinceTrim = 0

    /// Takes the number of records the loop just applied (0 when none came).
    mutating func applied(_ records: Int) {
        guard records == 0 else {
            sinceTrim += records
            return
        }
        guard sinceTrim >= Self.burst else { return }
        FreedMemory.giveBack()
        sinceTrim = 0
    }
}
