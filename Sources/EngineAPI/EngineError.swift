/// Everything that can go wrong talking to a Docker engine; messages are lower case, without an "error:" prefix.
package enum EngineError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The daemon could not be reached at all: endpoint, then what the transport said.
    case unreachable(String, String)
    /// The daemon answered with a non-2xx status; `message` is its JSON `message` (or the raw body).
    case http(status: Int, message: String)
    /// A 2xx answer whose body did not have the expected shape.
    case decoding(String)
    /// A `DOCKER_HOST`-style address or a context that cannot be used.
    case invalidEndpoint(String)
    /// Something this client or this daemon cannot do.
    case unsupported(String)
    /// A streaming endpoint (pull, build) answered 200 and then reported a failure inside the stream.
    case stream(String)

    package var description: String {
        switch self {
        case .unreachable(let endpoint, let underlying):
            return "cannot reach the docker engine at \(endpoint): \(underlying)"
        case .http(let status, let message):
            return "docker engine answered \(status): \(message)"
        case .decoding(let detail):
            return "cannot decode the docker engine's answer: \(detail)"
        case .invalidEndpoint(let detail):
            return "invalid docker engine endpoint: \(detail)"
        case .unsupported(let detail):
            return detail
        case .stream(let message):
            return "docker engine reported: \(message)"
        }
    }

    /// The HTTP status for `.http`, otherwise nil.
    package var status: Int? {
        if case .http(let status, _) = self { return status }
        return nil
    }

    /// True for a 404 answer (no such container, image, network or volume).
    package var isNotFound: Bool { status == 404 }

    /// True for a 409 answer (name in use, container running, volume in use).
    package var isConflict: Bool { status == 409 }

    /// True for a 304 answer (already started, already stopped).
    package var isNotModified: Bool { status == 304 }
}
