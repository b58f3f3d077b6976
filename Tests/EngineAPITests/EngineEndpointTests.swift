import Testing

@testable import EngineAPI

@Suite struct EngineEndpointTests {
    @Test("addresses parse into transports", arguments: [
        ("unix:///var/run/docker.sock", EngineEndpoint.Transport.unix(path: "/var/run/docker.sock")),
        ("tcp://10.0.0.2:2375", .tcp(host: "10.0.0.2", port: 2375, basePath: "")),
        ("tcp://winhost", .tcp(host: "winhost", port: 2375, basePath: "")),
        ("http://winhost:2380/base/", .tcp(host: "winhost", port: 2380, basePath: "/base")),
        ("10.0.0.2:2377", .tcp(host: "10.0.0.2", port: 2377, basePath: "")),
        ("tcp://[::1]:2375", .tcp(host: "::1", port: 2375, basePath: "")),
        ("npipe:////./pipe/docker_engine", .namedPipe(path: #"\\.\pipe\docker_engine"#)),
    ])
    func parses(address: String, transport: EngineEndpoint.Transport) throws {
        let endpoint = try EngineEndpoint.parse(address)
        #expect(endpoint.transport == transport)
        #expect(endpoint.tls == nil)
    }

    @Test("https implies TLS and the TLS default port")
    func https() throws {
        let endpoint = try EngineEndpoint.parse("https://winhost")
        #expect(endpoint.transport == .tcp(host: "winhost", port: 2376, basePath: ""))
        #expect(endpoint.tls?.verify == true)
    }

    @Test("bad addresses are invalid or unsupported", arguments: ["", "unix://", "unix://relative.sock", "tcp://:2375", "tcp://h:99999", "foo://x"])
    func rejects(address: String) {
        #expect(throws: EngineError.self) { try EngineEndpoint.parse(address) }
    }

    @Test("descriptions round-trip through parse", arguments: ["unix:///run/x.sock", "tcp://h:2375", "npipe:////./pipe/docker_lcow", "tcp://[::1]:2376"])
    func roundTrip(address: String) throws {
        #expect(try EngineEndpoint.parse(address).description == address)
    }

    @Test("DOCKER_HOST absent means the local socket")
    func defaultHost() throws {
        #expect(try EngineEndpoint.fromEnvironment([:]) == .localDefault)
        #expect(try EngineEndpoint.fromEnvironment(["DOCKER_HOST": ""]) == .localDefault)
    }

    @Test("DOCKER_TLS_VERIFY turns on verified TLS with the files found in DOCKER_CERT_PATH")
    func tlsVerify() throws {
        let present: Set = ["/certs/ca.pem", "/certs/cert.pem", "/certs/key.pem"]
        let environment = ["DOCKER_HOST": "tcp://winhost", "DOCKER_TLS_VERIFY": "1", "DOCKER_CERT_PATH": "/certs"]
        let endpoint = try EngineEndpoint.fromEnvironment(environment, fileExists: present.contains)
        #expect(endpoint.transport == .tcp(host: "winhost", port: 2376, basePath: ""))
        #expect(endpoint.tls == TLSMaterial(caFile: "/certs/ca.pem", certFile: "/certs/cert.pem", keyFile: "/certs/key.pem", verify: true))
    }

    @Test("DOCKER_CERT_PATH alone gives TLS without verification, files defaulting to what exists")
    func certPathOnly() throws {
        let environment = ["DOCKER_HOST": "tcp://winhost:2376", "DOCKER_CERT_PATH": "/c"]
        let endpoint = try EngineEndpoint.fromEnvironment(environment, fileExists: { $0 == "/c/ca.pem" })
        #expect(endpoint.tls == TLSMaterial(caFile: "/c/ca.pem", verify: false))
    }

    @Test("TLS variables are ignored for a unix socket")
    func tlsIgnoredForUnix() throws {
        let environment = ["DOCKER_HOST": "unix:///run/d.sock", "DOCKER_TLS_VERIFY": "1"]
        #expect(try EngineEndpoint.fromEnvironment(environment, fileExists: { _ in true }).tls == nil)
    }

    @Test("API versions compare numerically and parse strictly")
    func apiVersions() {
        #expect(APIVersion(1, 9) < APIVersion(1, 10))
        #expect(APIVersion("1.41") == APIVersion(1, 41))
        #expect(APIVersion("1.x") == nil)
        #expect(APIVersion("1") == nil)
        #expect(APIVersion(1, 41).description == "1.41")
    }
}
