/// The short port syntax `[[IP:]HOST:]CONTAINER[/PROTO]`, parsed like docker/go-connections
/// `nat.ParsePortSpec` (v0.6) and expanded like compose-go `types.ParsePortConfig`.
struct PortSpec: Hashable {
    var hostIP: String
    var published: String
    var target: Int
    var `protocol`: String

    struct ParseError: Error, Equatable {
        var message: String
    }

    /// Every port entry `spec` stands for, sorted by `"<target>/<protocol>"` as compose sorts them.
    /// Works on substrings of `spec` split at ASCII bytes, as Go does: this runs for every short port.
    static func parse(_ spec: String) throws(ParseError) -> [PortSpec] {
        let (rawIP, hostPort, containerPart) = splitParts(spec)
        let (proto, containerPort) = splitProtocol(containerPart)
        let lowered = switch proto {
        case "tcp", "udp", "sctp": String(proto)
        default: proto.lowercased()
        }
        guard lowered == "tcp" || lowered == "udp" || lowered == "sctp" else { throw ParseError(message: "invalid proto: \(lowered)") }
        var ip = rawIP
        if ip.hasPrefix("[") {
            guard ip.hasSuffix("]"), ip.count >= 2 else {
                throw ParseError(message: "invalid IP address \(ip): address \(ip):: missing ']' in address")
            }
            ip = ip.dropFirst().dropLast()
        }
        if !ip.isEmpty, !IPAddress.isValid(String(ip)) { throw ParseError(message: "invalid IP address: \(ip)") }
        guard !containerPort.isEmpty else { throw ParseError(message: "no port specified: \(spec)<empty>") }
        guard let container = parseRange(containerPort) else { throw ParseError(message: "invalid containerPort: \(containerPort)") }
        var host: ClosedRange<Int>?
        if !hostPort.isEmpty {
            guard let parsed = parseRange(hostPort) else { throw ParseError(message: "invalid hostPort: \(hostPort)") }
            if parsed.count != container.count, container.count != 1 {
                throw ParseError(message: "invalid ranges specified for container and host Ports: \(containerPort) and \(hostPort)")
            }
            host = parsed
        }
        let hostIP = String(ip)
        var ports: [PortSpec] = []
        ports.reserveCapacity(container.count)
        for offset in 0..<container.count {
            var published = ""
            if let host {
                published = String(host.lowerBound + offset)
                if container.count == 1, host.count > 1 { published += "-\(host.upperBound)" }
            }
            ports.append(PortSpec(hostIP: hostIP, published: published, target: container.lowerBound + offset, protocol: lowered))
        }
        guard ports.count > 1 else { return ports }
        return ports.sorted { "\($0.target)/\($0.protocol)" < "\($1.target)/\($1.protocol)" }
    }

    /// `[[IP:]HOST:]CONTAINER`: the last two colons split; the IP keeps any colons before them.
    private static func splitParts(_ spec: String) -> (Substring, Substring, Substring) {
        let colon = UInt8(ascii: ":")
        let utf8 = spec.utf8
        guard let last = utf8.lastIndex(of: colon) else { return ("", "", spec[...]) }
        let container = Substring(utf8[utf8.index(after: last)...])
        guard let second = utf8[..<last].lastIndex(of: colon) else { return ("", Substring(utf8[..<last]), container) }
        return (Substring(utf8[..<second]), Substring(utf8[utf8.index(after: second)..<last]), container)
    }

    /// `PORT[/PROTO]` → (protocol, port); an empty protocol is `tcp`, an empty port leaves both empty.
    private static func splitProtocol(_ raw: Substring) -> (Substring, Substring) {
        let utf8 = raw.utf8
        guard let slash = utf8.firstIndex(of: UInt8(ascii: "/")) else { return raw.isEmpty ? ("", "") : ("tcp", raw) }
        let port = Substring(utf8[..<slash])
        let proto = Substring(utf8[utf8.index(after: slash)...])
        if port.isEmpty { return ("", "") }
        return (proto.isEmpty ? "tcp" : proto, port)
    }

    /// `N` or `N-M` with 16-bit numbers and `N <= M` (text after a second `-` is ignored, as
    /// go-connections does). Read as bytes: this runs for every short port.
    private static func parseRange(_ text: Substring) -> ClosedRange<Int>? {
        let dash = UInt8(ascii: "-")
        let utf8 = text.utf8
        guard let split = utf8.firstIndex(of: dash) else {
            return number(utf8[...]).map { $0...$0 }
        }
        guard let start = number(utf8[..<split]) else { return nil }
        let tail = utf8[utf8.index(after: split)...]
        guard let end = number(tail.prefix { $0 != dash }), end >= start else { return nil }
        return start...end
    }

    /// A non-empty run of ASCII digits that fits in 16 bits.
    private static func number(_ digits: Substring.UTF8View) -> Int? {
        guard !digits.isEmpty else { return nil }
        var value = 0
        for byte in digits {
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            value = value * 10 + Int(byte - UInt8(ascii: "0"))
            guard value <= Int(UInt16.max) else { return nil }
        }
        return value
    }
}
