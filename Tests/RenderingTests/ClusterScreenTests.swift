import Dashboard
import GoldenFiles
import MarketData
import Rendering
import Testing

/// The Kafka view (`K`): the group line, the brokers and the partitions, at the sizes users run, from a cluster of
/// three brokers (one down, one connecting) with the five pse.* topics in three partitions each.
@Suite struct ClusterScreenTests {
    static let sizes = [(80, 24), (120, 40), (200, 60)]
    static let day = simulatedState(until: "11:00")

    static let cluster: ClusterSnapshot = {
        let brokers = [
            ClusterSnapshot.Broker(id: 1, address: "kafka-1.pse.internal:9092", state: "UP", rttAverageMicros: 412, rttP99Micros: 1_830),
            ClusterSnapshot.Broker(id: 2, address: "kafka-2.pse.internal:9092", state: "DOWN"),
            ClusterSnapshot.Broker(
                id: 3, address: "kafka-3.pse.internal:9092", state: "CONNECT", rttAverageMicros: 95_100, rttP99Micros: 250_000),
        ]
        var partitions: [ClusterSnapshot.Partition] = []
        for (topicIndex, topic) in FeedTopic.defaultNames.sorted().enumerated() {
            for number in Int32(0)..<3 {
                let written = Int64(1_000 * (topicIndex + 1) + 37 * Int(number))
                var partition = ClusterSnapshot.Partition(topic: topic, partition: number, leader: number + 1, highWatermark: written)
                partition.position = written - Int64(number) * 5
                partition.committed = written - 100
                partition.lag = Int64(number) * 5
                partition.recordsPerSecond = Double(topicIndex) * 12.5 + Double(number)
                partition.bytesPerSecond = Double(topicIndex) * 2_600 + Double(number) * 1_000_000
                partition.lastRecordTime = number == 2 ? nil : 1_764_039_600_000 + EpochMillis(topicIndex * 1_000)
                partitions.append(partition)
            }
        }
        let members = [
            ClusterSnapshot.Member(id: "psei-ticker-0c1f", clientID: "psei-ticker", host: "/10.0.0.5"),
            ClusterSnapshot.Member(id: "psei-ticker-77a2", clientID: "psei-ticker", host: "/10.0.0.9"),
        ]
        return ClusterSnapshot(
            brokers: brokers, partitions: partitions,
            group: ClusterSnapshot.Group(id: "desk", state: "up", joinState: "steady", assignedPartitions: 15, members: members))
    }()

    static func showing(_ cluster: ClusterSnapshot?) -> DashboardState {
        var state = day
        if let cluster { Dashboard.reduce(into: &state, action: .cluster(cluster)) }
        Dashboard.reduce(into: &state, action: .key(.toggleCluster))
        return state
    }

    static func frame(_ state: DashboardState, width: Int, height: Int) -> CellGrid {
        Renderer.render(state, width: width, height: height, context: RenderContext(glyphs: .unicode))
    }

    @Test(arguments: sizes)
    func clusterViewFrame(size: (Int, Int)) throws {
        let grid = Self.frame(Self.showing(Self.cluster), width: size.0, height: size.1)
        let text = FrameExport.text(grid)
        #expect(text.contains("Kafka · 3 brokers · 15 partitions · lag 75"), "\(text)")
        #expect(text.contains("Group desk · up, steady · 15 partitions assigned to us · 2 members"), "\(text)")
        #expect(text.contains("kafka-2.pse.internal:9092  DOWN"), "\(text)")
        try assertSnapshot(text, named: "kafka-\(size.0)x\(size.1).txt")
        try assertSnapshot(RoleMap.text(grid), named: "kafka-\(size.0)x\(size.1).roles.txt")
    }

    /// The partitions' columns that do not fit go least important first: the last record time, then bytes/s…
    @Test func narrowScreensLeaveOutTheLeastImportantColumns() {
        let wide = FrameExport.text(Self.frame(Self.showing(Self.cluster), width: 120, height: 40))
        let narrow = FrameExport.text(Self.frame(Self.showing(Self.cluster), width: 80, height: 40))
        let small = FrameExport.text(Self.frame(Self.showing(Self.cluster), width: 56, height: 40))
        for title in ["TOPIC", "PART", "LEADER", "HW", "POSITION", "COMMITTED", "LAG", "REC/S", "B/S", "LAST"] {
            #expect(wide.contains(" \(title)"), "\(title)")
        }
        #expect(!narrow.contains("COMMITTED") && !narrow.contains(" LAST") && narrow.contains(" B/S"))
        #expect(small.contains(" LAG") && !small.contains("POSITION") && !small.contains("REC/S"))
    }

    /// Partitions beyond the height scroll with the selection, kept near the middle, and the last line says which are
    /// shown; all of them fit on a tall screen.
    @Test func partitionsThatDoNotFitScrollWithTheSelection() throws {
        var state = Self.showing(Self.cluster)
        let short = FrameExport.text(Self.frame(state, width: 120, height: 24))
        #expect(short.contains(" 1–10 of 15 partitions"), "\(short)")
        for _ in 0..<8 { Dashboard.reduce(into: &state, action: .key(.down)) }
        let grid = Self.frame(state, width: 120, height: 24)
        let scrolled = FrameExport.text(grid)
        // The ninth partition (pse.status[2]) is selected: partitions 4 to 13 are shown.
        #expect(scrolled.contains(" 4–13 of 15 partitions"), "\(scrolled)")
        let row = try #require((0..<grid.height).first { grid.text(row: $0).contains("pse.ref        2") })
        #expect(grid[5, row].role == .selection)
        #expect(grid[5, row - 1].role != .selection)
        Dashboard.reduce(into: &state, action: .key(.end))
        #expect(FrameExport.text(Self.frame(state, width: 120, height: 24)).contains(" 6–15 of 15 partitions"))
        let tall = FrameExport.text(Self.frame(Self.showing(Self.cluster), width: 120, height: 40))
        #expect(!tall.contains(" of 15 partitions") && tall.contains("pse.trades"))
    }

    /// A leader on a broker that is down is drawn as an error; one connecting as a warning; one up as usual.
    @Test func leadersOnBrokersNotUpStandOut() throws {
        let grid = Self.frame(Self.showing(Self.cluster), width: 120, height: 40)
        let row = try #require((0..<grid.height).first { grid.text(row: $0).contains("pse.index ") })
        let columns = try #require(grid.text(row: row).firstRange(of: "pse.index"))
        let text = grid.text(row: row)
        // The topic column is as wide as the longest topic (pse.trades), then PART and LEADER, two apart.
        let leaderEnd = text.distance(from: text.startIndex, to: columns.lowerBound) + 10 + 2 + 4 + 2 + 6 - 1
        #expect(grid[leaderEnd, row].character == "1" && grid[leaderEnd, row].role == .normal)
        #expect(grid[leaderEnd, row + 1].character == "2" && grid[leaderEnd, row + 1].role == .error)
        #expect(grid[leaderEnd, row + 2].character == "3" && grid[leaderEnd, row + 2].role == .warning)
    }

    @Test func beforeTheFirstReportItSaysWhereTheFactsComeFrom() {
        let text = FrameExport.text(Self.frame(Self.showing(nil), width: 120, height: 40))
        #expect(text.contains("No cluster facts yet.") && text.contains("statistics.interval.ms"), "\(text)")
    }

    @Test func withoutAGroupItSaysNoOffsetsMove() {
        var cluster = Self.cluster
        cluster.group = nil
        let text = FrameExport.text(Self.frame(Self.showing(cluster), width: 120, height: 40))
        #expect(text.contains("No consumer group: reading every partition, moving no offsets"), "\(text)")
        #expect(!text.contains("COMMITTED"), "\(text)")
    }
}
