import ComposeModel
import EngineAPI

extension BlueprintBuilder {
    /// Joins `request` to the service's networks as Compose does at the daemon's API version and
    /// returns the networks to connect after create. From API 1.44 every network goes into the create
    /// request and MAC addresses are per endpoint; before, only the first network is given at create,
    /// the others are connected one by one, and a MAC address is container-wide (so at most one).
    static func attachNetworks(
        _ service: Service, to request: inout ContainerCreateRequest, in context: BlueprintContext, containerName: String
    ) throws(BlueprintError) -> [ContainerBlueprint.Attachment] {
        let version = context.daemon.facts.apiVersion
        if version < APIVersion(1, 49), service.networks.values.contains(where: { $0?.interfaceName != nil }) {
            throw .refused(service: service.name, reason: "interface_name requires Docker Engine v28.1 or later")
        }
        var attachments = NetworkAttachments.of(service, in: context, containerName: containerName)
        guard service.networkMode == nil, !attachments.isEmpty else { return [] }
        let primaryKey = NetworkAttachments.orderedKeys(of: service)[0]
        let primaryMAC = (service.networks[primaryKey] ?? nil)?.macAddress
        if let mac = service.macAddress, let primaryMAC, primaryMAC != mac {
            throw .refused(
                service: service.name,
                reason: "the service-level mac_address should have the same value as network \(primaryKey)")
        }
        request.hostConfig?.networkMode = attachments[0].network
        if version >= APIVersion(1, 44) {
            if attachments[0].endpoint.macAddress == nil { attachments[0].endpoint.macAddress = service.macAddress }
            request.networkingConfig = NetworkingConfig(
                endpointsConfig: Dictionary(attachments.map { ($0.network, $0.endpoint) }) { first, _ in first })
            return []
        }
        let withMAC = service.networks.keys.sorted().filter { (service.networks[$0] ?? nil)?.macAddress != nil }
        if withMAC.count > 1 {
            throw .refused(
                service: service.name,
                reason: "a MAC address is specified for multiple networks (\(withMAC.joined(separator: ", "))), "
                    + "but this feature requires Docker Engine v25 or later")
        }
        // Docker's client refuses an endpoint MAC address below 1.44, and Compose leaves the first
        // network's there, so a per-network mac_address fails on such daemons in Compose too.
        if primaryMAC != nil {
            throw .refused(
                service: service.name,
                reason: "\"specify mac-address per network\" requires API version 1.44, but the Docker daemon API version is \(version)")
        }
        request.macAddress = service.macAddress
        request.networkingConfig = NetworkingConfig(endpointsConfig: [attachments[0].network: attachments[0].endpoint])
        return Array(attachments.dropFirst())
    }

    /// What the daemon's API version silently drops although Compose sends it, as warnings.
    static func droppedByVersion(_ service: Service, in context: BlueprintContext) -> [String] {
        let version = context.daemon.facts.apiVersion
        var warnings: [String] = []
        if !service.annotations.isEmpty, version < APIVersion(1, 43) {
            warnings.append("service \(service.name): annotations need API 1.43 (Docker Engine 24) or later; API \(version) ignores them")
        }
        if version < APIVersion(1, 48), service.networks.values.contains(where: { $0?.gwPriority != nil }) {
            warnings.append("service \(service.name): gw_priority needs API 1.48 (Docker Engine 28) or later; API \(version) ignores it")
        }
        return warnings
    }
}
