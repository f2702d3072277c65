import Foundation

/// A bounded queue between one producing thread and one consuming thread — the two halves of every reading pipeline
/// (`KafkaDrain` reading a cluster, `SessionPipeline` reading a session file): `put` waits while `capacity` items are
/// waiting, `take` waits for the next item and returns nil once the producer has finished and all were taken. The
/// consumer may stop early (`cancelAndWaitForFinish`), after which `put` drops items and returns at once.
public final class BatchHandoff<Item: Sendable>: @unchecked Sendable {
    private let condition = NSCondition()
    private let capacity: Int
    private var items: [Item] = []
    private var head = 0
    private var finished = false
    private var cancelled = false

    public init(capacity: Int) { self.capacity = capacity }

    /// Items put and not yet taken.
    public var waiting: Int { condition.withLock { items.count - head } }

    /// True once the consumer cancelled: the producer should stop.
    public var isCancelled: Bool { condition.withLock { cancelled } }

    /// Queues `item`, first waiting while the queue is full (not once cancelled).
    public func put(_ item: Item) {
        condition.withLock {
            while items.count - head >= capacity && !cancelled { condition.wait() }
            guard !cancelled else { return }
            items.append(item)
            condition.broadcast()
        }
    }

    /// The producer has no more items.
    public func finish() {
        condition.withLock {
            finished = true
            condition.broadcast()
        }
    }

    /// The next item, waiting for it; nil once the producer finished and every item was taken.
    public func take() -> Item? {
        condition.withLock {
            while head == items.count && !finished { condition.wait() }
            guard head < items.count else { return nil }
            let item = items[head]
            head += 1
            if head == items.count { items.removeAll(keepingCapacity: true); head = 0 }
            condition.broadcast()
            return item
        }
    }

    /// The consumer stops taking: drops what waits and lets a waiting `put` return; then waits for `finish`.
    public func cancelAndWaitForFinish() {
        condition.withLock {
            cancelled = true
            items.removeAll()
            head = 0
            condition.broadcast()
            while !finished { condition.wait() }
        }
    }
}
