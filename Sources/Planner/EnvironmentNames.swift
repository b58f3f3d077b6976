import ComposeModel

/// Finds environment values that use another service's name as a host (`postgres://db:5432/app`,
/// `db:5432`, or `DB_HOST=db`) where that name will not resolve: the service runs on the other
/// daemon and this one gets no hosts entry for it.
enum EnvironmentNames {
    /// Variable-name endings whose whole value is a host name.
    private static let hostSuffixes = ["HOST", "HOSTNAME", "SERVER", "ADDR", "ADDRESS", "ENDPOINT"]

    static func check(
        _ service: Service, role: DaemonRole, hosts: Set<String>, roleOf: (String) -> DaemonRole?,
        findings: inout Findings
    ) {
        for (variable, value) in service.environment.sorted(by: { $0.key < $1.key }) {
            guard let value, !value.isEmpty else { continue }
            let wholeValueIsHost = hostSuffixes.contains { variable.uppercased().hasSuffix($0) }
            for name in hostNames(in: value, wholeValueIsHost: wholeValueIsHost) {
                guard name != service.name, let other = roleOf(name), other != role, !hosts.contains(name) else { continue }
                let variableName = PeerInjection.variableName(for: name)
                let advice = role == .windows
                    ? "Windows ignores hosts entries; read \(variableName) instead"
                    : "add '\(name)' to depends_on or x-mixcompose.peers to get a hosts entry"
                findings.report(
                    .crossNameInEnv,
                    "environment \(variable) uses host name '\(name)', which runs on the \(other) daemon and will not resolve here; \(advice)",
                    at: service.mark(of: "environment"), service: service.name)
            }
        }
    }

    /// Candidate host names in a value: URL hosts, `name:port` items, and the whole value when
    /// the variable's name says it is a host. Items are separated by commas, semicolons or spaces.
    static func hostNames(in value: String, wholeValueIsHost: Bool) -> [String] {
        var names: [String] = []
        for item in value.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " }) {
            var rest = Substring(item)
            if let scheme = rest.firstRange(of: "://") {
                rest = rest[scheme.upperBound...]
                if let at = rest.firstIndex(of: "@"), rest[..<at].allSatisfy({ $0 != "/" }) { rest = rest[rest.index(after: at)...] }
                let host = rest.prefix { !":/?#".contains($0) }
                if !host.isEmpty { names.append(String(host)) }
                continue
            }
            let parts = rest.split(separator: ":", omittingEmptySubsequences: false)
            if parts.count == 2, !parts[1].isEmpty, parts[1].allSatisfy(\.isNumber), !parts[0].isEmpty {
                names.append(String(parts[0]))
            } else if wholeValueIsHost, parts.count == 1 {
                names.append(String(rest))
            }
        }
        return names
    }
}
