import YAML

extension CanonicalPass {
    /// One `services.*.volumes` entry in long form with an absolute bind source.
    mutating func serviceVolume(_ item: inout Node, path: () -> String) {
        switch item.content {
        case .scalar:
            guard let text = item.stringScalar else { return }
            do throws(VolumeSpec.ParseError) {
                item.content = .mapping(volumeMapping(try VolumeSpec.parse(text), mark: item.mark))
            } catch {
                self.error(error.message, at: item)
            }
        case .mapping:
            let mark = item.mark
            item.modifyMapping { mapping in
                if mapping["type"]?.stringScalar == "bind" {
                    if let index = mapping.index(of: "source"), let text = mapping.entries[index].value.stringScalar {
                        mapping.entries[index].value.content = .string(mountSource(text))
                    } else {
                        diagnostics.error("invalid mount config for type \"bind\": field Source must not be empty", at: mark)
                    }
                }
                if let index = mapping.index(of: "tmpfs") {
                    mapping.entries[index].value.modifyMapping { options in
                        guard let index = options.index(of: "size") else { return }
                        size(&options.entries[index].value) { "\(path()).tmpfs.size" }
                        // compose omits a zero size (`omitempty`), so the canonical form does too.
                        if options.entries[index].value.stringScalar == "0" { options.entries.remove(at: index) }
                    }
                }
            }
        case .sequence:
            break
        }
    }

    /// A bind-mount source made absolute unless it is absolute in Unix or Windows style.
    func mountSource(_ source: String) -> String {
        HostPath.absoluteMountSource(source, base: options.baseDirectory, home: options.homeDirectory)
    }

    private func volumeMapping(_ volume: VolumeSpec, mark: Mark) -> Node.Mapping {
        var mapping = Node.Mapping()
        mapping.entries.reserveCapacity(6)
        mapping.append("type", .string(volume.type.rawValue, mark: mark), mark: mark)
        if !volume.source.isEmpty {
            let source = volume.type == .bind ? mountSource(volume.source) : volume.source
            mapping.append("source", .string(source, mark: mark), mark: mark)
        }
        if !volume.target.isEmpty { mapping.append("target", .string(HostPath.clean(volume.target), mark: mark), mark: mark) }
        if volume.readOnly { mapping.append("read_only", .bool(true, mark: mark), mark: mark) }
        if volume.hasBind {
            var bind = Node.Mapping()
            if !volume.selinux.isEmpty { bind.append("selinux", .string(volume.selinux, mark: mark), mark: mark) }
            if !volume.propagation.isEmpty { bind.append("propagation", .string(volume.propagation, mark: mark), mark: mark) }
            if volume.createHostPath { bind.append("create_host_path", .bool(true, mark: mark), mark: mark) }
            mapping.append("bind", Node(.mapping(bind), mark: mark), mark: mark)
        }
        if volume.hasVolume {
            var options = Node.Mapping()
            if volume.noCopy { options.append("nocopy", .bool(true, mark: mark), mark: mark) }
            mapping.append("volume", Node(.mapping(options), mark: mark), mark: mark)
        }
        return mapping
    }
}
