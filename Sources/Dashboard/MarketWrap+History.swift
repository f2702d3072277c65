extension MarketWrap {
    /// An earlier session as its wrap's JSON gives it: only the date and the turnover are read, so a wrap written by
    /// a later version, with more fields, still counts.
    public struct EarlierSession: Decodable, Hashable, Sendable {
        public var date: String
        public var total: Pesos
        public var trades: Int

        public init(date: String, total: Pesos, trades: Int) {
            self.date = date; self.total = total; self.trades = trades
        }

        private enum CodingKeys: String, CodingKey { case date, turnover }
        private enum TurnoverKeys: String, CodingKey { case total, trades }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            date = try container.decode(String.self, forKey: .date)
            let turnover = try container.nestedContainer(keyedBy: TurnoverKeys.self, forKey: .turnover)
            total = try turnover.decode(Pesos.self, forKey: .total)
            trades = try turnover.decode(Int.self, forKey: .trades)
        }
    }

    /// The wrap with its turnover against the average of the `earlier` sessions dated before its own date (a file of
    /// the same day or later, such as today's from an earlier run, is left out; of two files of one date, the last
    /// counts); unchanged when none is left or the wrap has no date.
    public func compared(with earlier: [EarlierSession]) -> MarketWrap {
        guard let date else { return self }
        var byDate: [String: EarlierSession] = [:]
        for session in earlier where session.date < date { byDate[session.date] = session }
        guard !byDate.isEmpty else { return self }
        let sessions = Int128(byDate.count)
        let total = byDate.values.reduce(Int128(0)) { $0 + $1.total.units }
        let trades = byDate.values.reduce(0) { $0 + $1.trades }
        let average = Pesos(units: (total + sessions / 2) / sessions)
        var compared = self
        compared.turnover.average = TurnoverAverage(
            sessions: byDate.count, total: average, trades: (trades + byDate.count / 2) / byDate.count,
            changePercent: average.units > 0
                ? MarketWrap.hundredths(Double(turnover.total.units - average.units) * 100 / Double(average.units)) : 0)
        return compared
    }
}
