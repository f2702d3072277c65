import MarketData

extension Alert {
    /// One field of an alert as scripts get it: its JSON name, its environment variable, and its value as text
    /// (`isNumber`: a JSON number, else a string).
    public struct Field: Hashable, Sendable {
        public let name: String
        public let value: String
        public let isNumber: Bool

        /// `PSEI_ALERT_` and the name in capitals, words split by `_`: `dataTime` is `PSEI_ALERT_DATA_TIME`.
        public var environmentName: String {
            "PSEI_ALERT_"
                + name.reduce(into: "") { text, character in
                    if character.isUppercase { text += "_" }
                    text += character.uppercased()
                }
        }
    }

    /// The alert's fields in their documented order — the one definition behind `alerts`' JSON lines, the
    /// `--on-alert` hook's standard input and its `PSEI_ALERT_*` variables: `time` (Manila `HH:MM:SS` of the data
    /// clock), `date`, `dataTime` (epoch milliseconds), `rule`, `kind`, `subject`, `message`, `value` (left out when
    /// the alert has none).
    public var fields: [Field] {
        var fields: [Field] = []
        if let dataTime {
            let manila = ManilaTime(epochMillis: dataTime)
            fields += [
                Field(name: "time", value: manila.clockText, isNumber: false),
                Field(name: "date", value: manila.dateText, isNumber: false),
                Field(name: "dataTime", value: String(dataTime), isNumber: true),
            ]
        }
        fields += [
            Field(name: "rule", value: rule, isNumber: false), Field(name: "kind", value: kind, isNumber: false),
            Field(name: "subject", value: subject, isNumber: false), Field(name: "message", value: message, isNumber: false),
        ]
        if let value, value.isFinite {
            fields.append(Field(name: "value", value: DecimalText.shortest(Int64((value * 10_000).rounded()), scale: 4), isNumber: true))
        }
        return fields
    }

    /// The alert as one line of JSON (no newline), fields as `fields` orders them.
    public var jsonLine: String {
        var json = JSONObjectWriter()
        for field in fields {
            if field.isNumber { json.field(named: field.name, rawJSON: field.value) } else { json.field(named: field.name, field.value) }
        }
        return String(decoding: json.finish(), as: UTF8.self)
    }
}
