import Testing

@testable import EngineAPI

@Suite struct SSHDestinationTests {
    @Test("ssh addresses parse into user, host, port and socket path", arguments: [
        ("ssh://me@winhost", SSHDestination(user: "me", host: "winhost")),
        ("ssh://winhost", SSHDestination(host: "winhost")),
        ("ssh://me@winhost:2222", SSHDestination(user: "me", host: "winhost", port: 2222)),
        ("ssh://winhost:2222", SSHDestination(host: "winhost", port: 2222)),
        ("ssh://root@[::1]:2200", SSHDestination(user: "root", host: "::1", port: 2200)),
        ("ssh://[fe80::1]", SSHDestination(host: "fe80::1")),
        ("ssh://me@winhost/", SSHDestination(user: "me", host: "winhost")),
        ("SSH://me@winhost/var/run/docker.sock", SSHDestination(user: "me", host: "winhost", socketPath: "/var/run/docker.sock")),
    ])
    func parses(address: String, destination: SSHDestination) throws {
        let endpoint = try EngineEndpoint.parse(address)
        #expect(endpoint.transport == .ssh(destination))
        #expect(endpoint.tls == nil)
    }

    @Test("ssh addresses the docker CLI refuses are refused", arguments: [
        "ssh://", "ssh://me@", "ssh://@winhost", "ssh://me:secret@winhost", "ssh://winhost?x=1", "ssh://winhost#f",
        "ssh://winhost:0", "ssh://winhost:ssh", "ssh://-oProxyCommand=x", "ssh://[::1", "ssh://-l@winhost",
    ])
    func rejects(address: String) {
        #expect(throws: EngineError.self) { try EngineEndpoint.parse(address) }
    }

    @Test("a password in the address is refused with a hint at keys")
    func password() {
        let error = #expect(throws: EngineError.self) { try EngineEndpoint.parse("ssh://me:secret@winhost") }
        #expect(error?.description.contains("use keys or an ssh agent") == true)
    }

    @Test("ssh descriptions round-trip through parse", arguments: [
        "ssh://me@winhost", "ssh://winhost:2222", "ssh://root@[::1]:2200", "ssh://me@winhost/run/docker.sock",
    ])
    func roundTrip(address: String) throws {
        #expect(try EngineEndpoint.parse(address).description == address)
    }
}
