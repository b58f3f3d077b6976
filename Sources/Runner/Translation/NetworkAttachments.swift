import ComposeModel

/// The project networks a service joins, in the order Compose attaches them.
enum NetworkAttachments {
    /// Attachments by descending `priority`, then key; aliases are the service name, the container name
    /// and the user's aliases, as Compose sets them.
    static func of(_ service: Service, in context: BlueprintContext, containerName: String) -> [ContainerBlueprint.Attachment] {
        guard service.networkMode == nil else { return [] }
        let keys = service.networks.isEmpty ? ["default"] : Array(service.networks.keys)
        let ordered = keys.sorted { left, right in
            let leftPriority = (service.networks[left] ?? nil)?.priority ?? 0
            let rightPriority = (service.networks[right] ?? nil)?.priority ?? 0
            return leftPriority != rightPriority ? leftPriority > rightPriority : left < right
        }
        return ordered.map { key in
            let settings = service.networks[key] ?? nil
            var aliases = [service.name, containerName]
            for alias in settings?.aliases ?? [] where !aliases.contains(alias) {
                aliases.append(alias)
            }
            return ContainerBlueprint.Attachment(
                network: context.networkName(key), aliases: aliases, ipv4Address: settings?.ipv4Address)
        }
    }

    /// The network keys a service uses (the implicit `default` when it names none).
    static func keys(of service: Service) -> [String] {
        guard service.networkMode == nil else { return [] }
        return service.networks.isEmpty ? ["default"] : service.networks.keys.sorted()
    }
}
