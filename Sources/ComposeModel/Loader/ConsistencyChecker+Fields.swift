import YAML

extension ConsistencyChecker {
    /// The fields of one service the checks read, gathered in one pass over its entries (a
    /// lookup per field would scan the service a couple of dozen times).
    struct ServiceFields {
        private enum Field {
            case image, build, provider, platform, networkMode, networks, healthcheck, dependsOn, volumes, configs
            case models, secrets, deploy, scale, containerName, cpus, memLimit, memReservation, pidsLimit, develop, tmpfs
            case gpus
        }

        /// The field named `name`: its length picks the few candidates to compare (cheaper
        /// than hashing every key of every service).
        private static func field(named name: String) -> Field? {
            switch name.utf8.count {
            case 4: name == "cpus" ? .cpus : name == "gpus" ? .gpus : nil
            case 5: name == "image" ? .image : name == "build" ? .build : name == "scale" ? .scale : name == "tmpfs" ? .tmpfs : nil
            case 6: name == "models" ? .models : name == "deploy" ? .deploy : nil
            case 7:
                name == "volumes" ? .volumes : name == "configs" ? .configs : name == "secrets" ? .secrets
                    : name == "develop" ? .develop : nil
            case 8: name == "networks" ? .networks : name == "provider" ? .provider : name == "platform" ? .platform : nil
            case 9: name == "mem_limit" ? .memLimit : nil
            case 10: name == "depends_on" ? .dependsOn : name == "pids_limit" ? .pidsLimit : nil
            case 11: name == "healthcheck" ? .healthcheck : nil
            case 12: name == "network_mode" ? .networkMode : nil
            case 14: name == "container_name" ? .containerName : nil
            case 15: name == "mem_reservation" ? .memReservation : nil
            default: nil
            }
        }

        var image, build, provider, platform, networkMode, networks, healthcheck, dependsOn, volumes, configs: Node?
        var models, secrets, deploy, scale, containerName, cpus, memLimit, memReservation, pidsLimit, develop, tmpfs: Node?
        var gpus: Node?

        init(_ service: Node.Mapping) {
            for i in service.entries.indices {
                guard case .scalar(let key) = service.entries[i].key.content, let field = Self.field(named: key.text)
                else { continue }
                // The first definition wins, as with a lookup by name.
                switch field {
                case .image: Self.fill(&image, service.entries[i].value)
                case .build: Self.fill(&build, service.entries[i].value)
                case .provider: Self.fill(&provider, service.entries[i].value)
                case .platform: Self.fill(&platform, service.entries[i].value)
                case .networkMode: Self.fill(&networkMode, service.entries[i].value)
                case .networks: Self.fill(&networks, service.entries[i].value)
                case .healthcheck: Self.fill(&healthcheck, service.entries[i].value)
                case .dependsOn: Self.fill(&dependsOn, service.entries[i].value)
                case .volumes: Self.fill(&volumes, service.entries[i].value)
                case .configs: Self.fill(&configs, service.entries[i].value)
                case .models: Self.fill(&models, service.entries[i].value)
                case .secrets: Self.fill(&secrets, service.entries[i].value)
                case .deploy: Self.fill(&deploy, service.entries[i].value)
                case .scale: Self.fill(&scale, service.entries[i].value)
                case .containerName: Self.fill(&containerName, service.entries[i].value)
                case .cpus: Self.fill(&cpus, service.entries[i].value)
                case .memLimit: Self.fill(&memLimit, service.entries[i].value)
                case .memReservation: Self.fill(&memReservation, service.entries[i].value)
                case .pidsLimit: Self.fill(&pidsLimit, service.entries[i].value)
                case .develop: Self.fill(&develop, service.entries[i].value)
                case .tmpfs: Self.fill(&tmpfs, service.entries[i].value)
                case .gpus: Self.fill(&gpus, service.entries[i].value)
                }
            }
        }

        private static func fill(_ slot: inout Node?, _ value: Node) {
            if slot == nil { slot = value }
        }

        /// The service-level limit named `field` in `checkLimits`' pairs.
        func limit(_ field: String) -> Node? {
            switch field {
            case "cpus": cpus
            case "mem_limit": memLimit
            case "mem_reservation": memReservation
            default: pidsLimit
            }
        }
    }
}
