/// Which client properties hold secrets — passwords, secrets, tokens, JAAS configuration — whose values are never
/// shown: the one rule for `-X key=value` and for the properties of a configuration file.
public enum SecretProperty {
    /// True for keys whose values must never be shown.
    public static func isSecret(_ key: String) -> Bool {
        let lowered = key.lowercased()
        return ["password", "secret", "token"].contains { lowered.contains($0) } || lowered == "sasl.jaas.config"
    }

    /// `value`, or `******` when `key` is secret.
    public static func shown(_ key: String, _ value: String) -> String {
        isSecret(key) ? "******" : value
    }
}
