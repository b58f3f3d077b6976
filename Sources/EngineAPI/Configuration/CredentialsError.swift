/// What can go wrong finding registry credentials; messages are lower case.
package enum CredentialsError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The docker config file exists but cannot be read or decoded.
    case unreadableConfig(path: String, reason: String)
    /// A `docker-credential-<name>` helper is missing, failed, or answered something undecodable.
    case helper(program: String, reason: String)

    package var description: String {
        switch self {
        case .unreadableConfig(let path, let reason):
            return "cannot read \(path): \(reason)"
        case .helper(let program, let reason):
            return "credential helper \(program): \(reason)"
        }
    }
}
