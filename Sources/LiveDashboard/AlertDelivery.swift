import Dashboard

/// Where the run loop sends the alerts it announces, besides the screen: the terminal's bell, a desktop
/// notification through the terminal, the `--on-alert` command. Each is off unless given.
public struct AlertDelivery: Sendable {
    public static let bell: UInt8 = 0x07

    public let ringsBell: Bool
    public let notification: TerminalNotification?
    public let hook: AlertHook?

    public init(ringsBell: Bool = false, notification: TerminalNotification? = nil, hook: AlertHook? = nil) {
        self.ringsBell = ringsBell; self.notification = notification; self.hook = hook
    }

    /// Delivers the announced alerts among `alerts` (those a replay's seek or rebuild fired are only listed): one
    /// bell for them all, a notification and a run of the hook for each. The bytes go through `backend`.
    public func deliver(_ alerts: some Collection<Alert>, to backend: FrameBackend) {
        let announced = alerts.filter(\.isAnnounced)
        guard !announced.isEmpty else { return }
        var bytes: [UInt8] = ringsBell ? [Self.bell] : []
        for alert in announced {
            if let notification { bytes += notification.bytes(title: "psei-ticker: \(alert.rule)", body: alert.message) }
            hook?.run(alert)
        }
        if !bytes.isEmpty { backend.emit(bytes) }
    }
}
