import Foundation

// A swarm manager's objects, for the `stack` end-to-end tests: services, tasks, secrets, configs and networks of a
// stack (by `com.docker.stack.namespace`), and a daemon's node ID.
extension DaemonInspector {
    /// `/services`, `/tasks`, `/secrets`, `/configs` or `/networks` of the stack, as the daemon lists them.
    func objects(_ endpoint: String, stack: String) throws -> [[String: Any]] {
        let filter = #"{"label":["com.docker.stack.namespace=\#(stack)"]}"#
        let body = try probe.get("\(endpoint)?filters=\(filter.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? filter)")
        guard let items = try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [[String: Any]] else {
            throw Failure(description: "\(endpoint): not a JSON array: \(body.prefix(300))")
        }
        return items
    }

    /// Service name → its `Version.Index`.
    func serviceVersions(stack: String) throws -> [String: Int] {
        var versions: [String: Int] = [:]
        for service in try objects("/services", stack: stack) {
            let name = (service["Spec"] as? [String: Any])?["Name"] as? String ?? ""
            versions[name] = (service["Version"] as? [String: Any])?["Index"] as? Int ?? -1
        }
        return versions
    }

    /// The stack's tasks with their service's name: (service, task object).
    func tasks(stack: String) throws -> [(service: String, task: [String: Any])] {
        var names: [String: String] = [:]
        for service in try objects("/services", stack: stack) {
            names[service["ID"] as? String ?? ""] = (service["Spec"] as? [String: Any])?["Name"] as? String
        }
        return try objects("/tasks", stack: stack).map { (names[$0["ServiceID"] as? String ?? ""] ?? "?", $0) }
    }

    /// This daemon's node ID in its swarm (empty when it is in none).
    func nodeID() throws -> String {
        let info = try JSONSerialization.jsonObject(with: Data(try probe.get("/info").utf8)) as? [String: Any]
        return (info?["Swarm"] as? [String: Any])?["NodeID"] as? String ?? ""
    }

    /// Go's RFC 3339 time with its fraction padded to nanoseconds, so that two times compare as strings.
    static func sortable(_ time: String) -> String {
        guard time.hasSuffix("Z") else { return time }
        let parts = time.dropLast().split(separator: ".", maxSplits: 1)
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        return "\(parts[0]).\(fraction.padding(toLength: 9, withPad: "0", startingAt: 0))Z"
    }
}
