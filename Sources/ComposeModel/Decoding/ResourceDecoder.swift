import YAML

/// Decodes top-level networks, volumes, secrets and configs.
enum ResourceDecoder {
    static func network(_ entry: Node.Mapping.Entry) -> Network {
        let node = entry.value.mapping ?? Node.Mapping()
        let external = node["external"]?.boolValue ?? false
        var network = Network(key: entry.name, name: node["name"]?.stringValue ?? entry.name, mark: entry.key.mark)
        network.driver = node["driver"]?.stringValue
        network.driverOpts = node["driver_opts"]?.stringMap ?? [:]
        network.external = external
        network.internal = node["internal"]?.boolValue
        network.attachable = node["attachable"]?.boolValue
        network.enableIPv4 = node["enable_ipv4"]?.boolValue
        network.enableIPv6 = node["enable_ipv6"]?.boolValue
        network.labels = node["labels"]?.stringMap ?? [:]
        network.extensions = entry.value.extensionFields
        if let ipam = node["ipam"]?.mapping {
            network.ipamDriver = ipam["driver"]?.stringValue
            network.ipamOptions = ipam["options"]?.stringMap ?? [:]
            network.ipamConfig = (ipam["config"]?.sequence ?? []).map { pool in
                let map = pool.mapping ?? Node.Mapping()
                return Network.IPAMPool(
                    subnet: map["subnet"]?.stringValue, ipRange: map["ip_range"]?.stringValue,
                    gateway: map["gateway"]?.stringValue, auxAddresses: map["aux_addresses"]?.stringMap ?? [:])
            }
        }
        return network
    }

    static func volume(_ entry: Node.Mapping.Entry) -> Volume {
        let node = entry.value.mapping ?? Node.Mapping()
        var volume = Volume(key: entry.name, name: node["name"]?.stringValue ?? entry.name, mark: entry.key.mark)
        volume.driver = node["driver"]?.stringValue
        volume.driverOpts = node["driver_opts"]?.stringMap ?? [:]
        volume.external = node["external"]?.boolValue ?? false
        volume.labels = node["labels"]?.stringMap ?? [:]
        volume.extensions = entry.value.extensionFields
        return volume
    }

    static func fileObject(_ entry: Node.Mapping.Entry) -> FileObject {
        let node = entry.value.mapping ?? Node.Mapping()
        var object = FileObject(key: entry.name, name: node["name"]?.stringValue ?? entry.name, mark: entry.key.mark)
        object.file = node["file"]?.stringValue
        object.environment = node["environment"]?.stringValue
        object.content = node["content"]?.stringValue
        object.external = node["external"]?.boolValue ?? false
        object.labels = node["labels"]?.stringMap ?? [:]
        object.driver = node["driver"]?.stringValue
        object.driverOpts = node["driver_opts"]?.stringMap ?? [:]
        object.templateDriver = node["template_driver"]?.stringValue
        object.extensions = entry.value.extensionFields
        return object
    }
}
