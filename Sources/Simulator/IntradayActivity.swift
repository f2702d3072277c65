import Foundation

/// The U-shaped rhythm of a trading day: busy after the open, quiet at midday, busy again into the close.
enum IntradayActivity {
    /// A multiplier (about 0.6 to 3.5) on the base trade rate for a second of a continuous-trading session.
    static func multiplier(secondsSinceSessionStart: Int, secondsUntilSessionEnd: Int, isFirstSession: Bool) -> Double {
        let opening = (isFirstSession ? 2.4 : 0.8) * exp(-Double(secondsSinceSessionStart) / 1200)
        let closing = (isFirstSession ? 0.4 : 1.8) * exp(-Double(secondsUntilSessionEnd) / 1500)
        return 0.6 + opening + closing
    }
}
