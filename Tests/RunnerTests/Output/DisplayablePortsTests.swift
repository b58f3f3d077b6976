import Testing

@testable import Runner

/// Cases from the docker CLI's own `TestDisplayablePorts` (v28.5.1), which Compose's `ps` prints through.
@Suite struct DisplayablePortsTests {
    typealias Port = ContainerRecord.Port

    static let cases: [(ports: [Port], expected: String)] = [
        ([Port(target: 9988)], "9988/tcp"),
        ([Port(target: 9988, protocol: "udp")], "9988/udp"),
        ([Port(target: 9988, published: 0, hostIP: "0.0.0.0")], "0.0.0.0:0->9988/tcp"),
        ([Port(target: 9988, published: 0, hostIP: "::")], "[::]:0->9988/tcp"),
        ([Port(target: 9988, published: 8899)], "9988/tcp"),
        ([Port(target: 9988, published: 8899, hostIP: "4.3.2.1")], "4.3.2.1:8899->9988/tcp"),
        ([Port(target: 9988, published: 8899, hostIP: "::1")], "[::1]:8899->9988/tcp"),
        ([Port(target: 9988, published: 9988, hostIP: "::1")], "[::1]:9988->9988/tcp"),
        ([Port(target: 9988, protocol: "udp"), Port(target: 9988, protocol: "udp")], "9988/udp, 9988/udp"),
        (
            [Port(target: 9998, published: 9998, hostIP: "::1", protocol: "udp"), Port(target: 9999, published: 9999, hostIP: "::1", protocol: "udp")],
            "[::1]:9998-9999->9998-9999/udp"
        ),
        (
            [Port(target: 9998, published: 8887, hostIP: "1.2.3.4", protocol: "udp"), Port(target: 9999, published: 8888, hostIP: "1.2.3.4", protocol: "udp")],
            "1.2.3.4:8887->9998/udp, 1.2.3.4:8888->9999/udp"
        ),
        ([Port(target: 9999, protocol: "udp"), Port(target: 9998, protocol: "udp")], "9998-9999/udp"),
        ([Port(target: 6677, published: 7766, hostIP: "1.2.3.4"), Port(target: 9988, published: 8899, protocol: "udp")], "9988/udp, 1.2.3.4:7766->6677/tcp"),
        (
            [
                Port(target: 9988, published: 8899, hostIP: "1.2.3.4", protocol: "udp"), Port(target: 9988, published: 8899, hostIP: "1.2.3.4"),
                Port(target: 2233, published: 3322, hostIP: "4.3.2.1"), Port(target: 2233, published: 3322, hostIP: "::1"),
            ],
            "4.3.2.1:3322->2233/tcp, [::1]:3322->2233/tcp, 1.2.3.4:8899->9988/tcp, 1.2.3.4:8899->9988/udp"
        ),
    ]

    @Test("ports are grouped, sorted and worded as the docker CLI's DisplayablePorts words them", arguments: cases.indices)
    func wording(index: Int) {
        let (ports, expected) = Self.cases[index]
        #expect(DisplayablePorts.text(ports) == expected)
    }
}
