import YAML

extension CanonicalPass {
    /// One `services.*.volumes` entry in long form with an absolute bind source.
    mutating func serviceVolume(_ item: Node, path: String) -> Node {
        switch item.content {
        case .scalar:
            guard let text = item.stringScalar else { return item }
            do throws(VolumeSpec.ParseError) {
                return volumeNode(try VolumeSpec.parse(text), mark: item.mark).replacing(item)
            } catch {
                self.error(error.message, at: item)
                return item
            }
        case .mapping(var mapping):
            if mapping["type"]?.stringScalar == "bind" {
                if let source = mapping["source"], let text = source.stringScalar {
                    mapping["source"] = Node.string(mountSource(text)).replacing(source)
                } else {
                    self.error("invalid mount config for type \"bind\": field Source must not be empty", at: item)
                }
            }
            if let tmpfs = mapping["tmpfs"], var options = tmpfs.mapping, let size = options["size"] {
                let bytes = self.size(size, path: "\(path).tmpfs.size")
                // compose omits a zero size (`omitempty`), so the canonical form does too.
                options["size"] = bytes.stringScalar == "0" ? nil : bytes
                mapping["tmpfs"] = Node(.mapping(options), mark: tmpfs.mark, tag: tmpfs.tag)
            }
            return Node(.mapping(mapping), mark: item.mark, tag: item.tag)
        case .sequence:
            return item
        }
    }

    /// A bind-mount source made absolute unless it is absolute in Unix or Windows style.
    func mountSource(_ source: String) -> String {
        HostPath.absoluteMountSource(source, base: options.baseDirectory, home: options.homeDirectory)
    }

    private func volumeNode(_ volume: VolumeSpec, mark: Mark) -> Node {
        var pairs: [(String, Node)] = [("type", .string(volume.type.rawValue, mark: mark))]
        if !volume.source.isEmpty {
            let source = volume.type == .bind ? mountSource(volume.source) : volume.source
            pairs.append(("source", .string(source, mark: mark)))
        }
        if !volume.target.isEmpty { pairs.append(("target", .string(HostPath.clean(volume.target), mark: mark))) }
        if volume.readOnly { pairs.append(("read_only", .bool(true, mark: mark))) }
        if volume.hasBind {
            var bind: [(String, Node)] = []
            if !volume.selinux.isEmpty { bind.append(("selinux", .string(volume.selinux, mark: mark))) }
            if !volume.propagation.isEmpty { bind.append(("propagation", .string(volume.propagation, mark: mark))) }
            if volume.createHostPath { bind.append(("create_host_path", .bool(true, mark: mark))) }
            pairs.append(("bind", .object(bind, mark: mark)))
        }
        if volume.hasVolume {
            pairs.append(("volume", .object(volume.noCopy ? [("nocopy", .bool(true, mark: mark))] : [], mark: mark)))
        }
        return Node.object(pairs, mark: mark)
    }
}
