import Dashboard
import MarketData

/// The Kafka cluster (`K` on the table), as the consumer's statistics last showed it: the consumer group line, the
/// brokers (id, address, connection state, round-trip time) and the partitions read (leader, high watermark,
/// position, in group mode the committed offset, lag, records/s, bytes/s, the time of the newest record). Partition
/// columns that do not fit the width are left out, least important first; when the partitions do not fit the height,
/// the list scrolls to keep the selected one shown and its last line says which are shown.
enum ClusterScreen {
    static func draw(_ state: DashboardState, in rect: BoxFrame.Rect, into grid: inout CellGrid, context: RenderContext) {
        let separator = context.glyphs.separator
        guard let cluster = state.feed.cluster else {
            let inner = BoxFrame.draw(rect, title: "Kafka", into: &grid, glyphs: context.glyphs)
            for (row, line) in noStatisticsLines.prefix(inner.height).enumerated() {
                grid.put(" " + line, x: inner.x, y: inner.y + row, role: row == 0 ? .normal : .label, maxWidth: inner.width)
            }
            return
        }
        let lag = cluster.partitions.compactMap(\.lag).reduce(0, +)
        let title =
            "Kafka\(separator)\(count(cluster.brokers.count, "broker"))\(separator)\(count(cluster.partitions.count, "partition"))"
            + "\(separator)lag \(Quantity(lag).grouped)"
        let inner = BoxFrame.draw(rect, title: title, into: &grid, glyphs: context.glyphs)
        var y = inner.y
        let group = Format.truncated(" " + groupLine(cluster.group, separator: separator), width: inner.width, glyphs: context.glyphs)
        grid.put(group, x: inner.x, y: y, role: .label)
        y += 2
        y = drawBrokers(cluster.brokers, x: inner.x, y: y, bottom: inner.y + inner.height, into: &grid, context: context) + 1
        drawPartitions(
            cluster, selected: state.ui.clusterSelected,
            in: BoxFrame.Rect(x: inner.x, y: y, width: inner.width, height: inner.y + inner.height - y), into: &grid, context: context)
    }

    /// What the view says before the first statistics report.
    static let noStatisticsLines = [
        "No cluster facts yet.", "",
        "They come from the Kafka consumer's statistics (statistics.interval.ms, once a second unless -X sets it):",
        "watch and demo show them; a replay or a snapshot reads no cluster.",
    ]

    /// `Group psei · up, steady · 4 partitions assigned · 2 members: psei-ticker@/10.0.0.5, …`, or no group.
    static func groupLine(_ group: ClusterSnapshot.Group?, separator: String) -> String {
        guard let group else { return "No consumer group: reading every partition, moving no offsets" }
        var line = "Group \(group.id)\(separator)\(group.state)" + (group.joinState.map { ", \($0)" } ?? "")
        if let assigned = group.assignedPartitions { line += "\(separator)\(count(assigned, "partition")) assigned to us" }
        if !group.members.isEmpty {
            line +=
                "\(separator)\(count(group.members.count, "member")): "
                + group.members.map { "\($0.clientID)@\($0.host)" }.joined(separator: ", ")
        }
        return line
    }

    private static func count(_ value: Int, _ noun: String) -> String {
        "\(Quantity(Int64(value)).grouped) \(noun)\(value == 1 ? "" : "s")"
    }

    /// The brokers' table from `y`; returns the line after it.
    private static func drawBrokers(
        _ brokers: [ClusterSnapshot.Broker], x: Int, y: Int, bottom: Int, into grid: inout CellGrid, context: RenderContext
    ) -> Int {
        let addressWidth = min(max(brokers.map(\.address.count).max() ?? 0, "ADDRESS".count), 40)
        let idEnd = x + 7, address = idEnd + gap, state = address + addressWidth + gap
        let averageEnd = state + stateWidth + gap + rttWidth, p99End = averageEnd + gap + rttWidth
        grid.putRight("BROKER", right: idEnd, y: y, role: .label)
        grid.put("ADDRESS", x: address, y: y, role: .label)
        grid.put("STATE", x: state, y: y, role: .label)
        grid.putRight("RTT avg", right: averageEnd, y: y, role: .label)
        grid.putRight("p99", right: p99End, y: y, role: .label)
        var line = y + 1
        for broker in brokers where line < bottom {
            grid.putRight(String(broker.id), right: idEnd, y: line)
            grid.put(Format.truncated(broker.address, width: addressWidth, glyphs: context.glyphs), x: address, y: line)
            grid.put(
                Format.truncated(broker.state, width: stateWidth, glyphs: context.glyphs), x: state, y: line, role: role(of: broker.state))
            grid.putRight(milliseconds(broker.rttAverageMicros, glyphs: context.glyphs), right: averageEnd, y: line)
            grid.putRight(milliseconds(broker.rttP99Micros, glyphs: context.glyphs), right: p99End, y: line)
            line += 1
        }
        return line
    }

    /// `UP` is live; a broker down is an error; anything in between (connecting, authenticating) a warning.
    static func role(of brokerState: String) -> StyleRole {
        switch brokerState {
        case "UP": .live
        case "DOWN": .error
        default: .warning
        }
    }

    /// `0.4 ms` from µs.
    private static func milliseconds(_ micros: Int64?, glyphs: Glyphs) -> String {
        micros.map { Format.fixed(Double($0) / 1000, decimals: 1) + " ms" } ?? glyphs.missing
    }

    /// One column of the partitions' table: its title, width, and the text and role of a partition's cell.
    struct Column {
        let title: String
        let width: Int
        let leftAligned: Bool
        let cell: (ClusterSnapshot.Partition) -> (text: String, role: StyleRole)
    }

    /// The columns in the order shown, each with its rank: the lowest ranks go first when the width runs out. The
    /// group's committed offsets are shown in group mode, and go first.
    static func columns(topicWidth: Int, cluster: ClusterSnapshot, glyphs: Glyphs) -> [(rank: Int, column: Column)] {
        let missing = glyphs.missing
        func offset(_ value: Int64?, width: Int) -> String { value.map { Format.count($0, width: width, glyphs: glyphs) } ?? missing }
        let brokerStates = Dictionary(cluster.brokers.map { ($0.id, $0.state) }, uniquingKeysWith: { first, _ in first })
        let committed = Column(title: "COMMITTED", width: 10, leftAligned: false) { (offset($0.committed, width: 10), .normal) }
        return [
            (
                9,
                Column(title: "TOPIC", width: topicWidth, leftAligned: true) {
                    (Format.truncated($0.topic, width: topicWidth, glyphs: glyphs), .normal)
                }
            ),
            (8, Column(title: "PART", width: 4, leftAligned: false) { (String($0.partition), .normal) }),
            (
                7,
                Column(title: "LEADER", width: 6, leftAligned: false) { partition in
                    let state = partition.leader.flatMap { brokerStates[$0] }
                    return (partition.leader.map(String.init) ?? missing, state == nil || state == "UP" ? .normal : role(of: state!))
                }
            ),
            (6, Column(title: "HW", width: 10, leftAligned: false) { (offset($0.highWatermark, width: 10), .normal) }),
            (4, Column(title: "POSITION", width: 10, leftAligned: false) { (offset($0.position, width: 10), .normal) }),
        ] + (cluster.group == nil ? [] : [(0, committed)]) + [
            (
                5,
                Column(title: "LAG", width: 8, leftAligned: false) {
                    ($0.lag.map { Format.count($0, width: 8, glyphs: glyphs) } ?? missing, ($0.lag ?? 0) > 0 ? .warning : .normal)
                }
            ),
            (
                3,
                Column(title: "REC/S", width: 8, leftAligned: false) {
                    ($0.recordsPerSecond.map { Format.fixed($0, decimals: 1) } ?? missing, .normal)
                }
            ),
            (
                2,
                Column(title: "B/S", width: 7, leftAligned: false) { partition in
                    (
                        partition.bytesPerSecond.map { Format.fit(Int128($0.rounded()), scale: 0, decimals: 0, width: 7, glyphs: glyphs) }
                            ?? missing, .normal
                    )
                }
            ),
            (
                1,
                Column(title: "LAST", width: 8, leftAligned: false) {
                    ($0.lastRecordTime.map { Format.clock($0, seconds: true) } ?? missing, .normal)
                }
            ),
        ]
    }

    static let gap = 2
    /// The longest broker state librdkafka reports, `APIVERSION_QUERY`; an RTT such as `250.0 ms`.
    static let stateWidth = 16, rttWidth = 9

    /// The first of `count` partitions shown in `rows` lines with `selected` among them: the selection as near the
    /// middle as the ends of the list allow.
    static func firstShown(count: Int, rows: Int, selected: Int) -> Int {
        max(0, min(selected - rows / 2, count - rows))
    }

    private static func drawPartitions(
        _ cluster: ClusterSnapshot, selected: Int, in rect: BoxFrame.Rect, into grid: inout CellGrid, context: RenderContext
    ) {
        guard rect.height >= 2 else { return }
        let topicWidth = min(max(cluster.partitions.map(\.topic.count).max() ?? 0, "TOPIC".count), 24)
        var all = columns(topicWidth: topicWidth, cluster: cluster, glyphs: context.glyphs)
        while all.count > 1 && 1 + all.map(\.column.width).reduce(0, +) + gap * (all.count - 1) > rect.width {
            all.remove(at: all.indices.min { all[$0].rank < all[$1].rank }!)
        }
        let shown = all.map(\.column)
        let count = cluster.partitions.count
        let rows = count > rect.height - 1 ? rect.height - 2 : count
        let selected = min(selected, count - 1)
        let first = firstShown(count: count, rows: rows, selected: selected)
        // The titles' line, then a line per partition.
        let lines: [ClusterSnapshot.Partition?] = [nil] + cluster.partitions[first..<first + rows].map { $0 }
        var x = rect.x + 1
        for column in shown {
            let right = x + column.width
            for (offset, partition) in lines.enumerated() {
                let (text, role) = partition.map(column.cell) ?? (column.title, .label)
                if column.leftAligned {
                    grid.put(text, x: x, y: rect.y + offset, role: role, maxWidth: column.width)
                } else {
                    grid.putRight(text, right: right, y: rect.y + offset, role: role)
                }
            }
            x = right + gap
        }
        guard rows < count else { return }
        grid.restyle(x: rect.x, y: rect.y + 1 + selected - first, width: rect.width, role: .selection)
        grid.put(
            " \(first + 1)–\(first + rows) of \(Self.count(count, "partition"))", x: rect.x, y: rect.y + 1 + rows,
            role: .label, maxWidth: rect.width)
    }
}
