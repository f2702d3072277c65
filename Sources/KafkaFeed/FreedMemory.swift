import CRdKafka

/// The process's freed heap memory.
public enum FreedMemory {
    /// Gives the free pages of every malloc arena back to the system (glibc's `malloc_trim`). After a catch-up the
    /// buffers librdkafka read ahead and the records decoded from them are freed, but glibc keeps their pages in its
    /// per-thread arenas, so the process would stay at its catch-up peak. Costs a walk over the arenas (well under a
    /// millisecond): call it after a burst, not per batch.
    public static func giveBack() { _ = psei_malloc_trim() }
}
