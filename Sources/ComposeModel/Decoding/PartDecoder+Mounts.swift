import YAML

extension PartDecoder {
    static func networks(_ node: Node?) -> [String: Service.ServiceNetwork?] {
        guard let node else { return [:] }
        var result: [String: Service.ServiceNetwork?] = [:]
        if let list = node.sequence {
            for item in list { if let name = item.stringValue { result[name] = .some(nil) } }
            return result
        }
        for entry in node.mapping ?? Node.Mapping() {
            guard let map = entry.value.mapping else {
                result[entry.name] = .some(nil)
                continue
            }
            var network = Service.ServiceNetwork()
            network.aliases = map["aliases"]?.stringList ?? []
            network.ipv4Address = map["ipv4_address"]?.stringValue
            network.ipv6Address = map["ipv6_address"]?.stringValue
            network.linkLocalIPs = map["link_local_ips"]?.stringList ?? []
            network.macAddress = map["mac_address"]?.stringValue
            network.driverOpts = map["driver_opts"]?.stringMap ?? [:]
            network.priority = map["priority"]?.intValue
            network.gwPriority = map["gw_priority"]?.intValue
            network.interfaceName = map["interface_name"]?.stringValue
            result[entry.name] = network
        }
        return result
    }

    static func port(_ node: Node) -> Service.Port? {
        guard let map = node.mapping, let target = map["target"]?.intValue else { return nil }
        var port = Service.Port(
            target: target, published: map["published"]?.stringValue, hostIP: map["host_ip"]?.stringValue,
            protocol: map["protocol"]?.stringValue ?? "tcp", mode: map["mode"]?.stringValue ?? "ingress",
            mark: node.mark)
        port.name = map["name"]?.stringValue
        port.appProtocol = map["app_protocol"]?.stringValue
        return port
    }

    static func volume(_ node: Node) -> Service.ServiceVolume? {
        guard let map = node.mapping, let target = map["target"]?.stringValue,
            let type = map["type"]?.stringValue.flatMap(Service.ServiceVolume.Kind.init(rawValue:))
        else { return nil }
        var volume = Service.ServiceVolume(
            type: type, source: map["source"]?.stringValue, target: target, readOnly: map["read_only"]?.boolValue,
            mark: node.mark)
        volume.consistency = map["consistency"]?.stringValue
        if let bind = map["bind"]?.mapping {
            volume.propagation = bind["propagation"]?.stringValue
            // A `bind:` section without the key means false, which Compose sends through the Mount API.
            volume.createHostPath = bind["create_host_path"]?.boolValue ?? false
            volume.selinux = bind["selinux"]?.stringValue
            volume.recursive = bind["recursive"]?.stringValue
        }
        if let options = map["volume"]?.mapping {
            // A `volume:` section (short syntax always has one) gives Compose's empty volume options.
            volume.noCopy = options["nocopy"]?.boolValue ?? false
            volume.subpath = options["subpath"]?.stringValue
            volume.volumeLabels = options["labels"]?.stringMap ?? [:]
        }
        if let tmpfs = map["tmpfs"]?.mapping {
            volume.tmpfsSize = tmpfs["size"]?.int64Value
            volume.tmpfsMode = tmpfs["mode"]?.intValue
        }
        if let image = map["image"]?.mapping {
            volume.imageSubpath = image["subpath"]?.stringValue
        }
        return volume
    }

    static func fileReference(_ node: Node) -> Service.FileReference? {
        if let source = node.stringValue { return Service.FileReference(source: source, mark: node.mark) }
        guard let map = node.mapping, let source = map["source"]?.stringValue else { return nil }
        var reference = Service.FileReference(source: source, target: map["target"]?.stringValue, mark: node.mark)
        reference.uid = map["uid"]?.stringValue
        reference.gid = map["gid"]?.stringValue
        reference.mode = map["mode"]?.stringValue
        return reference
    }

    static func device(_ node: Node) -> Service.Device? {
        guard let map = node.mapping, let source = map["source"]?.stringValue else { return nil }
        return Service.Device(
            source: source, target: map["target"]?.stringValue ?? source,
            permissions: map["permissions"]?.stringValue ?? "rwm", mark: node.mark)
    }

    static func ulimits(_ node: Node?) -> [String: Service.Ulimit] {
        var result: [String: Service.Ulimit] = [:]
        for entry in node?.mapping ?? Node.Mapping() {
            if let single = entry.value.int64Value {
                result[entry.name] = Service.Ulimit(single: single)
            } else if let pair = entry.value.mapping {
                result[entry.name] = Service.Ulimit(soft: pair["soft"]?.int64Value, hard: pair["hard"]?.int64Value)
            }
        }
        return result
    }

    static func deviceRequest(_ node: Node) -> Service.DeviceRequest? {
        guard let map = node.mapping else { return nil }
        return Service.DeviceRequest(
            capabilities: map["capabilities"]?.stringList ?? [], driver: map["driver"]?.stringValue,
            count: map["count"]?.int64Value, deviceIDs: map["device_ids"]?.stringList ?? [],
            options: map["options"]?.stringMap ?? [:])
    }

    static func blkio(_ node: Node) -> Service.BlkioConfig? {
        guard let map = node.mapping else { return nil }
        func limits(_ key: String) -> [Service.BlkioConfig.DeviceLimit] {
            (map[key]?.sequence ?? []).compactMap { item in
                guard let m = item.mapping, let path = m["path"]?.stringValue else { return nil }
                return .init(path: path, rate: m["rate"]?.int64Value, weight: m["weight"]?.int64Value)
            }
        }
        var config = Service.BlkioConfig()
        config.weight = map["weight"]?.int64Value
        config.weightDevice = limits("weight_device")
        config.deviceReadBps = limits("device_read_bps")
        config.deviceReadIOps = limits("device_read_iops")
        config.deviceWriteBps = limits("device_write_bps")
        config.deviceWriteIOps = limits("device_write_iops")
        return config
    }
}
