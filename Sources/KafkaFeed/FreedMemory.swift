import CRdKafka

/// The process's freed heap memory.
public enum FreedMemory {
    /// Gives the free pages of every malloc arena back to the system (glibc's `malloc_trim`). After a catch-up the
    /// buffers librdkafka read ahead and the records decoded from them are freed, but glibc keeps their pages in its
    /// per-thread arenas, so the process would stay at its catch-up peak. Costs a walk over the arenas (well under a
    /// millisecond): call it after a burst, not per batch.
    public static func giveBack() { _ = psei_malloc_trim() }

    /// Blocks of 1 MiB or more get a mapping of their own, given back to the system as soon as they are freed. By
    /// default glibc raises that threshold (up to 32 MiB) each time such a block is freed, after which the buffers a
    /// growing array leaves behind (the DVR's log, a day's tapes, librdkafka's fetches) stay in the heap as holes: a
    /// `watch` left running for ten days moved between 45 and 66 MiB from one quiet day to the next, and with the
    /// threshold fixed it stays at 42–44 (Benchmarks/README.md, soak). Call it once, first thing.
    public static func mapLargeBlocksApart() { _ = psei_malloc_mmap_threshold(1 << 20) }
}
