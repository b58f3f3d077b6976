import YAML

extension CanonicalPass {
    /// `ports` in long form: short strings and bare numbers expanded, long entries given the
    /// default `protocol: tcp` and `mode: ingress`, `published` always a string. A short entry whose
    /// container port (or range) includes 0 is an error, as in Compose.
    mutating func ports(_ node: inout Node, service: String) {
        // A short entry can stand for several ports (a range) or none (an error), so the list
        // is rebuilt rather than edited in place.
        guard case .sequence(let items) = node.content else { return }
        var result: [Node] = []
        result.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            switch item.content {
            case .mapping:
                var entry = item
                entry.modifyMapping { mapping in
                    if let published = mapping.index(of: "published"), let text = GoText.string(of: mapping.entries[published].value) {
                        mapping.entries[published].value.content = .string(text)
                    }
                    mapping.setDefault("protocol", Node.string("tcp", mark: item.mark))
                    mapping.setDefault("mode", Node.string("ingress", mark: item.mark))
                }
                result.append(entry)
            case .scalar:
                guard let text = GoText.string(of: item) else {
                    result.append(item)
                    continue
                }
                do throws(PortSpec.ParseError) {
                    let parsed = try PortSpec.parse(text)
                    if parsed.contains(where: { $0.target == 0 }) {
                        self.error("service ports services.\(service).ports.[\(index)] is missing a target port", at: item)
                        continue
                    }
                    for port in parsed { result.append(portNode(port, mark: item.mark)) }
                } catch {
                    self.error(error.message, at: item)
                }
            case .sequence:
                result.append(item)
            }
        }
        node.content = .sequence(result)
    }

    private func portNode(_ port: PortSpec, mark: Mark) -> Node {
        var mapping = Node.Mapping()
        mapping.entries.reserveCapacity(5)
        mapping.append("mode", .string("ingress", mark: mark), mark: mark)
        if !port.hostIP.isEmpty { mapping.append("host_ip", .string(port.hostIP, mark: mark), mark: mark) }
        mapping.append("target", .int(port.target, mark: mark), mark: mark)
        if !port.published.isEmpty { mapping.append("published", .string(port.published, mark: mark), mark: mark) }
        mapping.append("protocol", .string(port.protocol, mark: mark), mark: mark)
        return Node(.mapping(mapping), mark: mark)
    }
}
