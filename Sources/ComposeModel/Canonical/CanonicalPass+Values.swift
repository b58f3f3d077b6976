import YAML

extension CanonicalPass {
    /// `command`/`entrypoint`/`healthcheck.test`-like values: a string is split shell-style.
    mutating func commandList(_ node: Node) -> Node {
        guard node.scalar != nil, let text = node.stringScalar else { return node }
        do throws(ShellWordsError) {
            let words = try ShellWords.split(text)
            return Node.sequence(words.map { Node.string($0, mark: node.mark) }, mark: node.mark)
        } catch {
            self.error(error.message, at: node)
            return node
        }
    }

    /// A duration string printed the way Go's `time.Duration.String` does (`90s` → `1m30s`).
    mutating func duration(_ node: Node, path: String) -> Node {
        guard let text = node.stringScalar else { return node }
        do throws(ValueError) {
            return Node.string(try GoDuration.parse(text).description).replacing(node)
        } catch {
            self.error("'\(path)' \(error.message)", at: node)
            return node
        }
    }

    /// A number that may be written as a string (`deploy.resources.*.cpus`), as a number.
    mutating func number(_ node: Node, path: String) -> Node {
        guard let text = node.stringScalar else { return node }
        do throws(ValueError) {
            return Node.plain(GoFormat.float(try GoParse.float(text)), mark: node.mark).replacing(node)
        } catch {
            self.error("'\(path)' \(error.message)", at: node)
            return node
        }
    }

    /// A size (`64m`, `1gb`, `1024`) as a string of bytes.
    mutating func size(_ node: Node, path: String) -> Node {
        if let scalar = node.scalar, case .int(let bytes) = scalar.resolved(tag: node.tag) {
            return Node.string(String(bytes)).replacing(node)
        }
        guard let text = node.stringScalar else { return node }
        // Already canonical (a byte count, possibly -1): keep it, so canonicalising is idempotent.
        if let bytes = Int64(text), !text.hasPrefix("+") { return Node.string(String(bytes)).replacing(node) }
        do throws(ValueError) {
            return Node.string(String(try ByteSize.parse(text))).replacing(node)
        } catch {
            self.error("'\(path)' \(error.message)", at: node)
            return node
        }
    }

    /// A file mode as compose prints it: an octal string with a leading zero. Strings are read
    /// as octal, numbers taken as they are (YAML `0440` is already octal).
    mutating func fileMode(_ node: Node, path: String) -> Node {
        guard let scalar = node.scalar else { return node }
        switch scalar.resolved(tag: node.tag) {
        case .int(let mode):
            return Node.string(UnixMode.format(Int(mode))).replacing(node)
        case .float(let mode) where mode.rounded() == mode && mode >= 0 && mode < 4_294_967_296:
            return Node.string(UnixMode.format(Int(mode))).replacing(node)
        case .string(let text):
            do throws(ValueError) {
                return Node.string(UnixMode.format(try UnixMode.parse(text))).replacing(node)
            } catch {
                self.error("'\(path)' \(error.message)", at: node)
                return node
            }
        default:
            return node
        }
    }

    /// `extra_hosts` as the sorted `host=ip` list compose prints.
    mutating func extraHosts(_ node: Node, path: String) -> Node {
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
                    self.error("'\(path)' invalid additional host, missing IP: \(text)", at: item)
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
            return node
        }
        var lines: [(String, Mark)] = []
        for pair in pairs {
            if pair.host.isEmpty || pair.host.contains(":") || pair.host.contains("=") {
                self.error("'\(path)' bad host name '\(pair.host)'", at: Node.null(mark: pair.mark))
                continue
            }
            for ip in pair.ips {
                let bare = ip.count > 2 && ip.hasPrefix("[") && ip.hasSuffix("]") ? String(ip.dropFirst().dropLast()) : ip
                lines.append(("\(pair.host)=\(bare)", pair.mark))
            }
        }
        lines.sort { $0.0.utf8.lexicographicallyPrecedes($1.0.utf8) }
        return Node(.sequence(lines.map { Node.string($0.0, mark: $0.1) }), mark: node.mark, tag: node.tag)
    }
}
