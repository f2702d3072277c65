import MarketData

/// `topics --format table`: the brokers, then the partitions, then the group, as aligned plain-text columns.
enum TopicsTable {
    static func text(_ cluster: ClusterSnapshot) -> String {
        let missing = "-"
        func rtt(_ micros: Int64?) -> String { micros.map { String(format: "%.1f ms", Double($0) / 1000) } ?? missing }
        let brokers = columns(
            ["BROKER", "ADDRESS", "STATE", "RTT AVG", "RTT P99"],
            cluster.brokers.map { [String($0.id), $0.address, $0.state, rtt($0.rttAverageMicros), rtt($0.rttP99Micros)] },
            leftAligned: [1, 2])
        let partitions = columns(
            ["TOPIC", "PARTITION", "LEADER", "HIGH WATERMARK", "COMMITTED", "LAG", "RECORDS/S", "BYTES/S"],
            cluster.partitions.map { partition in
                [
                    partition.topic, String(partition.partition), partition.leader.map(String.init) ?? missing,
                    partition.highWatermark.map(String.init) ?? missing, partition.committed.map(String.init) ?? missing,
                    partition.lag.map(String.init) ?? missing, partition.recordsPerSecond.map { String(format: "%.1f", $0) } ?? missing,
                    partition.bytesPerSecond.map { String(format: "%.0f", $0) } ?? missing,
                ]
            },
            leftAligned: [0])
        var text = brokers + "\n" + partitions
        if let group = cluster.group {
            text += "\ngroup \(group.id): \(group.state), \(group.members.count) member\(group.members.count == 1 ? "" : "s")\n"
            for member in group.members { text += "  \(member.id)  \(member.clientID)  \(member.host)\n" }
        }
        return text
    }

    /// Rows under titles, each column as wide as its widest cell, numbers right-aligned (the last column is one), two
    /// spaces apart.
    static func columns(_ titles: [String], _ rows: [[String]], leftAligned: Set<Int>) -> String {
        let widths = titles.indices.map { column in ([titles] + rows).map { $0[column].count }.max()! }
        return ([titles] + rows).map { cells in
            cells.enumerated().map { column, cell in
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                return leftAligned.contains(column) ? cell + padding : padding + cell
            }.joined(separator: "  ") + "\n"
        }.joined()
    }
}
