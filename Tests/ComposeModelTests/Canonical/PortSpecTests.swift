import Testing
@testable import ComposeModel

@Suite struct PortSpecTests {
    /// `hostIP|published|target/protocol` per expanded entry, in output order.
    static let expansions: [(String, [String])] = [
        ("80", ["|-|80/tcp"]),
        ("8080:80", ["|8080|80/tcp"]),
        ("127.0.0.1:8080:80/udp", ["127.0.0.1|8080|80/udp"]),
        ("[::1]:6001:61", ["::1|6001|61/tcp"]),
        ("::1:6002:62", ["::1|6002|62/tcp"]),
        ("9000-9001:90-91", ["|9000|90/tcp", "|9001|91/tcp"]),
        ("3000-3002", ["|-|3000/tcp", "|-|3001/tcp", "|-|3002/tcp"]),
        ("7000-7005:70", ["|7000-7005|70/tcp"]),
        ("127.0.0.1::80", ["127.0.0.1|-|80/tcp"]),
        (":80", ["|-|80/tcp"]),
        ("0:80", ["|0|80/tcp"]),
        ("53:53/UDP", ["|53|53/udp"]),
        ("5000/sctp", ["|-|5000/sctp"]),
        // Sorted by the string "<port>/<proto>", as compose-go sorts nat's port keys.
        ("8-10", ["|-|10/tcp", "|-|8/tcp", "|-|9/tcp"]),
    ]

    @Test("short port syntax expands like docker/go-connections", arguments: expansions)
    func expands(spec: String, expected: [String]) throws {
        let ports = try PortSpec.parse(spec)
        let rendered = ports.map { "\($0.hostIP)|\($0.published.isEmpty ? "-" : $0.published)|\($0.target)/\($0.protocol)" }
        #expect(rendered == expected)
    }

    static let failures: [(String, String)] = [
        ("1.2.3:80:80", "invalid IP address: 1.2.3"),
        ("80/xyz", "invalid proto: xyz"),
        ("70000", "invalid containerPort: 70000"),
        ("70000:80", "invalid hostPort: 70000"),
        ("1-3:1-2", "invalid ranges specified for container and host Ports: 1-2 and 1-3"),
        ("[::1:80:80", "invalid IP address [::1: address [::1:: missing ']' in address"),
        ("8080:", "invalid proto: "),
        ("+80", "invalid containerPort: +80"),
    ]

    @Test("malformed port specs fail with go-connections' messages", arguments: failures)
    func rejects(spec: String, message: String) {
        #expect(throws: PortSpec.ParseError(message: message)) { try PortSpec.parse(spec) }
    }
}
