import Foundation
import Synchronization

/// `work` applied to every element, up to `width` at once, each on a thread of its own (for child processes: while
/// one waits — for a broker, a timeout, its interval — others run); the results in the elements' order. An error is
/// thrown, the first in that order, only once every element has been worked on.
func concurrentMap<Element: Sendable, Output: Sendable>(
    _ elements: [Element], width: Int = 4, _ work: @escaping @Sendable (Element) throws -> Output
) throws -> [Output] {
    let slots = ResultSlots<Output>(count: elements.count)
    let workers = DispatchGroup()
    for _ in 0..<min(width, elements.count) {
        workers.enter()
        Thread {
            while let index = slots.claim() { slots.fill(index, with: Result { try work(elements[index]) }) }
            workers.leave()
        }.start()
    }
    workers.wait()
    return try slots.results.map { try $0.get() }
}

/// One slot per element for the results of `concurrentMap`, and the index of the next element to work on.
private final class ResultSlots<Output: Sendable>: Sendable {
    private let count: Int
    private let next = Mutex(0)
    private let filled: Mutex<[Result<Output, any Error>?]>

    init(count: Int) {
        self.count = count
        filled = Mutex(Array(repeating: nil, count: count))
    }

    /// The index of an element no worker has taken yet, or nil once all are taken.
    func claim() -> Int? {
        next.withLock { next in
            guard next < count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    func fill(_ index: Int, with result: Result<Output, any Error>) { filled.withLock { $0[index] = result } }

    /// Every slot's result; called after every worker has ended, when each is filled.
    var results: [Result<Output, any Error>] { filled.withLock { $0.map { $0! } } }
}

/// Starts `work` on a thread of its own at once; the function returned waits for its result (or its error).
func startInBackground<Output: Sendable>(_ work: @escaping @Sendable () throws -> Output) -> () throws -> Output {
    let ended = DispatchSemaphore(value: 0)
    let slot = ResultSlots<Output>(count: 1)
    Thread {
        slot.fill(0, with: Result { try work() })
        ended.signal()
    }.start()
    return {
        ended.wait()
        ended.signal()
        return try slot.results[0].get()
    }
}
