/// A cluster profile, `[clusters.NAME]` of the configuration file: where to connect and how. Every field is
/// optional; the command line's flags override it.
public struct ClusterProfile: Sendable {
    public var bootstrapServers: String?
    public var topics: [String]?
    public var group: String?
    /// librdkafka properties (the keys `-X` takes) in file order; the command line's `-X` are applied after them.
    public var properties: [(key: String, value: String)]

    public init(
        bootstrapServers: String? = nil, topics: [String]? = nil, group: String? = nil, properties: [(key: String, value: String)] = []
    ) {
        self.bootstrapServers = bootstrapServers
        self.topics = topics
        self.group = group
        self.properties = properties
    }
}
