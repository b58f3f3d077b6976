import YAML

extension ResourcePruner {
    /// The top-level resources the services refer to, by section.
    struct Usage {
        static let sections = ["networks", "volumes", "secrets", "configs"]
        private var networks: Set<String> = []
        private var volumes: Set<String> = []
        private var secrets: Set<String> = []
        private var configs: Set<String> = []

        /// Adds what `service` refers to: its networks, named volume mounts, secrets (its own and
        /// its build's) and configs.
        mutating func collect(_ node: Node) {
            guard case .mapping(let service) = node.content else { return }
            if let i = service.index(of: "networks"), case .mapping(let attached) = service.entries[i].value.content {
                for entry in attached.entries { networks.insert(entry.name) }
            }
            if let i = service.index(of: "volumes"), case .sequence(let mounts) = service.entries[i].value.content {
                for mount in mounts {
                    guard case .mapping(let spec) = mount.content, spec["type"]?.text == "volume",
                        let source = spec["source"]?.text else { continue }
                    volumes.insert(source)
                }
            }
            if let i = service.index(of: "secrets") { Self.references(service.entries[i].value, into: &secrets) }
            if let i = service.index(of: "build"), case .mapping(let build) = service.entries[i].value.content,
                let j = build.index(of: "secrets") {
                Self.references(build.entries[j].value, into: &secrets)
            }
            if let i = service.index(of: "configs") { Self.references(service.entries[i].value, into: &configs) }
        }

        /// The names used in `section`, once every service is collected.
        func used(_ section: String) -> Set<String> {
            switch section {
            case "networks": networks
            case "volumes": volumes
            case "secrets": secrets
            default: configs
            }
        }

        /// The sources a `secrets` or `configs` list names, long or short syntax.
        private static func references(_ list: Node, into names: inout Set<String>) {
            guard case .sequence(let items) = list.content else { return }
            for item in items {
                if let source = item.mapping?["source"]?.text ?? item.text { names.insert(source) }
            }
        }
    }
}
