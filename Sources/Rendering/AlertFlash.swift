import Dashboard
import MarketData

/// The status bar's flash: the newest announced alert (`Alert.isAnnounced`), for ten seconds of wall time after it
/// was announced — `⚑ 10:27:21 ALI halted: pending disclosure` (the data time, Manila, then the alert's message).
/// Alerts fired while a replay seeked or a snapshot was computed are never announced, so they never flash.
enum AlertFlash {
    /// How long a flash lasts, in wall-clock milliseconds.
    static let durationMillis: EpochMillis = 10_000

    /// The alert to flash at wall time `now`, if one was announced less than `durationMillis` before.
    static func alert(in alerts: AlertBook, now: EpochMillis) -> Alert? {
        guard let alert = alerts.fired.last(where: \.isAnnounced), (0..<durationMillis).contains(now - alert.announcedAt) else {
            return nil
        }
        return alert
    }

    /// The flash's text: the alert mark, the data time with seconds, and the message.
    static func text(_ alert: Alert, glyphs: Glyphs) -> String {
        let time = alert.dataTime.map { Format.clock($0, seconds: true) + " " } ?? ""
        return "\(glyphs.alert) \(time)\(alert.message)"
    }
}
