import Foundation
import MarketData

extension KafkaConsumer {
    /// How often group mode asks the coordinator for the group's members (the statistics only know this client's).
    static let membersQueryNanoseconds: UInt64 = 5_000_000_000

    /// The cluster as a statistics report shows it, with rates since the previous report, the newest record time
    /// of each partition, and in group mode the group's name and members.
    func cluster(from report: Data) -> ClusterSnapshot? {
        guard let statistics = ClusterStatistics(json: report) else { return nil }
        defer { previousStatistics = statistics }
        var snapshot = statistics.snapshot(since: previousStatistics)
        for index in snapshot.partitions.indices {
            let partition = snapshot.partitions[index]
            snapshot.partitions[index].lastRecordTime =
                lastRecordTimes[TopicPartition(topic: partition.topic, partition: partition.partition)]
        }
        guard case .group(let name) = mode else {
            snapshot.group = nil
            return snapshot
        }
        refreshGroupMembers(name)
        var group = snapshot.group ?? ClusterSnapshot.Group(id: name, state: "?")
        group.id = TerminalSafe.sanitize(name)
        group.members = groupMembers
        snapshot.group = group
        return snapshot
    }

    /// Asks for the group's members at most every `membersQueryNanoseconds` (a failed answer keeps the last list).
    private func refreshGroupMembers(_ group: String) {
        let now = DispatchTime.now()
        guard now.uptimeNanoseconds >= lastMembersQuery.uptimeNanoseconds + Self.membersQueryNanoseconds else { return }
        lastMembersQuery = now
        do {
            groupMembers = try handle.describeGroup(group, timeoutMs: 1000).members
        } catch {
            logger.info("\(error)")
        }
    }
}
