import Foundation
import KafkaFeed
import MarketData
import Testing

@Suite struct BrokerOutageTests {
    /// The only broker goes down for two seconds while records are being produced and consumed, then comes
    /// back: the consumer reports the outage and ends with every record exactly once.
    @Test func aBrokerDownAndUpAgainMidStreamLosesNothing() throws {
        let broker = try EmbeddedBroker(partitions: 4, logger: quietLogger)
        let sent = simulatedRecords(6_000)
        let producer = try KafkaProducer(bootstrapServers: broker.bootstrapServers, logger: quietLogger)
        let consumer = try KafkaConsumer(bootstrapServers: broker.bootstrapServers, logger: quietLogger)
        var received: [FeedRecord] = []
        var events: [KafkaEvent] = []

        for (index, record) in sent.enumerated() {
            try producer.send(record)
            if index % 500 == 0 {
                producer.poll()
                let batch = consumer.poll(timeoutMs: 10)
                received += batch.records
                events += batch.events
            }
            if index == 2_000 {
                try broker.setBrokerDown(1)
                let downUntil = Date().addingTimeInterval(2)
                while Date() < downUntil {
                    let batch = consumer.poll(timeoutMs: 100)
                    received += batch.records
                    events += batch.events
                }
                try broker.setBrokerUp(1)
            }
        }
        try producer.flush(timeoutMs: 30_000)
        let rest = consumeAll(consumer, expected: sent.count - received.count, seconds: 30)
        received += rest.records
        events += rest.events

        #expect(producer.deliveryReport.delivered == sent.count)
        #expect(received.count == sent.count)
        #expect(Set(received.map(\.value)) == Set(sent.map(\.value)))
        #expect(events.contains { if case .brokerDown = $0 { true } else if case .allBrokersDown = $0 { true } else { false } })
    }
}
