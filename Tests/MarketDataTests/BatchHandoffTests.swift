import Foundation
import MarketData
import Synchronization
import Testing

/// The hand-off between `KafkaDrain`'s reading thread and the caller: order kept, bounded, and a consumer that gives
/// up releases a producer waiting on a full queue.
@Suite struct BatchHandoffTests {
    @Test func everyItemArrivesOnceInOrderThoughTheQueueHoldsTwo() {
        let handoff = BatchHandoff<Int>(capacity: 2)
        let mostWaiting = Atomic<Int>(0)
        let producer = Thread {
            for item in 0..<1_000 { handoff.put(item) }
            handoff.finish()
        }
        producer.start()
        var taken: [Int] = []
        while let item = handoff.take() {
            taken.append(item)
            if item % 100 == 0 { usleep(1_000) }  // a slow consumer: the producer must wait, not pile up
            mostWaiting.store(max(mostWaiting.load(ordering: .relaxed), handoff.waiting), ordering: .relaxed)
        }
        #expect(taken == Array(0..<1_000))
        #expect(mostWaiting.load(ordering: .relaxed) <= 2)
    }

    @Test func aConsumerThatStopsReleasesTheWaitingProducer() {
        let handoff = BatchHandoff<Int>(capacity: 1)
        let produced = Atomic<Int>(0)
        let producer = Thread {
            for item in 0..<100 where !handoff.isCancelled {
                handoff.put(item)
                produced.add(1, ordering: .relaxed)
            }
            handoff.finish()
        }
        producer.start()
        #expect(handoff.take() == 0)
        handoff.cancelAndWaitForFinish()  // returns only once the producer has finished
        #expect(produced.load(ordering: .relaxed) < 100)
        #expect(handoff.take() == nil)
    }
}
