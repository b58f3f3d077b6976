/// A service that cannot be created on a daemon at its API version, with Docker Compose's reason.
package enum BlueprintError: Error, Sendable, Hashable, CustomStringConvertible {
    case refused(service: String, reason: String)

    package var description: String {
        switch self {
        case .refused(let service, let reason): "service \(service): \(reason)"
        }
    }
}
