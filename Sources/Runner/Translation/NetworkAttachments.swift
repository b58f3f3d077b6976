import ComposeModel
import EngineAPI

/// The project networks a service joins, in the order Compose attaches them, with the endpoint
/// settings Compose's `createEndpointSettings` sends for each.
enum NetworkAttachments {
    /// Attachments by descending `priority`, then key; aliases are the container name, the service
    /// name and the user's aliases, in Compose's order.
    static func of(_ service: Service, in context: BlueprintContext, containerName: String) -> [ContainerBlueprint.Attachment] {
        guard service.networkMode == nil else { return [] }
        return orderedKeys(of: service).map { key in
            ContainerBlueprint.Attachment(
                network: context.networkName(key),
                endpoint: endpoint(service.networks[key] ?? nil, service: service.name, containerName: containerName))
        }
    }

    /// The network keys a service uses (the implicit `default` when it names none).
    static func keys(of service: Service) -> [String] {
        guard service.networkMode == nil else { return [] }
        return service.networks.isEmpty ? ["default"] : service.networks.keys.sorted()
    }

    /// Keys by descending `priority`, then name: the first is the network given at create.
    static func orderedKeys(of service: Service) -> [String] {
        let keys = service.networks.isEmpty ? ["default"] : Array(service.networks.keys)
        return keys.sorted { left, right in
            let leftPriority = (service.networks[left] ?? nil)?.priority ?? 0
            let rightPriority = (service.networks[right] ?? nil)?.priority ?? 0
            return leftPriority != rightPriority ? leftPriority > rightPriority : left < right
        }
    }

    /// One endpoint: an IPAM block whenever the service configures the network (even empty, as
    /// Compose sends it), its MAC address, driver options (`interface_name` as the ifname option) and
    /// gateway priority.
    static func endpoint(_ settings: Service.ServiceNetwork?, service: String, containerName: String) -> EndpointSettings {
        var endpoint = EndpointSettings(aliases: [containerName, service] + (settings?.aliases ?? []))
        guard let settings else { return endpoint }
        endpoint.ipamConfig = EndpointSettings.IPAMConfig(
            ipv4Address: settings.ipv4Address, ipv6Address: settings.ipv6Address,
            linkLocalIPs: settings.linkLocalIPs.isEmpty ? nil : settings.linkLocalIPs)
        endpoint.macAddress = settings.macAddress
        var options = settings.driverOpts
        if let name = settings.interfaceName { options["com.docker.network.endpoint.ifname"] = name }
        endpoint.driverOpts = options.isEmpty ? nil : options
        endpoint.gwPriority = settings.gwPriority
        return endpoint
    }
}
