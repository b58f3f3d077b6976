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
    /// Scanned as UTF-8 bytes, as Go splits it (every delimiter is ASCII): this runs for every
    /// short port, and byte ranges need no string until a part is kept or reported.
    static func parse(_ spec: String) throws(ParseError) -> [PortSpec] {
        let bytes = Array(spec.utf8)
        func text(_ range: Range<Int>) -> String { String(decoding: bytes[range], as: UTF8.self) }
        let parts = Parts(bytes)
        let lowered = switch parts.protocol {
        case "tcp", "udp", "sctp": parts.protocol
        default: parts.protocol.lowercased()
        }
        guard lowered == "tcp" || lowered == "udp" || lowered == "sctp" else { throw ParseError(message: "invalid proto: \(lowered)") }
        var ip = text(parts.ip)
        if ip.utf8.first == UInt8(ascii: "["), ip.hasPrefix("[") {
            guard ip.hasSuffix("]"), ip.count >= 2 else {
                throw ParseError(message: "invalid IP address \(ip): address \(ip):: missing ']' in address")
            }
            ip = String(ip.dropFirst().dropLast())
        }
        if !ip.isEmpty, !IPAddress.isValid(ip) { throw ParseError(message: "invalid IP address: \(ip)") }
        guard !parts.port.isEmpty else { throw ParseError(message: "no port specified: \(spec)<empty>") }
        guard let container = parseRange(bytes[parts.port]) else { throw ParseError(message: "invalid containerPort: \(text(parts.port))") }
        var host: ClosedRange<Int>?
        if !parts.host.isEmpty {
            guard let parsed = parseRange(bytes[parts.host]) else { throw ParseError(message: "invalid hostPort: \(text(parts.host))") }
            if parsed.count != container.count, container.count != 1 {
                throw ParseError(message: "invalid ranges specified for container and host Ports: \(text(parts.port)) and \(text(parts.host))")
            }
            host = parsed
        }
        var ports: [PortSpec] = []
        ports.reserveCapacity(container.count)
        for offset in 0..<container.count {
            var published = ""
            if let host {
                published = String(host.lowerBound + offset)
                if container.count == 1, host.count > 1 { published += "-\(host.upperBound)" }
            }
            ports.append(PortSpec(hostIP: ip, published: published, target: container.lowerBound + offset, protocol: lowered))
        }
        guard ports.count > 1 else { return ports }
        return ports.sorted { "\($0.target)/\($0.protocol)" < "\($1.target)/\($1.protocol)" }
    }

    /// `[[IP:]HOST:]CONTAINER[/PROTO]` as byte ranges: the last two colons split (the IP keeps
    /// any colons before them); an empty protocol is `tcp`, and an empty container port leaves
    /// both port and protocol empty.
    private struct Parts {
        var ip = 0..<0
        var host = 0..<0
        var port: Range<Int>
        var `protocol`: String

        init(_ bytes: [UInt8]) {
            var last: Int?
            var second: Int?
            for index in bytes.indices where bytes[index] == UInt8(ascii: ":") {
                second = last
                last = index
            }
            if let last {
                ip = 0..<(second ?? 0)
                host = (second.map { $0 + 1 } ?? 0)..<last
            }
            let container = (last.map { $0 + 1 } ?? 0)..<bytes.count
            port = container
            `protocol` = container.isEmpty ? "" : "tcp"
            guard let slash = bytes[container].firstIndex(of: UInt8(ascii: "/")) else { return }
            port = container.lowerBound..<slash
            if port.isEmpty {
                `protocol` = ""
            } else if slash + 1 < container.upperBound {
                `protocol` = String(decoding: bytes[(slash + 1)..<container.upperBound], as: UTF8.self)
            }
        }
    }

    /// `N` or `N-M` with 16-bit numbers and `N <= M` (text after a second `-` is ignored, as
    /// go-connections does). Read as bytes: this runs for every short port.
    private static func parseRange(_ text: ArraySlice<UInt8>) -> ClosedRange<Int>? {
        let dash = UInt8(ascii: "-")
        guard let split = text.firstIndex(of: dash) else {
            return number(text).map { $0...$0 }
        }
        guard let start = number(text[..<split]) else { return nil }
        let tail = text[(split + 1)...]
        guard let end = number(tail.prefix { $0 != dash }), end >= start else { return nil }
        return start...end
    }

    /// A non-empty run of ASCII digits that fits in 16 bits.
    private static func number(_ digits: ArraySlice<UInt8>) -> Int? {
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
