/// One step of progress on one resource, rendered like Docker Compose's plain progress lines.
package struct ProgressEvent: Sendable, Hashable, CustomStringConvertible {
    /// The kind of resource.
    package enum Kind: String, Sendable, Hashable {
        case container = "Container", network = "Network", volume = "Volume", image = "Image", service = "Service"
    }

    package var kind: Kind
    package var name: String
    /// `Creating`, `Created`, `Starting`, `Started`, `Running`, `Healthy`, `Stopped`, `Removed`, …
    package var status: String
    /// The daemon role, when the resource lives on one.
    package var role: String?

    /// Creates an event.
    package init(_ kind: Kind, _ name: String, _ status: String, role: String? = nil) {
        self.kind = kind
        self.name = name
        self.status = status
        self.role = role
    }

    /// `[+] Container demo-web-1  Started` with the role when known (`(windows)`).
    package var description: String {
        let daemon = role.map { " (\($0))" } ?? ""
        return "[+] \(kind.rawValue) \(name)\(daemon)  \(status)"
    }
}
