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

@Suite struct FaultInjectionTests {
    /// Fetch errors, a leader move to the other broker and 50 ms of round-trip time while reading: every
    /// record still arrives exactly once.
    @Test func fetchErrorsLeaderChangeAndLatencyLoseNothing() throws {
        let broker = try EmbeddedBroker(brokers: 2, partitions: 2, logger: quietLogger)
        let sent = simulatedRecords(3_000)
        let producer = try KafkaProducer(bootstrapServers: broker.bootstrapServers, logger: quietLogger)
        for record in sent { try producer.send(record) }
        try producer.flush()

        let notLeaderForPartition: Int32 = 6, requestTimedOut: Int32 = 7
        broker.failRequests(.fetch, with: [notLeaderForPartition, requestTimedOut, notLeaderForPartition])
        try broker.setRoundTripTime(1, milliseconds: 50)
        try broker.setRoundTripTime(2, milliseconds: 50)
        let consumer = try KafkaConsumer(bootstrapServers: broker.bootstrapServers, logger: quietLogger)
        var received = consumer.poll(timeoutMs: 500).records
        try broker.setPartitionLeader(topic: "pse.trades", partition: 0, brokerID: 2)
        try broker.setPartitionLeader(topic: "pse.trades", partition: 1, brokerID: 1)
        received += consumeAll(consumer, expected: sent.count - received.count, seconds: 60).records
        #expect(received.count == sent.count)
        #expect(Set(received.map(\.value)) == Set(sent.map(\.value)))
    }
}
