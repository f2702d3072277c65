import Foundation
import MarketData

/// Where the user asked a read to start (`--offset`, `--from`): the beginning or end of each partition, or a moment —
/// the start of the Manila day, a Manila time of day, or an RFC 3339 timestamp. `startOffset(date:)` turns it into
/// the consumer's `KafkaConsumer.StartOffset`, a Manila time of day falling on the given Manila date.
public enum StartPoint: Hashable, Sendable {
    case beginning
    case end
    /// Midnight in Manila: every record of the trading day, reference data included.
    case today
    /// A Manila time of day, in seconds since midnight.
    case manilaClock(secondOfDay: Int)
    /// An instant, from an RFC 3339 timestamp.
    case instant(EpochMillis)

    /// What the parser accepts, for help and errors.
    public static let accepted =
        "beginning, end, today, a Manila time HH:MM[:SS] or an RFC 3339 timestamp such as 2026-11-25T10:30:00+08:00"

    /// `beginning`, `end`, `today`, `HH:MM[:SS]` or an RFC 3339 timestamp (`2026-11-25T10:30:00+08:00`,
    /// `2026-11-25T02:30:00.250Z`); nil for anything else.
    public init?(parsing text: String) {
        switch text {
        case "beginning": self = .beginning
        case "end": self = .end
        case "today": self = .today
        default:
            if let second = ManilaTime.secondOfDay(parsing: text) {
                self = .manilaClock(secondOfDay: second)
            } else if let instant = Self.rfc3339Millis(text) {
                self = .instant(instant)
            } else {
                return nil
            }
        }
    }

    /// The text that parses back to this point.
    public var argument: String {
        switch self {
        case .beginning: "beginning"
        case .end: "end"
        case .today: "today"
        case .manilaClock(let second):
            ManilaTime.hourMinute(secondOfDay: second) + (second % 60 == 0 ? "" : String(format: ":%02d", second % 60))
        case .instant(let millis): Self.rfc3339Text(millis)
        }
    }

    /// The consumer's start for this point, a Manila time of day (and `today`) falling on the Manila `date`
    /// (`YYYY-MM-DD`).
    public func startOffset(date: String) -> KafkaConsumer.StartOffset {
        switch self {
        case .beginning: .beginning
        case .end: .end
        case .today: .time(ManilaTime.epochMillis(date: date, secondOfDay: 0)!)
        case .manilaClock(let second): .time(ManilaTime.epochMillis(date: date, secondOfDay: second)!)
        case .instant(let millis): .time(millis)
        }
    }

    /// RFC 3339's date-time: `YYYY-MM-DDTHH:MM:SS[.fraction](Z|±HH:MM)`.
    private static func rfc3339Millis(_ text: String) -> EpochMillis? {
        let pattern = #"^(\d{4}-\d{2}-\d{2})[Tt](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?([Zz]|[+-]\d{2}:\d{2})$"#
        guard let match = text.wholeMatch(of: try! Regex(pattern)) else { return nil }
        let parts = (1...6).map { match.output[$0].substring.map(String.init) }
        guard let date = parts[0], let clock = ManilaTime.secondOfDay(parsing: "\(parts[1]!):\(parts[2]!):\(parts[3]!)"),
            let midnight = ManilaTime.epochMillis(date: date, secondOfDay: 0),
            ManilaTime(epochMillis: midnight).dateText == date
        else { return nil }
        let fraction = parts[4].map { Int64(($0.dropFirst() + "00").prefix(3))! } ?? 0
        let zone = parts[5]!
        var offsetMinutes: Int64 = 0
        if zone.uppercased() != "Z" {
            let sign: Int64 = zone.hasPrefix("-") ? -1 : 1
            let (hours, minutes) = (Int64(zone.dropFirst().prefix(2))!, Int64(zone.suffix(2))!)
            guard hours <= 23, minutes <= 59 else { return nil }
            offsetMinutes = sign * (hours * 60 + minutes)
        }
        // The date and clock are local to the given offset; Manila's midnight of that date, moved to that offset.
        return midnight + ManilaTime.offsetMillis + Int64(clock) * 1000 + fraction - offsetMinutes * 60_000
    }

    /// `millis` as an RFC 3339 timestamp in Manila time, with milliseconds when there are any.
    private static func rfc3339Text(_ millis: EpochMillis) -> String {
        let time = ManilaTime(epochMillis: millis)
        let fractionText = time.millisOfDay % 1000 == 0 ? "" : String(format: ".%03d", Int(time.millisOfDay % 1000))
        return "\(time.dateText)T\(time.clockText)\(fractionText)+08:00"
    }
}
