import Foundation
import Synchronization

/// Works around a lost wake-up in librdkafka 2.0.2's mock cluster: a request to its thread (create a topic, move a
/// leader, take a broker down) is now and then served only at that thread's next one-second poll timeout, so
/// starting a broker with five topics took 0, 1 or 2 s. A TCP connection to a listener wakes the thread's poll, so
/// while a request waits a helper thread connects to the cluster every 5 ms (and closes at once).
struct MockClusterWakeup: Sendable {
    /// A listener of the cluster, `host:port` (the first of its bootstrap servers).
    let listener: String

    /// Runs `request` (a call that waits for the mock cluster's thread) while poking the cluster awake.
    func promptly<Result, Failure: Error>(_ request: () throws(Failure) -> Result) throws(Failure) -> Result {
        let done = Atomic<Bool>(false)
        let port = UInt16(listener.split(separator: ":").last.flatMap { UInt16($0) } ?? 0)
        let poker = Thread {
            while !done.load(ordering: .relaxed) {
                Self.connectAndClose(port: port)
                usleep(5_000)
            }
        }
        poker.start()
        defer { done.store(true, ordering: .relaxed) }
        return try request()
    }

    private static func connectAndClose(port: UInt16) {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return }
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = port.bigEndian
        address.sin_addr.s_addr = UInt32(0x7f00_0001).bigEndian
        _ = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
    }
}
