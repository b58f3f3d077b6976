import YAML

extension CanonicalPass {
    /// `extra_hosts` as the sorted `host=ip` list compose prints.
    mutating func extraHosts(_ node: inout Node, path: () -> String) {
        var pairs: [(host: String, ips: [String], mark: Mark)] = []
        func add(_ host: String, _ ips: [String], _ mark: Mark) {
            if let index = pairs.firstIndex(where: { $0.host == host }) { pairs[index].ips += ips } else { pairs.append((host, ips, mark)) }
        }
        switch node.content {
        case .sequence(let items):
            for item in items {
                guard let text = GoText.string(of: item) else { continue }
                let separator: Character? = text.contains("=") ? "=" : (text.contains(":") ? ":" : nil)
                guard let separator, let cut = text.firstIndex(of: separator) else {
                    self.error("'\(path())' invalid additional host, missing IP: \(text)", at: item)
                    continue
                }
                add(String(text[..<cut]), text[text.index(after: cut)...].split(separator: ",", omittingEmptySubsequences: false).map(String.init), item.mark)
            }
        case .mapping(let mapping):
            for entry in mapping {
                let ips = entry.value.sequence?.compactMap(GoText.string(of:)) ?? [GoText.string(of: entry.value) ?? ""]
                add(entry.name, ips, entry.key.mark)
            }
        case .scalar:
            return
        }
        var lines: [(String, Mark)] = []
        for pair in pairs {
            if pair.host.isEmpty || pair.host.contains(":") || pair.host.contains("=") {
                self.error("'\(path())' bad host name '\(pair.host)'", at: Node.null(mark: pair.mark))
                continue
            }
            for ip in pair.ips {
                let bare = ip.count > 2 && ip.hasPrefix("[") && ip.hasSuffix("]") ? String(ip.dropFirst().dropLast()) : ip
                lines.append(("\(pair.host)=\(bare)", pair.mark))
            }
        }
        lines.sort { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
        node.content = .sequence(lines.map { Node.string($0.0, mark: $0.1) })
    }
}
