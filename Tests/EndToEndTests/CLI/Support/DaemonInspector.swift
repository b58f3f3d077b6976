import Foundation

/// Looks at one testbed daemon directly through its Engine API, independent of `mixcompose`,
/// to check what a command really created or removed.
struct DaemonInspector: Sendable {
    /// A daemon answer that could not be understood.
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let probe: TestbedProbe

    /// An inspector for a `unix://` Docker host.
    init(host: String) throws(Failure) {
        guard let socket = Testbed.socketPath(of: host) else { throw Failure(description: "\(host) is not a unix:// host") }
        probe = TestbedProbe(socketPath: socket)
    }

    /// The project's containers (running or not) as the daemon lists them.
    func containers(project: String) throws -> [[String: Any]] {
        try list("/containers/json?all=1&filters=\(Self.projectFilter(project))")
    }

    /// A container's full inspect (`GET /containers/{id}/json`), by ID or name.
    func inspect(container: String) throws -> [String: Any] {
        let body = try probe.get("/containers/\(container)/json")
        guard let object = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any] else {
            throw Failure(description: "\(container): not a JSON object: \(body.prefix(200))")
        }
        return object
    }

    /// Names of the project's networks.
    func networks(project: String) throws -> [String] {
        try list("/networks?filters=\(Self.projectFilter(project))").compactMap { $0["Name"] as? String }
    }

    /// Names of the project's volumes.
    func volumes(project: String) throws -> [String] {
        let body = try probe.get("/volumes?filters=\(Self.projectFilter(project))")
        let object = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any]
        let volumes = object?["Volumes"] as? [[String: Any]] ?? []
        return volumes.compactMap { $0["Name"] as? String }
    }

    /// Service label → full container ID, for the project's containers.
    func containerIDs(project: String) throws -> [String: String] {
        try containerFields(project: project, key: "Id")
    }

    /// Service label → the string field `key` of the service's container as the daemon lists it (`Id`, `State`, …).
    func containerFields(project: String, key: String) throws -> [String: String] {
        var fields: [String: String] = [:]
        for container in try containers(project: project) {
            let labels = container["Labels"] as? [String: String] ?? [:]
            if let service = labels["com.docker.compose.service"], let value = container[key] as? String { fields[service] = value }
        }
        return fields
    }

    private func list(_ path: String) throws -> [[String: Any]] {
        let body = try probe.get(path)
        guard let items = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [[String: Any]] else {
            throw Failure(description: "\(path): not a JSON array: \(body.prefix(200))")
        }
        return items
    }

    private static func projectFilter(_ project: String) -> String {
        let json = #"{"label":["com.docker.compose.project=\#(project)"]}"#
        return json.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? json
    }
}
