import ComposeModel

extension SwarmConverter {
    /// The user-defined networks Swarm gives aliases; the predefined ones take none.
    private static let predefinedNetworks: Set<String> = ["default", "bridge", "host", "none"]

    /// `TaskTemplate.Networks`: one attachment per service network, `<namespace>_<network>` (or its
    /// `name:`), with the file's aliases and the service's name, sorted by target as the CLI sorts them.
    mutating func networkAttachments(of service: Service) -> [JSONValue] {
        var attachments: [(target: String, body: JSONValue)] = []
        for key in service.networks.keys.sorted() {
            let network = input.project.networks[key]
            let target = network.map { objectName(key: key, name: $0.name, external: $0.external) } ?? scope(key)
            let settings = service.networks[key] ?? nil
            var aliases = settings?.aliases ?? []
            if !Self.predefinedNetworks.contains(target) { aliases.append(service.name) }
            if let settings, settings.ipv4Address != nil || settings.ipv6Address != nil || !settings.linkLocalIPs.isEmpty
                || settings.macAddress != nil || !settings.driverOpts.isEmpty || settings.priority != nil
                || settings.gwPriority != nil || settings.interfaceName != nil
            {
                report(
                    .swarmIgnored,
                    "networks.\(key): only aliases carry over to a Swarm service; addresses, mac_address, driver_opts, priorities and interface_name are left out",
                    service, field: "networks")
            }
            attachments.append((target, SwarmJSON.object([("Target", .string(target)), ("Aliases", SwarmJSON.list(aliases))])))
        }
        return attachments.sorted { $0.target < $1.target }.map(\.body)
    }

    /// The project networks the services use: an attachable overlay network each (unless the file names
    /// another driver), with the stack's label; external ones only listed. Unlike `docker stack deploy`, whose
    /// networks are attachable only when the file says so, mixcompose makes them attachable, so one-off
    /// containers (and `docker run --network`) can join the stack's network.
    mutating func addNetworks(to stack: inout SwarmStack) {
        let used = Set(input.project.services.values.flatMap { $0.networks.keys })
        for key in used.sorted() {
            let network = input.project.networks[key] ?? Network(key: key, name: scope(key))
            let name = objectName(key: key, name: network.name, external: network.external)
            if network.external {
                stack.externalNetworks.append(name)
                continue
            }
            if network.driverOpts.keys.contains("encrypted") {
                let windows = input.project.serviceNames.filter { name in
                    input.project.services[name]?.networks.keys.contains(key) == true && input.plan.service(named: name)?.os == .windows
                }
                if !windows.isEmpty {
                    findings.report(
                        .swarmWindows,
                        "network \(key) is encrypted, which Windows nodes do not support: \(windows.joined(separator: ", ")) cannot reach it",
                        at: network.mark, service: nil)
                }
            }
            let pools = network.ipamConfig.map { pool in
                SwarmJSON.object([
                    ("Subnet", pool.subnet.map(JSONValue.string)), ("IPRange", pool.ipRange.map(JSONValue.string)),
                    ("Gateway", pool.gateway.map(JSONValue.string)), ("AuxiliaryAddresses", SwarmJSON.strings(pool.auxAddresses)),
                ])
            }
            let ipam = network.ipamDriver == nil && pools.isEmpty && network.ipamOptions.isEmpty
                ? nil
                : SwarmJSON.object([
                    ("Driver", network.ipamDriver.map(JSONValue.string)), ("Config", SwarmJSON.list(pools)),
                    ("Options", SwarmJSON.strings(network.ipamOptions)),
                ])
            stack.networks.append(SwarmObject(name: name, body: SwarmJSON.object([
                ("Name", .string(name)),
                ("Driver", .string(network.driver ?? "overlay")),
                ("Internal", SwarmJSON.flag(network.internal)),
                ("Attachable", .bool(true)),
                ("EnableIPv6", SwarmJSON.flag(network.enableIPv6)),
                ("IPAM", ipam),
                ("Options", SwarmJSON.strings(network.driverOpts)),
                ("Labels", stackLabels(network.labels)),
            ])))
        }
        stack.networks.sort { $0.name < $1.name }
        stack.externalNetworks.sort()
    }
}
