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
            let upper = variable.uppercased()
            let wholeValueIsHost = hostSuffixes.contains { upper.hasSuffix($0) }
            for name in hostNames(in: value, wholeValueIsHost: wholeValueIsHost) {
                guard name != service.name, let other = roleOf(name), other != role, !hosts.contains(name) else {
                    continue
                }
                let advice = "add '\(name)' to depends_on or x-mixcompose.peers to get a hosts entry"
                findings.report(
                    .crossNameInEnv,
                    "environment \(variable) uses host name '\(name)', which runs on the \(other) daemon and will not resolve here; \(advice)",
                    at: service.mark(of: "environment"), service: service.name)
            }
        }
    }

    /// Candidate host names in a value: URL hosts, `name:port` items, and the whole value when
    /// the variable's name says it is a host. Items are separated by commas, semicolons or spaces.
    /// Works on UTF-8 bytes: it runs for every variable of every service.
    static func hostNames(in value: String, wholeValueIsHost: Bool) -> [String] {
        let bytes = Array(value.utf8)
        if !wholeValueIsHost && !bytes.contains(colon) { return [] }
        var names: [String] = []
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count && !separators.contains(bytes[end]) { end += 1 }
            if end > start, let name = hostName(bytes[start..<end], wholeValueIsHost: wholeValueIsHost) {
                names.append(name)
            }
            start = end + 1
        }
        return names
    }

    private static let colon = UInt8(ascii: ":")
    private static let separators: [UInt8] = [UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: " ")]
    private static let hostEnd: [UInt8] = [UInt8(ascii: ":"), UInt8(ascii: "/"), UInt8(ascii: "?"), UInt8(ascii: "#")]

    private static func hostName(_ item: ArraySlice<UInt8>, wholeValueIsHost: Bool) -> String? {
        var rest = item
        if let scheme = schemeEnd(item) {
            rest = item[scheme...]
            let authority = rest.prefix { $0 != UInt8(ascii: "/") }
            if let at = authority.lastIndex(of: UInt8(ascii: "@")) { rest = rest[(at + 1)...] }
            let host = rest.prefix { !hostEnd.contains($0) }
            return host.isEmpty ? nil : String(decoding: host, as: UTF8.self)
        }
        if let split = rest.firstIndex(of: colon) {
            let port = rest[(split + 1)...]
            guard split > rest.startIndex, !port.isEmpty, port.allSatisfy({ (48...57).contains($0) }) else {
                return nil
            }
            return String(decoding: rest[..<split], as: UTF8.self)
        }
        return wholeValueIsHost ? String(decoding: rest, as: UTF8.self) : nil
    }

    /// The index just after `://`, if the item has one.
    private static func schemeEnd(_ item: ArraySlice<UInt8>) -> Int? {
        var i = item.startIndex
        while i + 2 < item.endIndex {
            if item[i] == colon && item[i + 1] == UInt8(ascii: "/") && item[i + 2] == UInt8(ascii: "/") { return i + 3 }
            i += 1
        }
        return nil
    }
}
