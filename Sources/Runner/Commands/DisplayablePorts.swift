import EngineAPI

/// A container's ports as the docker CLI's `DisplayablePorts` words them for `ps`: sorted by container port,
/// address, host port and protocol; consecutive unpublished (or same-numbered) ports grouped into ranges
/// (`8000-8002/tcp`, `0.0.0.0:80-81->80-81/tcp`); then the ports published on another number
/// (`127.0.0.1:32768->80/tcp`), IPv6 addresses in brackets (`[::]:32768->80/tcp`).
enum DisplayablePorts {
    static func text(_ ports: [ContainerRecord.Port]) -> String {
        let sorted = ports.sorted { a, b in
            (a.target, a.hostIP ?? "", a.published ?? 0, a.protocol) < (b.target, b.hostIP ?? "", b.published ?? 0, b.protocol)
        }
        var groups: [String: (first: Int, last: Int)] = [:]
        var keys: [String] = []
        var result: [String] = []
        var mappings: [String] = []
        for port in sorted {
            let current = port.target
            var key = port.protocol
            if let ip = port.hostIP, !ip.isEmpty {
                let published = port.published ?? 0
                if published != current {
                    mappings.append("\(String.hostPort(ip, published))->\(current)/\(port.protocol)")
                    continue
                }
                key = ip + "/" + port.protocol
            }
            guard let group = groups[key] else {
                groups[key] = (current, current)
                keys.append(key)
                continue
            }
            if current == group.last + 1 {
                groups[key]?.last = current
                continue
            }
            result.append(form(key, group))
            groups[key] = (current, current)
        }
        result += keys.compactMap { key in groups[key].map { form(key, $0) } }
        return (result + mappings).joined(separator: ", ")
    }

    /// `formGroup`: the key is `protocol` or `address/protocol`.
    private static func form(_ key: String, _ group: (first: Int, last: Int)) -> String {
        let parts = key.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        let kind = parts.count > 1 ? parts[1] : parts[0]
        var range = String(group.first)
        if group.first != group.last { range += "-\(group.last)" }
        if parts.count > 1 { range = "\(String.hostPort(parts[0], range))->\(range)" }
        return range + "/" + kind
    }
}
