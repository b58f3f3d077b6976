extension Service.Port {
    /// The ports a short port string stands for (`[[IP:]HOST:]CONTAINER[/PROTO]`, a range gives one each),
    /// as compose-go's `ParsePortConfig` reads `run -p`; throws compose-go's message.
    package static func parse(short spec: String) throws(ShortSyntaxError) -> [Service.Port] {
        do throws(PortSpec.ParseError) {
            return try PortSpec.parse(spec).map { port in
                Service.Port(
                    target: port.target, published: port.published.isEmpty ? nil : port.published,
                    hostIP: port.hostIP.isEmpty ? nil : port.hostIP, protocol: port.protocol)
            }
        } catch {
            throw ShortSyntaxError(message: error.message)
        }
    }
}

extension Service.ServiceVolume {
    /// The mount a short volume string stands for (`[SOURCE:]TARGET[:OPTIONS]`), as compose-go's
    /// `format.ParseVolume` reads `run -v` (the source is taken as written); throws compose-go's message.
    package static func parse(short spec: String) throws(ShortSyntaxError) -> Service.ServiceVolume {
        do throws(VolumeSpec.ParseError) {
            let parsed = try VolumeSpec.parse(spec)
            var volume = Service.ServiceVolume(
                type: parsed.type == .bind ? .bind : .volume, source: parsed.source.isEmpty ? nil : parsed.source,
                target: HostPath.clean(parsed.target), readOnly: parsed.readOnly ? true : nil)
            if parsed.hasBind {
                volume.selinux = parsed.selinux.isEmpty ? nil : parsed.selinux
                volume.propagation = parsed.propagation.isEmpty ? nil : parsed.propagation
                volume.createHostPath = parsed.createHostPath
            }
            if parsed.hasVolume { volume.noCopy = parsed.noCopy }
            return volume
        } catch {
            throw ShortSyntaxError(message: error.message)
        }
    }
}

/// A short port or volume string that does not parse, with compose-go's message.
package struct ShortSyntaxError: Error, Sendable, Equatable, CustomStringConvertible {
    package var message: String
    package var description: String { message }
}

extension Service {
    /// `restart: NAME[:N]` split as Docker's `ParseRestartPolicy` cuts it: the policy name and `on-failure`'s
    /// retry count (0 when absent or not a number); nil without `restart:`.
    package var restartPolicy: (name: String, retries: Int)? {
        guard let restart else { return nil }
        let parts = restart.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        return (String(parts[0]), parts.count > 1 ? Int(parts[1]) ?? 0 : 0)
    }
}
