/// What a Kafka client knows about the cluster it reads, at one moment: its brokers with their connection states and
/// round-trip times, the partitions it reads with their leaders, watermarks, offsets and rates, and its consumer group.
/// Built from librdkafka's statistics (`KafkaFeed.ClusterStatistics`); every string is terminal-safe.
public struct ClusterSnapshot: Hashable, Sendable, Codable {
    /// One broker of the cluster.
    public struct Broker: Hashable, Sendable, Codable {
        public var id: Int32
        /// `host:port`.
        public var address: String
        /// The client's connection to it: `UP`, `DOWN`, `CONNECT`, `INIT`…
        public var state: String
        /// Round-trip time of its requests, average and 99th percentile over the last interval, in µs; nil before any.
        public var rttAverageMicros: Int64?
        public var rttP99Micros: Int64?

        public init(id: Int32, address: String, state: String, rttAverageMicros: Int64? = nil, rttP99Micros: Int64? = nil) {
            self.id = id; self.address = address; self.state = state
            self.rttAverageMicros = rttAverageMicros; self.rttP99Micros = rttP99Micros
        }
    }

    /// One partition read, with what is known of it (nil: not known yet).
    public struct Partition: Hashable, Sendable, Codable {
        public var topic: String
        public var partition: Int32
        /// The broker id of its leader.
        public var leader: Int32?
        /// The offset the next record written will get.
        public var highWatermark: Int64?
        /// The next offset this client reads.
        public var position: Int64?
        /// The group's committed offset.
        public var committed: Int64?
        /// Records not read yet (or, for `topics` with a group, not committed yet).
        public var lag: Int64?
        public var recordsPerSecond: Double?
        public var bytesPerSecond: Double?
        /// The timestamp of the newest record handed over from it.
        public var lastRecordTime: EpochMillis?

        public init(topic: String, partition: Int32, leader: Int32? = nil, highWatermark: Int64? = nil) {
            self.topic = topic; self.partition = partition; self.leader = leader; self.highWatermark = highWatermark
        }
    }

    /// The consumer group this client is in (group mode only).
    public struct Group: Hashable, Sendable, Codable {
        public var id: String
        /// This client's view of it: `up`, `wait-coord`…, and its join state: `steady`, `wait-join`…
        public var state: String
        public var joinState: String?
        /// The partitions assigned to this client.
        public var assignedPartitions: Int?
        /// Every member, as the group's coordinator lists them; empty until asked.
        public var members: [Member]

        public init(id: String, state: String, joinState: String? = nil, assignedPartitions: Int? = nil, members: [Member] = []) {
            self.id = id; self.state = state; self.joinState = joinState; self.assignedPartitions = assignedPartitions
            self.members = members
        }
    }

    /// One member of a consumer group.
    public struct Member: Hashable, Sendable, Codable {
        public var id: String
        public var clientID: String
        public var host: String

        public init(id: String, clientID: String, host: String) { self.id = id; self.clientID = clientID; self.host = host }
    }

    /// Brokers by id; partitions by topic and number.
    public var brokers: [Broker]
    public var partitions: [Partition]
    public var group: Group?

    public init(brokers: [Broker] = [], partitions: [Partition] = [], group: Group? = nil) {
        self.brokers = brokers; self.partitions = partitions; self.group = group
    }
}
