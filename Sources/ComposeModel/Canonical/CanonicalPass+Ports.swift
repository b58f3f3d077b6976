import YAML

extension CanonicalPass {
    /// `ports` in long form: short strings and bare numbers expanded, long entries given the
    /// default `protocol: tcp` and `mode: ingress`, `published` always a string.
    mutating func ports(_ node: Node) -> Node {
        guard let items = node.sequence else { return node }
        var result: [Node] = []
        for item in items {
            switch item.content {
            case .mapping(var mapping):
                if let published = mapping["published"], let text = GoText.string(of: published) {
                    mapping["published"] = Node.string(text).replacing(published)
                }
                if mapping["protocol"] == nil { mapping["protocol"] = Node.string("tcp", mark: item.mark) }
                if mapping["mode"] == nil { mapping["mode"] = Node.string("ingress", mark: item.mark) }
                result.append(Node(.mapping(mapping), mark: item.mark, tag: item.tag))
            case .scalar:
                guard let text = GoText.string(of: item) else {
                    result.append(item)
                    continue
                }
                do throws(PortSpec.ParseError) {
                    result += try PortSpec.parse(text).map { portNode($0, mark: item.mark) }
                } catch {
                    self.error(error.message, at: item)
                }
            case .sequence:
                result.append(item)
            }
        }
        return Node(.sequence(result), mark: node.mark, tag: node.tag)
    }

    private func portNode(_ port: PortSpec, mark: Mark) -> Node {
        var pairs: [(String, Node)] = [("mode", .string("ingress", mark: mark))]
        if !port.hostIP.isEmpty { pairs.append(("host_ip", .string(port.hostIP, mark: mark))) }
        pairs.append(("target", .int(port.target, mark: mark)))
        if !port.published.isEmpty { pairs.append(("published", .string(port.published, mark: mark))) }
        pairs.append(("protocol", .string(port.protocol, mark: mark)))
        return Node.object(pairs, mark: mark)
    }
}
