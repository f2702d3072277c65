/// Wall-clock time in Asia/Manila (UTC+8 all year: the Philippines has no daylight saving time).
public struct ManilaTime: Hashable, Sendable {
    public static let offsetMillis: Int64 = 8 * 3_600_000

    public let year: Int, month: Int, day: Int
    /// Milliseconds since midnight, Manila time.
    public let millisOfDay: Int64

    public init(epochMillis: EpochMillis) {
        let local = epochMillis + ManilaTime.offsetMillis
        let days = local.floorDivided(by: 86_400_000)
        millisOfDay = local - days * 86_400_000
        (year, month, day) = ManilaTime.civilDate(daysSinceEpoch: days)
    }

    public var hour: Int { Int(millisOfDay / 3_600_000) }
    public var minute: Int { Int(millisOfDay / 60_000 % 60) }
    public var second: Int { Int(millisOfDay / 1000 % 60) }
    public var secondOfDay: Int { Int(millisOfDay / 1000) }

    /// `2026-11-25`
    public var dateText: String { "\(year)-\(ManilaTime.pad(month))-\(ManilaTime.pad(day))" }
    /// `10:42:13`
    public var clockText: String { "\(ManilaTime.pad(hour)):\(ManilaTime.pad(minute)):\(ManilaTime.pad(second))" }

    /// `09:30` for a second of the day.
    public static func hourMinute(secondOfDay: Int) -> String { "\(pad(secondOfDay / 3600)):\(pad(secondOfDay / 60 % 60))" }

    /// The epoch milliseconds of `secondOfDay` on the Manila date `YYYY-MM-DD`; nil for a malformed date.
    public static func epochMillis(date: String, secondOfDay: Int) -> EpochMillis? {
        let parts = date.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, (1...12).contains(parts[1]), (1...31).contains(parts[2]) else { return nil }
        let days = daysSinceEpoch(year: parts[0], month: parts[1], day: parts[2])
        return days * 86_400_000 + Int64(secondOfDay) * 1000 - offsetMillis
    }

    /// Parses `HH:MM` or `HH:MM:SS` into seconds since midnight.
    public static func secondOfDay(parsing text: String) -> Int? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map { Int($0) }
        guard (2...3).contains(parts.count), parts.allSatisfy({ $0 != nil }) else { return nil }
        let (hour, minute, second) = (parts[0]!, parts[1]!, parts.count == 3 ? parts[2]! : 0)
        guard (0...23).contains(hour), (0...59).contains(minute), (0...59).contains(second) else { return nil }
        return hour * 3600 + minute * 60 + second
    }

    // Howard Hinnant's days-from-civil and civil-from-days algorithms (proleptic Gregorian calendar).
    static func daysSinceEpoch(year: Int, month: Int, day: Int) -> Int64 {
        let y = Int64(month <= 2 ? year - 1 : year)
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let m = Int64(month)
        let dayOfYear = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + Int64(day) - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civilDate(daysSinceEpoch: Int64) -> (Int, Int, Int) {
        let z = daysSinceEpoch + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (Int(year), Int(month), Int(day))
    }

    private static func pad(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
}

extension Int64 {
    func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
