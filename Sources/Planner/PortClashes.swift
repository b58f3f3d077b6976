import ComposeModel
import YAML

/// Two services publishing the same host port and protocol on the same host address: on one daemon
/// the second fails to start, and across daemons on one machine they fight over the host's port.
enum PortClashes {
    private struct Owner {
        var service: Int
        var address: String
        var mark: Mark
    }

    /// The unspecified addresses, which overlap every other address.
    private static let anyAddress: Set<String> = ["", "0.0.0.0", "::", "[::]"]

    static func check(_ services: [Service], placements: [Placement], findings: inout Findings) {
        var owners: [String: [Owner]] = [:]
        for i in services.indices {
            for port in services[i].ports {
                guard let published = port.published, let range = PortRange(published), range.first > 0 else {
                    continue
                }
                let address = anyAddress.contains(port.hostIP ?? "") ? "*" : port.hostIP ?? "*"
                let proto = port.protocol.lowercased()
                var reported = false
                for number in range.first...range.last {
                    let key = "\(number)/\(proto)"
                    if !reported,
                        let clash = owners[key]?.first(where: {
                            $0.address == "*" || address == "*" || $0.address == address
                        })
                    {
                        let other = services[clash.service].name
                        let whose =
                            clash.service == i
                            ? "also by this service"
                            : "already by '\(other)' (\(placements[clash.service].role) daemon)"
                        findings.report(
                            .portClash,
                            "host port \(number)/\(proto) on \(address == "*" ? "all addresses" : address) is published \(whose)\(clash.mark.at)",
                            at: port.mark.isKnown ? port.mark : services[i].mark(of: "ports"), service: services[i].name
                        )
                        reported = true
                    }
                    owners[key, default: []].append(Owner(service: i, address: address, mark: port.mark))
                }
            }
        }
    }
}
