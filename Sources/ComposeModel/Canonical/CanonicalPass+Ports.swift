import YAML

extension CanonicalPass {
    /// `ports` in long form: short strings and bare numbers expanded, long entries given the
    /// default `protocol: tcp` and `mode: ingress`, `published` always a string.
    mutating func ports(_ node: inout Node) {
        node.modifySequence { items in
            // A short entry can stand for several ports (a range) or none (an error), so the
            // list is rebuilt; long entries are edited in place first, then carried over.
            var result: [Node] = []
            result.reserveCapacity(items.count)
            for index in items.indices {
                switch items[index].content {
                case .mapping:
                    let mark = items[index].mark
                    items[index].modifyMapping { mapping in
                        if let published = mapping.index(of: "published"), let text = GoText.string(of: mapping.entries[published].value) {
                            mapping.entries[published].value.content = .string(text)
                        }
                        if mapping["protocol"] == nil { mapping["protocol"] = Node.string("tcp", mark: mark) }
                        if mapping["mode"] == nil { mapping["mode"] = Node.string("ingress", mark: mark) }
                    }
                    result.append(items[index])
                case .scalar:
                    guard let text = GoText.string(of: items[index]) else {
                        result.append(items[index])
                        continue
                    }
                    do throws(PortSpec.ParseError) {
                        for port in try PortSpec.parse(text) { result.append(portNode(port, mark: items[index].mark)) }
                    } catch {
                        self.error(error.message, at: items[index])
                    }
                case .sequence:
                    result.append(items[index])
                }
            }
            items = result
        }
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
